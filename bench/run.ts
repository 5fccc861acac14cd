/**
 * `npm run bench`: builds the whole site and the floor (bare Astro + Pagefind) over generated
 * corpora, cold and warm, and reports time per phase, pages, cost per page, the ratio to the
 * floor, peak memory, the search index size, growth with size, page weight and search speed.
 * Writes bench/results/latest.{json,svg,md}. See bench/README.md.
 *
 * Options: --sizes 1000,10000 · --skip-floor · --skip-ours · --skip-warm · --skip-browser ·
 * --ref <git ref> (build a commit instead of the working tree) · --project <folder> (build another
 * copy of the project, e.g. a patched one for an experiment) · --repeat <n> (builds per mode,
 * the fastest reported; by default 3 up to SMALL_CORPUS articles, 1 above) · --timeout <minutes>
 * (stop a build after that long; the bench goes on and reports it as failed) · --keep (keep the
 * temp folder) · --out <folder> (default bench/results) · --seed <n>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';
import { measurePageLoads, measureSearch, missingBrowser, writeSearchFloor } from './lib/browser.ts';
import { measureBuild, measureOutput, stopBuilds } from './lib/measure.ts';
import { cachedImages, createProject, describeProject, listCaches, removeCaches, snapshotProject, type TempProject } from './lib/project.ts';
import { acceptanceChecks, markdownReport, svgChart, textReport } from './lib/report.ts';
import type { BenchResult, BuildResult, Mode, Site, SizeResult } from './lib/types.ts';
import { measureStaticWeight, readingPages } from './lib/weight.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const floorProject = fileURLToPath(new URL('./floor', import.meta.url));
const modules = join(projectRoot, 'node_modules');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'skip-floor': { type: 'boolean', default: false },
    'skip-ours': { type: 'boolean', default: false },
    'skip-warm': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    ref: { type: 'string' },
    project: { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: join(projectRoot, 'bench', 'results') },
    seed: { type: 'string' },
    repeat: { type: 'string' },
    timeout: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((text) => Number(text.trim())).filter((n) => n > 0).sort((a, b) => a - b);
if (!sizes.length) throw new Error('--sizes needs numbers, e.g. --sizes 1000,10000');
// Checked before any build: the browser measures come after the builds, many minutes in.
const noBrowser = values['skip-browser'] ? undefined : missingBrowser();
if (noBrowser) throw new Error(`bench: ${noBrowser}`);
const sites: Site[] = [...(values['skip-ours'] ? [] : ['ours' as const]), ...(values['skip-floor'] ? [] : ['floor' as const])];
const modes: Mode[] = values['skip-warm'] ? ['cold'] : ['cold', 'warm'];
/**
 * Up to this many articles, each build runs SMALL_CORPUS_REPEATS times by default: on this 2-core
 * machine a 1,000-article build's time swings by a fifth from run to run (the floor's cold build
 * took 23.3 to 28.7 s), enough to move the ratio to the floor across its limit, and three more
 * builds of each site cost a few minutes. A 10,000-article build is long enough to average the
 * swings out, and three would add most of an hour.
 */
const SMALL_CORPUS = 2000;
const SMALL_CORPUS_REPEATS = 3;
const repeatsFor = (articles: number) =>
  values.repeat !== undefined ? Math.max(1, Number(values.repeat) || 1) : articles <= SMALL_CORPUS ? SMALL_CORPUS_REPEATS : 1;
const timeoutMs = values.timeout ? Number(values.timeout) * 60_000 : undefined;

/** Phases that render share images: left out of the cold comparison with the floor. */
const SHARE_IMAGE_PHASE = /share|image|\bog\b|card/i;

