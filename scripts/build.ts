/**
 * `npm run build`, the one build entry point: validate content while Astro starts, build with
 * Astro into a staging folder once the content has passed, check the pages, index them for
 * search, check links, then swap the result into `dist/`. Any failure stops here and leaves the
 * previous `dist/` untouched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAdmin } from './build/admin.ts';
import { findBrokenLinksAside, stillBroken } from './build/link-check.ts';
import { findLostPermalinks, LEDGER } from './build/permalinks.ts';
import { publish } from './build/publish.ts';
import { writeSearchIndex } from './build/search-index.ts';
import { checkContent } from './build/check-content.ts';
import { searchRecords } from '../src/lib/search-records.ts';
import { findEmptyArticles } from './build/verify-pages.ts';
// Not the validation itself: its modules (zod, the schemas) load in build/validate.ts.
import { buildValidatesEnv, INVALID_CONTENT_EXIT_CODE, receiveRedirects, tellContentValidated } from '../src/lib/validation/build-handoff.ts';
import { redirectPaths } from '../src/lib/redirects.ts';
import { contentFingerprint } from '../src/lib/validation/read-content.ts';
import { ASTRO_CACHE_DIR } from '../src/lib/cache-dir.ts';
import { headersFile, redirectsFile } from '../src/lib/host-files.ts';
import { EXAMPLE_SITE_URL, siteUrl } from '../src/lib/publisher.ts';

const root = process.cwd();
const staging = resolve(root, '.dist-staging');
const dist = resolve(root, 'dist');

/**
 * Prints how long a phase took since `started` (the bench reads these lines). A phase that ran
 * `alongside` another says so: the others add up to the build's time.
 */
function printPhase(name: string, started: number, alongside?: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`[phase] ${name}: ${seconds} s${alongside ? ` (alongside ${alongside})` : ''}`);
}

/** Runs one named phase and prints how long it took. */
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  printPhase(name, started);
  return result;
}

class BuildFailure extends Error {}

const stopLinkCheck = new AbortController();
/** Children still running, stopped if the build fails. */
const running = new Set<ChildProcess>();

interface Script {
  child: ChildProcess;
  /** Its exit code, or the signal that stopped it. */
  exit: Promise<number | string>;
}

/**
 * Starts one of build/'s scripts in a child process, so that the memory it takes goes back to the
 * system when it ends (see build/validate.ts and build/astro-pages.ts). With `ipc`, the child
 * gets a channel to the build; with `held`, its output is piped for the caller to hold back.
 */
function startScript(name: string, args: string[], { env = {}, ipc = false, held = false } = {}): Script {
  const script = fileURLToPath(new URL(`./build/${name}`, import.meta.url));
  const output = held ? 'pipe' : 'inherit';
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['inherit', output, output, ...(ipc ? ['ipc' as const] : [])],
    env: { ...process.env, ...env },
  });
  running.add(child);
  const exit = new Promise<number | string>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      running.delete(child);
      done(code ?? signal ?? 'no exit code');
    });
  });
  return { child, exit };
}

/**
 * Holds back a child's piped output until `release` (then prints it and everything after) or
 * drops it with `discard`: Astro's complaints about content that validation rejects would only
 * bury the validation's clear messages.
 */
function holdOutput(child: ChildProcess): { release(): void; discard(): void } {
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    from?.on('data', (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk)));
  }
  return {
    release() {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    discard() {
      held = [];
      child.stdout?.removeAllListeners('data').resume();
      child.stderr?.removeAllListeners('data').resume();
    },
  };
}

const exitText = (exit: number | string) => (typeof exit === 'number' ? `exit code ${exit}` : exit);

/** Said before and after the build: the example address would be published in every absolute link. */
const siteUrlWarning = process.env.SITE_URL
  ? undefined
  : `Warning: SITE_URL is not set, so canonical links, feeds, share cards, sitemap and citations name ${EXAMPLE_SITE_URL}.\n` +
    '  Fine for a look; before deploying, build with the public address: SITE_URL=https://your.domain npm run build';
if (siteUrlWarning) console.warn(siteUrlWarning);

