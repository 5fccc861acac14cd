/**
 * Atomic publishing: the site is built in a staging folder and swapped in by renames only once
 * every step has passed, so a failed build leaves the last good `dist/` exactly as it was.
 *
 * The replaced site is deleted by a detached process after the swap, not by the build: deleting
 * files is slow on disks mounted with `discard` (minutes for a site of 90,000 pages), and
 * nothing waits on it. A deletion that was cut short is retried by the
 * next publish.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where replaced sites wait to be deleted: beside `dist`, so that moving one there is a rename. */
export function retiredDir(dist: string): string {
  return join(dirname(dist), '.dist-retired');
}

/** Deletes `paths` in a detached process that outlives the build. */
function deleteInBackground(paths: string[]): void {
  if (paths.length === 0) return;
  const script = 'for (const p of process.argv.slice(1)) require("node:fs").rmSync(p, { recursive: true, force: true });';
  spawn(process.execPath, ['-e', script, ...paths], { detached: true, stdio: 'ignore' }).unref();
}

export async function publish(staging: string, dist: string): Promise<void> {
  const retired = retiredDir(dist);
  if (existsSync(dist)) {
    await mkdir(retired, { recursive: true });
    await rename(dist, join(retired, `dist-${Date.now()}-${process.pid}`));
  }
  await rename(staging, dist);
  if (existsSync(retired)) deleteInBackground((await readdir(retired)).map((name) => join(retired, name)));
}