const log = (message: string) => console.log(`[bench] ${message}`);
const version = (name: string) =>
  (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;

/** Every temp project of this run, to wait on their background clean-ups. */
const projectDirs = new Set<string>();

/**
 * Our build deletes the site it replaced in a detached process (scripts/build/publish.ts); wait
 * for that to finish, in every project, so that it never runs during the next measured build.
 */
async function waitForBackgroundDeletes(): Promise<void> {
  const pending = () =>
    [...projectDirs].filter((dir) => existsSync(join(dir, '.dist-retired')) && readdirSync(join(dir, '.dist-retired')).length > 0);
  if (pending().length) log('  waiting for the previous site to be deleted…');
  while (pending().length) await new Promise((done) => setTimeout(done, 500));
}

async function buildOnce(project: TempProject, site: Site, mode: Mode, logDir: string, articles: number, run: number, repeats: number): Promise<BuildResult> {
  if (mode === 'cold') await removeCaches(project);
  projectDirs.add(project.dir);
  await waitForBackgroundDeletes();
  log(`${articles} articles: ${site} ${mode} build${repeats > 1 ? ` ${run}/${repeats}` : ''}…`);
  const started = Date.now();
  const measure = await measureBuild(project.dir, join(logDir, `${site}-${articles}-${mode}-${run}.log`), timeoutMs ? { timeoutMs } : {});
  const output = await measureOutput(['dist', '.dist-staging'].map((folder) => join(project.dir, folder)));
  const phaseSum = Object.values(measure.phases).reduce((sum, seconds) => sum + seconds, 0);
  const imagePhases = Object.entries(measure.phases).filter(([name]) => SHARE_IMAGE_PHASE.test(name));
  // A phase of its own is exact; otherwise the images' file times give an estimate.
  const shareImageSource = imagePhases.length ? 'phase' : output.images > 1 ? 'file times' : 'none';
  const shareImageSeconds = imagePhases.length
    ? imagePhases.reduce((sum, [, seconds]) => sum + seconds, 0)
    : Math.min(output.imageSecondsFromFileTimes, measure.seconds);
  const pages = Math.max(1, output.pages);
  const result: BuildResult = {
    ...measure,
    output,
    phasesWithOther: { ...measure.phases, other: Math.max(0, measure.seconds - phaseSum) },
    shareImageSeconds,
    shareImageSource,
    msPerPage: (measure.seconds * 1000) / pages,
    msPerPageWithoutImages: ((measure.seconds - shareImageSeconds) * 1000) / pages,
    caches: await listCaches(project),
    cachedImages: await cachedImages(project, started),
    runs: 1,
    allSeconds: [measure.seconds],
  };
  if (measure.cpuUserSeconds !== undefined && measure.cpuSystemSeconds !== undefined) {
    result.cpuSeconds = measure.cpuUserSeconds + measure.cpuSystemSeconds;
    // Image CPU is not measured apart: take the images' share of the wall time.
    const imageShare = mode === 'cold' && measure.seconds > 0 ? shareImageSeconds / measure.seconds : 0;
    result.cpuMsPerPage = (result.cpuSeconds * (1 - imageShare) * 1000) / pages;
  }
  if (!measure.ok) {
    log(`  ${measure.timedOut ? `STOPPED after ${measure.seconds.toFixed(0)} s` : `FAILED (exit ${measure.exitCode})`} with ` +
      `${output.pages} pages and ${output.images} images written, phases ${JSON.stringify(measure.phases)}; log: ${measure.log}`);
    return result;
  }
  log(`  ${result.seconds.toFixed(1)} s (CPU ${result.cpuSeconds?.toFixed(1) ?? '?'} s; others on the machine used ` +
    `${measure.othersCpuSeconds?.toFixed(0) ?? '?'} CPU-s), ${output.pages} pages, ${result.msPerPage.toFixed(2)} ms/page, ` +
    `peak ${result.peakTreeRssMb.toFixed(0)} MB, phases ${JSON.stringify(measure.phases)}` +
    (shareImageSource === 'file times' ? `, share images ≈ ${shareImageSeconds.toFixed(1)} s (${output.images}, from file times)` : '') +
    (output.images ? `, images rendered into the cache ${result.cachedImages.written} (cache holds ${result.cachedImages.total})` : ''));
  return result;
}

/** The fastest of a site's runs in one mode, with every run's time. */
function fastest(runs: readonly BuildResult[]): BuildResult {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...(sorted[0] as BuildResult), runs: runs.length, allSeconds: runs.map((run) => run.seconds) };
}

