/**
 * What `npm run build` learnt when it validated the content, handed to the Astro process it
 * starts next (scripts/build/astro-pages.ts). Without it, that process's config would read and
 * validate every file again for the content guard and the sitemap's redirects: ~1 s per 1,000
 * articles. The handoff names the content's fingerprint, so a file changed in between (or any
 * `astro` run the build did not start, which has no handoff) validates as usual.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from '../cache-dir.ts';
import { contentFingerprint } from './read-content.ts';

/** How the validation process (scripts/build/validate.ts) tells the build the content has problems. */
export const INVALID_CONTENT_EXIT_CODE = 3;

/** The variable naming the handoff file, set only for the child process the build starts. */
export const HANDOFF_ENV = 'SUMMIT_TRACKER_VALIDATED_CONTENT';

export interface BuildHandoff {
  /** `contentFingerprint` of the content that passed validation. */
  fingerprint: string;
  /** Site paths of the redirect pages the build will write (see sitemap-filter.ts). */
  redirects: string[];
}

/** The environment to start the Astro process with, naming the handoff file of `root`. */
export const handoffEnv = (root: string): Record<string, string> => ({ [HANDOFF_ENV]: join(root, CACHE_DIR, 'validated-content.json') });

/**
 * Records that the content of `root` is valid, with what the child needs from it; returns the
 * environment to start the child with. Call only after validation passed.
 */
export async function writeBuildHandoff(root: string, redirects: Iterable<string>): Promise<Record<string, string>> {
  const env = handoffEnv(root);
  const file = env[HANDOFF_ENV] as string;
  const handoff: BuildHandoff = { fingerprint: await contentFingerprint(root), redirects: [...redirects] };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(handoff));
  return env;
}

/** The handoff of the build that started this process, if the content is still what it validated. */
export async function readBuildHandoff(root: string): Promise<BuildHandoff | undefined> {
  const file = process.env[HANDOFF_ENV];
  if (!file) return undefined;
  const handoff = JSON.parse(await readFile(file, 'utf8')) as BuildHandoff;
  return handoff.fingerprint === (await contentFingerprint(root)) ? handoff : undefined;
}
