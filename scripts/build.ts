/**
 * `npm run build`, the one build entry point: validate content, build with Astro into a staging
 * folder, check the pages, index them for search, check links, then swap the result into `dist/`.
 * Any failure stops here and leaves the previous `dist/` untouched.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinksAside, stillBroken } from './build/link-check.ts';
import { findLostPermalinks, LEDGER } from './build/permalinks.ts';
import { publish } from './build/publish.ts';
import { buildSearchIndex } from './build/search-index.ts';
import { findEmptyArticles } from './build/verify-pages.ts';
// Only what names the handoff: the validation modules (zod, the schemas) load in build/validate.ts.
import { handoffEnv, INVALID_CONTENT_EXIT_CODE } from '../src/lib/validation/build-handoff.ts';
import { ASTRO_CACHE_DIR } from '../src/lib/cache-dir.ts';

const root = process.cwd();
const staging = resolve(root, '.dist-staging');
const dist = resolve(root, 'dist');

/** Runs one named phase and prints how long it took (the bench reads these lines). */
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`[phase] ${name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

class BuildFailure extends Error {}

const stopLinkCheck = new AbortController();

/**
 * Runs one of build/'s scripts in a child process, so that the memory it takes goes back to the
 * system when it ends (see build/validate.ts and build/astro-pages.ts); resolves with its exit
 * code, or the signal that stopped it.
 */
function runScript(name: string, args: string[], env: Record<string, string> = {}): Promise<number | string> {
  const script = fileURLToPath(new URL(`./build/${name}`, import.meta.url));
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? signal ?? 'no exit code'));
  });
}

const exitText = (exit: number | string) => (typeof exit === 'number' ? `exit code ${exit}` : exit);

try {
  const validation = await phase('validation', () => runScript('validate.ts', [root]));
  if (validation === INVALID_CONTENT_EXIT_CODE) throw new BuildFailure('content is invalid');
  if (validation !== 0) throw new BuildFailure(`the content could not be validated (${exitText(validation)}); see the errors above`);
  await rm(staging, { recursive: true, force: true });
  const pages = await phase('pages', () => runScript('astro-pages.ts', [root, staging], handoffEnv(root)));
  if (pages !== 0) {
    // Astro's incremental build writes its copies of the pages as it renders them, but their index
    // only at the end: after a run that stopped halfway, the two may disagree.
    await rm(resolve(root, ASTRO_CACHE_DIR), { recursive: true, force: true });
    throw new BuildFailure(`Astro could not build the pages (${exitText(pages)}); see its errors above`);
  }
  const empty = await phase('verify', () => findEmptyArticles(staging));
  if (empty.length) throw new BuildFailure(`article pages without a body: ${empty.join(', ')}`);
  // The link check reads the pages in a worker thread while the search index is built; links to
  // the files the index writes meanwhile are judged again after it (stillBroken).
  const site = process.env.SITE_URL ?? 'https://summit-tracker.example';
  const linkCheck = findBrokenLinksAside(staging, site, stopLinkCheck.signal);
  // Only lists the pages, between the search index's steps.
  const lostPermalinks = findLostPermalinks(root, staging);
  // Both awaited below; a search index failure first must not leave their rejections unhandled.
  for (const check of [linkCheck, lostPermalinks]) check.catch(() => undefined);
  // Fails the build on any Pagefind error or an empty index (see scripts/build/search-index.ts).
  const { pageCount, itemCount, partCount, reusedParts } = await phase('search index', () => buildSearchIndex(staging));
  console.log(
    `Search index: ${pageCount} records (articles, people, countries) holding ${itemCount} results` +
      (partCount > 1 ? `, in ${partCount} parts` : '') +
      (reusedParts ? ` (${reusedParts === partCount ? 'all' : reusedParts} unchanged since an earlier build, taken from the cache)` : ''),
  );
  // As phases, the checks count only the time they add after the search index: the phases add up to the build's.
  const broken = await phase('link check', async () => stillBroken(staging, site, await linkCheck));
  if (broken.length) {
    const list = broken.map((link) => `  ${link.page}: ${link.href} (${link.reason})`).join('\n');
    throw new BuildFailure(`${broken.length} broken internal link(s):\n${list}`);
  }
  const lost = await phase('permalinks', () => lostPermalinks);
  if (lost.length) {
    throw new BuildFailure(
      `${lost.length} URL(s) in ${LEDGER} are no longer produced:\n  ${lost.join('\n  ')}\n` +
        'Keep the old id in the entry\'s `redirect_from` (or a country alias) so the old URL redirects.',
    );
  }
  await publish(staging, dist);
  console.log(`Built into ${dist}`);
} catch (error) {
  stopLinkCheck.abort();
  await rm(staging, { recursive: true, force: true });
  console.error(`Build failed: ${error instanceof BuildFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  console.error('The previous dist/ was left as it was.');
  process.exitCode = 1;
}