/** Pages a reader lands on: one of each kind, the heaviest actor and country, and the lists. */
async function samplePaths(dist: string): Promise<string[]> {
  const pages = await readingPages(dist);
  const url = (page: string) => `/${page.replace(/index\.html$/, '')}`;
  // A detail page (not the list, nor one of its numbered pages `<list>/page/<n>/`).
  const first = (prefix: string) => pages.find((page) => page.startsWith(prefix) && page !== `${prefix}index.html` && !page.startsWith(`${prefix}page/`));
  const largest = async (prefix: string) => {
    let best: { page: string; size: number } | undefined;
    for (const page of pages.filter((entry) => entry.startsWith(prefix) && entry !== `${prefix}index.html`)) {
      const size = (await stat(join(dist, page))).size;
      if (!best || size > best.size) best = { page, size };
    }
    return best?.page;
  };
  const chosen = [
    'index.html',
    first('articles/'), first('quotes/'), first('commitments/'),
    await largest('actors/'), await largest('countries/'),
    ...['articles/', 'quotes/', 'commitments/', 'actors/', 'countries/', 'timeline/'].map((list) => `${list}index.html`),
  ];
  return [...new Set(chosen.filter((page): page is string => page !== undefined && pages.includes(page)))].map(url);
}

const result: BenchResult = {
  date: new Date().toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    astro: version('astro'),
    pagefind: version('pagefind'),
  },
  status: 'running',
  code: values.project
    ? `folder ${resolve(values.project)}`
    : values.ref
      ? `git ${values.ref}`
      : `working tree at ${describeProject(projectRoot)}`,
  sizes: [],
  checks: [],
};

/** Ratios per size, growth from the smallest size to the largest, and the acceptance checks. */
function summarise(result: BenchResult): void {
  for (const size of result.sizes) {
    for (const mode of modes) {
      const ours = size.builds.ours?.[mode];
      const floor = size.builds.floor?.[mode];
      if (!ours?.ok || !floor?.ok) continue;
      size.ratio[mode] = (mode === 'cold' ? ours.msPerPageWithoutImages : ours.msPerPage) / floor.msPerPage;
      if (ours.cpuMsPerPage && floor.cpuMsPerPage) size.cpuRatio[mode] = ours.cpuMsPerPage / floor.cpuMsPerPage;
    }
  }
  const from = result.sizes[0];
  const to = result.sizes.at(-1);
  if (from && to && from !== to) {
    const growth = { from: from.articles, to: to.articles, ours: {}, floor: {} } as NonNullable<BenchResult['growth']>;
    for (const site of ['ours', 'floor'] as const) {
      for (const mode of modes) {
        const a = from.builds[site]?.[mode];
        const b = to.builds[site]?.[mode];
        if (a?.ok && b?.ok) growth[site][mode] = b.seconds / a.seconds;
      }
    }
    result.growth = growth;
  }
  result.checks = acceptanceChecks(result);
}

const out = resolve(values.out);

/** Written after every step, so a bench stopped midway still leaves what it measured. */
async function writeResults(): Promise<void> {
  summarise(result);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(join(out, 'latest.svg'), svgChart(result));
  await writeFile(join(out, 'latest.md'), markdownReport(result));
}

// Stopped from outside: stop the build running now, keep what was measured, say so.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the build and writing what was measured`);
    stopBuilds('SIGKILL');
    result.status = 'interrupted';
    void writeResults().finally(() => process.exit(130));
  });
}

const work = await mkdtemp(join(tmpdir(), 'summit-bench-'));
/** A build failed or was stopped: its folder and logs are kept for a look. */
let failed = false;
let finished = false;
log(`working in ${work}`);

