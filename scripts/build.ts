/**
 * `npm run build`, in three stages:
 * 1. check the content (the validator `npm run check:content` runs); from valid content, keep
 *    the redirects it declares and the search index's input;
 * 2. `astro build` into a staging folder;
 *    (1 and 2 each in a process of its own: see runStage)
 * 3. the steps after the build (scripts/build/steps.ts), with the search index written meanwhile
 *    by a process of its own, then the atomic publish into `dist/`.
 * Any failure stops the build and leaves the previous `dist/` as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminDesk } from './build/admin.ts';
import { articleBodies } from './build/article-bodies.ts';
import type { ContentStageResult } from './build/content-stage.ts';
import { hostFiles } from './build/host-files.ts';
import { linkCheck } from './build/link-check.ts';
import { permalinkCheck } from './build/permalinks.ts';
import { publish } from './build/publish.ts';
import { BuildFailure, buildContext, runSteps, timed } from './build/steps.ts';
import { CONTENT_CHECKED_ENV } from '../src/integrations/content-guard.ts';
import { ASTRO_CACHE_DIR } from '../src/lib/cache-dir.ts';
import { EXAMPLE_SITE_URL, siteUrl } from '../src/lib/publisher.ts';
import { fingerprinted } from '../src/lib/validation/read-content.ts';

const root = process.cwd();
const staging = resolve(root, '.dist-staging');
const dist = resolve(root, 'dist');
/** The search index's input, from stage 1 to the search index in stage 3. */
const searchInput = join(tmpdir(), `summit-tracker-search-input-${process.pid}`);

/**
 * Runs one stage's script in a process of its own, so that the memory the stage takes goes back to
 * the system when it ends, before the next stage needs its own (the content's at 10,000 articles
 * would otherwise sit beside Astro's, over 1 GB), and so that the search index is written while
 * this process reads the pages. A failure is `doing`'s, whose own errors the stage has printed.
 */
async function runStage(script: string, args: readonly string[], doing: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (...exit) => done(exit));
  });
  if (code !== 0) throw new BuildFailure(`${doing} stopped (${signal ? `by ${signal}` : `exit code ${code}`}); see the errors above`);
}

/** Stage 1: the content checked, and what the later stages need of it (scripts/build/content-stage.ts). */
async function checkContentStage(): Promise<ContentStageResult> {
  const resultFile = join(tmpdir(), `summit-tracker-content-stage-${process.pid}.json`);
  try {
    await runStage('./build/content-stage.ts', [root, searchInput, resultFile], 'checking the content');
    if (!existsSync(resultFile)) throw new BuildFailure('content is invalid');
    return JSON.parse(readFileSync(resultFile, 'utf8')) as ContentStageResult;
  } finally {
    await rm(resultFile, { force: true });
  }
}

/** Said before and after the build: the example address would be published in every absolute link. */
const siteUrlWarning = process.env.SITE_URL
  ? undefined
  : `Warning: SITE_URL is not set, so canonical links, feeds, share cards, sitemap and citations name ${EXAMPLE_SITE_URL}.\n` +
    '  Fine for a look; before deploying, build with the public address: SITE_URL=https://your.domain npm run build';
if (siteUrlWarning) console.warn(siteUrlWarning);

try {
  // 1. The content.
  const { fingerprint, redirects } = await checkContentStage();

  // 2. The pages.
  await rm(staging, { recursive: true, force: true });
  await timed('pages', () =>
    runStage('./build/astro-build.ts', [root, staging], 'building the pages with Astro', { [CONTENT_CHECKED_ENV]: '1' }).catch(async (error: unknown) => {
      // Astro's incremental build writes its copies of the pages as it renders them, but their
      // index only at the end: after a run that stopped halfway, the two may disagree.
      await rm(resolve(root, ASTRO_CACHE_DIR), { recursive: true, force: true });
      throw error;
    }),
  );
  if ((await fingerprinted(root)).fingerprint !== fingerprint) {
    throw new BuildFailure('content files changed while the site was being built; run the build again');
  }

  // 3. The steps after the build, the search index meanwhile (the link check follows it: the search page links its
  // listing), then the publish.
  const context = buildContext({ root, siteDir: staging, site: siteUrl(), redirects });
  const meanwhile = [runStage('./build/search-stage.ts', [searchInput, staging], 'writing the search index'), runSteps([articleBodies, permalinkCheck], context)];
  for (const outcome of await Promise.allSettled(meanwhile)) if (outcome.status === 'rejected') throw outcome.reason;
  await runSteps([linkCheck, hostFiles, adminDesk], context);
  await publish(staging, dist);
  console.log(`Built into ${dist}`);
  if (siteUrlWarning) console.warn(siteUrlWarning);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`Build failed: ${error instanceof BuildFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  console.error('The previous dist/ was left as it was.');
  process.exitCode = 1;
} finally {
  await rm(searchInput, { recursive: true, force: true });
}
