/**
 * Atomic publishing: the site is built in a staging folder and swapped in by renames only once
 * every step has passed, so a failed build leaves the last good `dist/` exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

export async function publish(staging: string, dist: string): Promise<void> {
  const previous = `${dist}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(dist)) await rename(dist, previous);
  await rename(staging, dist);
  await rm(previous, { recursive: true, force: true });
}
