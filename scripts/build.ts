/**
 * `npm run build`, in three stages:
 * 1. check the content (the validator `npm run check:content` runs); from valid content, keep
 *    the redirects it declares and write its search index, which needs no page, aside;
 * 2. `astro build` into a staging folder;
 * 3. the steps after the build (scripts/build/steps.ts), the search index's files moved in
 *    first, then the atomic publish into `dist/`.
 * Any failure stops the build and leaves the previous `dist/` as it was.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminDesk } from './build/admin.ts';
import { articleBodies } from './build/article-bodies.ts';
import { checkContent } from './build/check-content.ts';
import { hostFiles } from './build/host-files.ts';
import { linkCheck } from './build/link-check.ts';
import { permalinkCheck } from './build/permalinks.ts';
import { publish } from './build/publish.ts';
import { writeSearchIndex } from './build/search-index.ts';
import { BuildFailure, buildContext, moveInto, runSteps, timed } from './build/steps.ts';
import { CONTENT_CHECKED_ENV } from '../src/integrations/content-guard.ts';
import { ASTRO_CACHE_DIR } from '../src/lib/cache-dir.ts';
import { EXAMPLE_SITE_URL, siteUrl } from '../src/lib/publisher.ts';
import { contentRedirects } from '../src/lib/redirects.ts';
import { searchRecords } from '../src/lib/search-records.ts';
import { fingerprinted } from '../src/lib/validation/read-content.ts';

const root = process.cwd();
const staging = resolve(root, '.dist-staging');
const searchStaging = resolve(root, '.search-staging');
const dist = resolve(root, 'dist');

/** The content checked, and what the later stages need from it: the content itself is let go. */
async function checkContentForBuild() {
  const checked = await timed('check content', () => checkContent(root));
  if (!checked) throw new BuildFailure('content is invalid');
  return { fingerprint: checked.fingerprint, redirects: contentRedirects(checked.published), records: searchRecords(checked.published) };
}

/** Stage 1: the content checked, and its search index written aside (it needs no page). */
async function checkAndIndexContent() {
  const { fingerprint, redirects, records } = await checkContentForBuild();
  await rm(searchStaging, { recursive: true, force: true });
  const searchIndex = await timed('search index', () => writeSearchIndex(searchStaging, records));
  return { fingerprint, redirects, searchIndex };
}

/**
 * `astro build` (with astro.config.mjs and its integrations) in a process of its own: the memory
 * Astro holds at the end of a large build goes back to the system before the steps after it.
 */
function astroBuild(): Promise<void> {
  const script = fileURLToPath(new URL('./build/astro-build.ts', import.meta.url));
  const child = spawn(process.execPath, [script, root, staging], { stdio: 'inherit', env: { ...process.env, [CONTENT_CHECKED_ENV]: '1' } });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code === 0) done();
      else fail(new BuildFailure(`Astro could not build the pages (${signal ?? `exit code ${code}`}); see its errors above`));
    });
  });
}

/** Said before and after the build: the example address would be published in every absolute link. */
const siteUrlWarning = process.env.SITE_URL
  ? undefined
  : `Warning: SITE_URL is not set, so canonical links, feeds, share cards, sitemap and citations name ${EXAMPLE_SITE_URL}.\n` +
    '  Fine for a look; before deploying, build with the public address: SITE_URL=https://your.domain npm run build';
if (siteUrlWarning) console.warn(siteUrlWarning);

try {
  // 1. The content.
  const { fingerprint, redirects, searchIndex } = await checkAndIndexContent();
  console.log(searchIndex.summary);

  // 2. The pages.
  await rm(staging, { recursive: true, force: true });
  await timed('pages', () =>
    astroBuild().catch(async (error: unknown) => {
      // Astro's incremental build writes its copies of the pages as it renders them, but their
      // index only at the end: after a run that stopped halfway, the two may disagree.
      await rm(resolve(root, ASTRO_CACHE_DIR), { recursive: true, force: true });
      throw error;
    }),
  );
  if ((await fingerprinted(root)).fingerprint !== fingerprint) {
    throw new BuildFailure('content files changed while the site was being built; run the build again');
  }

  // 3. The steps after the build, then the publish.
  const context = buildContext({ root, siteDir: staging, site: siteUrl(), redirects, searchIndexParts: searchIndex.partCount });
  await runSteps([moveInto(searchStaging, 'search index files'), articleBodies, linkCheck, permalinkCheck, hostFiles, adminDesk], context);
  await publish(staging, dist);
  console.log(`Built into ${dist}`);
  if (siteUrlWarning) console.warn(siteUrlWarning);
} catch (error) {
  await Promise.all([staging, searchStaging].map((folder) => rm(folder, { recursive: true, force: true })));
  console.error(`Build failed: ${error instanceof BuildFailure ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  console.error('The previous dist/ was left as it was.');
  process.exitCode = 1;
}