try {
  const code: Record<Site, string> = { ours: join(work, 'code-ours'), floor: join(work, 'code-floor') };
  await snapshotProject(values.project ? resolve(values.project) : projectRoot, code.ours, values.ref);
  await snapshotProject(floorProject, code.floor);
  for (const articles of sizes) {
    const corpusDir = join(work, `corpus-${articles}`);
    log(`${articles} articles: generating the corpus…`);
    const corpus = await generateCorpus(corpusDir, { articles, ...(values.seed ? { seed: Number(values.seed) } : {}) });
    const size: SizeResult = { articles, corpus, builds: {}, ratio: {}, cpuRatio: {} };
    result.sizes.push(size);
    const content = join(corpusDir, 'content');
    const projects: Partial<Record<Site, TempProject>> = {};
    for (const site of sites) {
      projects[site] = await createProject({
        dir: join(work, `${site}-${articles}`),
        code: code[site],
        modules,
        content,
      });
    }
    // Cold builds first, then warm ones on the caches each left (none after a failed cold one).
    // Repeated runs take turns, ours then the floor's, so that a slow spell of the machine
    // falls on both; the fastest run of each is kept. A site stops at its first failed build.
    const repeats = repeatsFor(articles);
    for (const mode of modes) {
      const runs: Partial<Record<Site, BuildResult[]>> = {};
      for (let run = 1; run <= repeats; run++) {
        for (const site of sites) {
          const project = projects[site];
          const earlier = size.builds[site]?.[mode];
          if (!project || (mode === 'warm' && !size.builds[site]?.cold?.ok) || (earlier && !earlier.ok)) continue;
          const built = await buildOnce(project, site, mode, work, articles, run, repeats);
          if (built.ok) {
            const siteRuns = (runs[site] ??= []);
            siteRuns.push(built);
            (size.builds[site] ??= {})[mode] = fastest(siteRuns);
          } else {
            (size.builds[site] ??= {})[mode] = built;
            failed = true;
          }
          await writeResults();
        }
      }
    }

    const oursDist = projects.ours && size.builds.ours?.cold?.ok ? join(projects.ours.dir, 'dist') : undefined;
    if (oursDist && !values['skip-browser']) {
      // Page weight on the smallest corpus (pages are alike), search on the largest (the index grows).
      if (articles === sizes[0]) {
        log(`${articles} articles: page weight…`);
        result.pageWeight = {
          articles,
          static: await measureStaticWeight(oursDist),
          loads: await measurePageLoads(oursDist, await samplePaths(oursDist)),
        };
        await writeResults();
      }
      if (articles === sizes.at(-1)) {
        log(`${articles} articles: search in Chromium…`);
        result.search = { articles, words: corpus.searchWords, ...(await measureSearch(oursDist, corpus.searchWords)) };
        await writeResults();
        result.searchFromQuery = { articles, words: corpus.searchWords, ...(await measureSearch(oursDist, corpus.searchWords, 3, 'query')) };
        await writeResults();
        // From the header of an article page, and the same to the search floor, one after the other in this run.
        writeSearchFloor(oursDist, corpus.searchWords);
        result.searchFromHeader = { articles, words: corpus.searchWords, ...(await measureSearch(oursDist, corpus.searchWords, 3, 'header')) };
        result.searchFloor = { articles, words: corpus.searchWords, ...(await measureSearch(oursDist, corpus.searchWords, 3, 'floor')) };
        await writeResults();
      }
    }
    // A 10k site is gigabytes: drop each size's folders once measured.
    if (!values.keep && !failed) {
      for (const project of Object.values(projects)) await rm(project.dir, { recursive: true, force: true });
      await rm(corpusDir, { recursive: true, force: true });
    }
  }

  result.status = 'complete';
  await writeResults();
  console.log(`\n${textReport(result)}\n`);
  log(`wrote ${join(out, 'latest.json')}, latest.svg and latest.md (the tables of bench/README.md's Latest results)`);
  finished = true;
} finally {
  if (values.keep || failed || !finished) log(`kept ${work} (build logs are there)`);
  else await rm(work, { recursive: true, force: true });
}