try {
  // Taken before either process reads a content file, and compared after Astro is done: what
  // passed validation is then exactly what Astro built.
  const fingerprint = await contentFingerprint(root);
  await rm(staging, { recursive: true, force: true });
  // Validation and Astro's start (loading, reading the content) run side by side; Astro waits
  // for the verdict before it builds anything (src/integrations/content-guard.ts).
  const started = performance.now();
  const validation = startScript('validate.ts', [root], { ipc: true });
  const declaredRedirects = receiveRedirects(validation.child);
  // Awaited once the content has passed; invalid content sends none.
  declaredRedirects.catch(() => undefined);
  const astro = startScript('astro-pages.ts', [root, staging], { env: buildValidatesEnv(), ipc: true, held: true });
  const astroOutput = holdOutput(astro.child);
  const validated = await validation.exit;
  printPhase('validation', started, 'pages');
  if (validated !== 0) {
    astroOutput.discard();
    astro.child.kill();
    await astro.exit;
    if (validated === INVALID_CONTENT_EXIT_CODE) throw new BuildFailure('content is invalid');
    throw new BuildFailure(`the content could not be validated (${exitText(validated)}); see the errors above`);
  }
  astroOutput.release();
  // Astro may have stopped already (its own error is then printed just now).
  if (astro.child.connected) tellContentValidated(astro.child);
  const pages = await astro.exit;
  printPhase('pages', started);
  if (pages !== 0) {
    // Astro's incremental build writes its copies of the pages as it renders them, but their index
    // only at the end: after a run that stopped halfway, the two may disagree.
    await rm(resolve(root, ASTRO_CACHE_DIR), { recursive: true, force: true });
    throw new BuildFailure(`Astro could not build the pages (${exitText(pages)}); see its errors above`);
  }
  // The pages the content declares as redirects, which the checks below neither take for the
  // pages they point to nor index.
  const declared = await declaredRedirects;
  const redirects = redirectPaths(declared);
  const { changed, empty } = await phase('verify', async () => ({
    changed: (await contentFingerprint(root)) !== fingerprint,
    empty: await findEmptyArticles(staging, redirects),
  }));
  if (changed) throw new BuildFailure('content files changed while the site was being built; run the build again');
  if (empty.length) throw new BuildFailure(`article pages without a body: ${empty.join(', ')}`);
  // The link check reads the pages in a process of its own while the search index's records are
  // composed; links to the files the index writes are judged again after it (stillBroken).
  // Pagefind starts after the check has ended: at 10,000 articles the check held ~0.4 GB, which
  // on top of Pagefind's first part and the composed records made the build's peak (2,750 MB,
  // sampled every 100 ms; 2,348 MB for this phase since).
  const site = siteUrl();
  const linkCheck = findBrokenLinksAside(staging, site, stopLinkCheck.signal);
  // Only lists the pages, between the search index's steps.
  const lostPermalinks = findLostPermalinks(root, staging);
  // Both awaited below; a search index failure first must not leave their rejections unhandled.
  for (const check of [linkCheck, lostPermalinks]) check.catch(() => undefined);
  // Fails the build on any Pagefind error or an empty index (see scripts/build/search-index.ts).
  // The records come from the validated content, read again here since validation ran in a process of its own;
  // Pagefind starts once the link check has ended, so that what the check holds is not added to Pagefind's memory.
  const { summary, partCount } = await phase('search index', async () => {
    const content = await checkContent(root);
    if (!content) throw new BuildFailure('content is invalid');
    const records = searchRecords(content);
    await linkCheck.catch(() => undefined);
    return writeSearchIndex(staging, records);
  });
  console.log(summary);
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
  // For Netlify and Cloudflare Pages (src/lib/host-files.ts).
  await writeFile(resolve(staging, '_redirects'), redirectsFile(declared));
  await writeFile(resolve(staging, '_headers'), headersFile(partCount));
  // After every check of the reading pages: the desk is no part of them (scripts/build/admin.ts).
  await phase('admin', () => writeAdmin(root, staging));
  await publish(staging, dist);
  console.log(`Built into ${dist}`);
  if (siteUrlWarning) console.warn(siteUrlWarning);
} catch (error) {
  stopLinkCheck.abort();
  for (const child of running) child.kill();
  await rm(staging, { recursive: true, force: true });
  console.error(`Build failed: ${error instanceof BuildFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  console.error('The previous dist/ was left as it was.');
  process.exitCode = 1;
}
