/**
 * Turns a bench result into what people read: the acceptance checks, a text table for the
 * terminal, a Markdown section for the README and a hand-made SVG chart.
 */
import type { BenchResult, BuildResult, Check, Mode, Site, SizeResult } from './types.ts';

/** Under both the terminal's table and the README's. */

const LIMITS = {
  ratio: 1.3,
  coldSeconds10k: 360,
  warmSeconds10k: 180,
  peakMb10k: 3000,
  growth: 10.5,
  scriptBytes: 10_000,
  firstLoadBytes: 150_000,
  cssBytes: 20_000,
  searchBytes: 300_000,
  searchMs: 150,
  searchFromHeaderRatio: 3,
};

/** How a build that did not finish shows in a table. */
const outcome = (build: BuildResult | undefined) =>
  !build ? 'not run' : build.timedOut ? `stopped after ${build.seconds.toFixed(0)} s` : `failed (exit ${build.exitCode})`;

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const fixed = (value: number | undefined, digits = 2) => (value === undefined ? 'n/a' : value.toFixed(digits));

function check(name: string, limit: string, value: string, pass: boolean | undefined): Check {
  return pass === undefined ? { name, limit, value } : { name, limit, value, pass };
}

/** The issue's acceptance points, each with the figure measured in this run. */
export function acceptanceChecks(result: BenchResult): Check[] {
  const checks: Check[] = [];
  for (const size of result.sizes) {
    for (const mode of ['warm', 'cold'] as const) {
      const ratio = size.ratio[mode];
      const ours = size.builds.ours?.[mode];
      if (ours && !ours.ok) {
        checks.push(check(`${size.articles} articles, ${mode}: per-page cost ÷ floor`, `≤ ${LIMITS.ratio}`, `our build ${outcome(ours)}`, false));
        continue;
      }
      checks.push(
        check(
          `${size.articles} articles, ${mode}: per-page cost ÷ floor${mode === 'cold' ? ' (without share images)' : ''}`,
          `≤ ${LIMITS.ratio}`,
          `${fixed(ratio)} (in CPU time ${fixed(size.cpuRatio[mode])})`,
          ratio === undefined ? undefined : ratio <= LIMITS.ratio,
        ),
      );
    }
    const images = size.builds.ours;
    if (images?.warm?.ok && images.warm.output.images > 0) {
      const { written, total } = images.warm.cachedImages;
      checks.push(
        check(
          `${size.articles} articles: images re-rendered by the warm build (cached by content)`,
          '0 (≤ 1%), with a cache',
          `${written} of ${images.warm.output.images} (cache holds ${total}); share-image time warm ${fixed(images.warm.shareImageSeconds, 1)} s vs cold ${fixed(images.cold?.shareImageSeconds, 1)} s`,
          total > 0 && written <= images.warm.output.images * 0.01,
        ),
      );
    }
  }
  const big = result.sizes.find((size) => size.articles === 10_000);
  const ours = big?.builds.ours;
  const seconds = (build: BuildResult | undefined) => (build && !build.ok ? outcome(build) : `${fixed(build?.seconds, 1)} s`);
  checks.push(
    check('10,000 articles: cold whole build', `≤ ${LIMITS.coldSeconds10k} s`, seconds(ours?.cold),
      ours?.cold ? ours.cold.ok && ours.cold.seconds <= LIMITS.coldSeconds10k : undefined),
    check('10,000 articles: cold peak memory (process tree)', `≤ ${LIMITS.peakMb10k} MB`, `${fixed(ours?.cold?.peakTreeRssMb, 0)} MB`,
      ours?.cold ? ours.cold.peakTreeRssMb <= LIMITS.peakMb10k : undefined),
    check('10,000 articles: warm whole build', `≤ ${LIMITS.warmSeconds10k} s`, ours?.cold && !ours.cold.ok && !ours.warm ? 'not run (cold build did not finish)' : seconds(ours?.warm),
      ours?.warm ? ours.warm.ok && ours.warm.seconds <= LIMITS.warmSeconds10k : ours?.cold && !ours.cold.ok ? false : undefined),
  );
  const growth = result.growth?.ours.cold;
  checks.push(
    check(`time growth ${result.growth?.from ?? '?'} → ${result.growth?.to ?? '?'} articles (cold)`, `≤ ${LIMITS.growth}x`,
      `${fixed(growth)}x`, growth === undefined || result.growth?.from !== 1000 || result.growth.to !== 10_000 ? undefined : growth <= LIMITS.growth),
  );

  const weight = result.pageWeight;
  if (weight) {
    const runtime = weight.static.pagesWithIslands + weight.loads.filter((load) => load.frameworkRuntime).length;
    checks.push(check('reading pages: no framework runtime', 'none', runtime ? `${weight.static.pagesWithIslands} pages with islands` : 'none', runtime === 0));
    checks.push(check('script outside /search/ (most on one page)', `≤ ${kb(LIMITS.scriptBytes)}`,
      `${kb(weight.static.maxScript.raw)} (${weight.static.maxScript.page || 'none'})`, weight.static.maxScript.raw <= LIMITS.scriptBytes));
    const heaviest = [...weight.loads].sort((a, b) => b.total.transferred - a.total.transferred)[0];
    checks.push(check('first load, transferred (heaviest sampled page)', `≤ ${kb(LIMITS.firstLoadBytes)}`,
      heaviest ? `${kb(heaviest.total.transferred)} (${heaviest.path})` : 'n/a', heaviest ? heaviest.total.transferred <= LIMITS.firstLoadBytes : undefined));
    checks.push(check('CSS (most on one page)', `≤ ${kb(LIMITS.cssBytes)}`, `${kb(weight.static.maxCss.raw)}`, weight.static.maxCss.raw <= LIMITS.cssBytes));
  }
  const { search, searchFromQuery: typed, searchFromHeader: header, searchFloor: floor } = result;
  if (search?.available) {
    checks.push(check(`search (${search.articles} articles): first query fetches, median (worst not judged)`, `≤ ${kb(LIMITS.searchBytes)}`,
      `${kb(search.medianTransferred ?? 0)} (worst ${kb(search.maxTransferred ?? 0)})`, search.medianTransferred === undefined ? undefined : search.medianTransferred <= LIMITS.searchBytes));
  } else {
    checks.push(check('search: first query fetches, median', `≤ ${kb(LIMITS.searchBytes)}`, search?.reason ?? 'not measured', undefined));
  }
  if (typed) {
    checks.push(check(`search (${typed.articles} articles): typed on a loaded /search/, first result, median`, `≤ ${LIMITS.searchMs} ms`,
      typed.available ? `${fixed(typed.medianFirstResultMs, 0)} ms` : (typed.reason ?? 'not measured'), typed.medianFirstResultMs === undefined ? undefined : typed.medianFirstResultMs <= LIMITS.searchMs));
  }
  if (header && floor) {
    const ratio = header.medianFirstResultMs !== undefined && floor.medianFirstResultMs ? header.medianFirstResultMs / floor.medianFirstResultMs : undefined;
    checks.push(check(`search (${header.articles} articles): from the header of an article page, first result median ÷ the search floor's`, `≤ ${LIMITS.searchFromHeaderRatio}`,
      `${fixed(ratio)} (${fixed(header.medianFirstResultMs, 0)} ms ÷ ${fixed(floor.medianFirstResultMs, 0)} ms)`, ratio === undefined ? undefined : ratio <= LIMITS.searchFromHeaderRatio));
  }
  return checks;
}

/** Every phase name seen, in the order builds print them, with `other` last. */
function phaseNames(result: BenchResult): string[] {
  const names: string[] = [];
  for (const size of result.sizes) {
    for (const site of Object.values(size.builds)) {
      for (const build of Object.values(site ?? {})) {
        for (const name of Object.keys(build?.phasesWithOther ?? {})) if (!names.includes(name)) names.push(name);
      }
    }
  }
  return [...names.filter((name) => name !== 'other'), 'other'];
}

function* eachBuild(sizes: readonly SizeResult[]): Generator<{ articles: number; site: Site; mode: Mode; build: BuildResult }> {
  for (const size of sizes) {
    for (const site of ['ours', 'floor'] as const) {
      for (const mode of ['cold', 'warm'] as const) {
        const build = size.builds[site]?.[mode];
        if (build) yield { articles: size.articles, site, mode, build };
      }
    }
  }
}

/**
 * For each size whose builds ran more than once: that the table shows the fastest run, and every
 * run's time, so that the spread is in sight.
 */
function repeatedRuns(result: BenchResult): string[] {
  return result.sizes.flatMap((size) => {
    const builds = [...eachBuild([size])].filter(({ build }) => build.runs > 1);
    if (!builds.length) return [];
    const times = builds.map(({ site, mode, build }) => `${site} ${mode} ${build.allSeconds.map((seconds) => fixed(seconds, 1)).join(', ')} s`);
    return [`${size.articles} articles: each build ran ${Math.max(...builds.map(({ build }) => build.runs))} times, ours and the floor's in turn, and the fastest is shown (${times.join('; ')}).`];
  });
}

/** Share-image seconds; `~` marks an estimate from file times (then also counted in a phase). */
function imageSeconds(build: BuildResult): string {
  if (build.shareImageSource === 'none') return '';
  return `${build.shareImageSource === 'file times' ? '~' : ''}${fixed(build.shareImageSeconds, 1)}`;
}

/** How much of the machine other processes used during a build, in percent. */
function busyShare(build: BuildResult, cpus: number): number | undefined {
  return build.othersCpuSeconds === undefined ? undefined : (100 * build.othersCpuSeconds) / (cpus * build.seconds);
}

/** Plain-text table: one row per build, then the checks. */
export function textReport(result: BenchResult): string {
  const phases = phaseNames(result);
  const header = ['articles', 'site', 'mode', 'total s', ...phases.map((name) => `${name} s`), 'images s', 'CPU s', 'pages', 'ms/page',
    '×floor', 'CPU ms/page', '×floor CPU', 'peak MB', 'index MB', 'busy %'];
  const rows = [header];
  for (const { articles, site, mode, build } of eachBuild(result.sizes)) {
    const size = result.sizes.find((entry) => entry.articles === articles);
    rows.push([
      String(articles), site, build.ok ? mode : `${mode} (${build.timedOut ? 'STOPPED' : 'FAILED'})`, fixed(build.seconds, 1),
      ...phases.map((name) => fixed(build.phasesWithOther[name], 1)),
      imageSeconds(build),
      fixed(build.cpuSeconds, 1),
      String(build.output.pages),
      fixed(build.msPerPage, 2),
      site === 'ours' ? fixed(size?.ratio[mode]) : '',
      fixed(build.cpuMsPerPage, 2),
      site === 'ours' ? fixed(size?.cpuRatio[mode]) : '',
      fixed(build.peakTreeRssMb, 0),
      fixed(build.output.searchIndexBytes / 1e6, 1),
      fixed(busyShare(build, result.machine.cpus), 0),
    ]);
  }
  const widths = header.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  '));
  if (result.growth) {
    const { from, to, ours, floor } = result.growth;
    lines.push('', `Growth ${from} → ${to} articles: ours cold ${fixed(ours.cold)}x, warm ${fixed(ours.warm)}x; floor cold ${fixed(floor.cold)}x, warm ${fixed(floor.warm)}x`);
  }
  if (result.pageWeight) {
    lines.push('', `Page weight (${result.pageWeight.articles} articles, first visit, gzip as served):`);
    for (const load of result.pageWeight.loads) {
      const js = load.byType['script'];
      const css = load.byType['stylesheet'];
      lines.push(`  ${load.path}: ${kb(load.total.transferred)} transferred in ${load.total.requests} requests ` +
        `(HTML+CSS+JS decoded ${kb(load.total.decoded)}; script ${kb(js?.decoded ?? 0)} + ${load.inlineScriptBytes} B inline; CSS ${kb(css?.decoded ?? 0)})`);
    }
    const { maxScript, maxCss, largestHtml } = result.pageWeight.static;
    lines.push(`  Most script on a reading page: ${kb(maxScript.raw)} (${maxScript.page || 'none'}); most CSS: ${kb(maxCss.raw)} (${maxCss.page})`);
    lines.push(`  Largest HTML: ${largestHtml.map((page) => `${page.page} ${kb(page.raw)} (${kb(page.gzip)} gzip)`).join(', ')}`);
  }
  for (const search of [result.search, result.searchFromQuery, result.searchFromHeader, result.searchFloor]) if (search) lines.push('', searchSummary(search, result.machine.cpus));
  lines.push('', 'images s: share-image rendering; "~" = estimated from the images\' file times, inside the pages phase (left out of the cold ratio).');
  lines.push(...repeatedRuns(result));
  lines.push('busy %: share of the machine used by other processes during the build; above ~10% wall times are inflated, CPU times less so.');
  lines.push('', 'Acceptance:');
  for (const item of result.checks) {
    const mark = item.pass === undefined ? ' n/a' : item.pass ? '  ok' : 'FAIL';
    lines.push(`  [${mark}] ${item.name}: ${item.value} (limit ${item.limit})`);
  }
  return lines.join('\n');
}

const SEARCH_START = {
  navigation: 'from navigation to /search/?q=<word>',
  query: 'from the query (typed on a loaded /search/)',
  header: 'from the header search box of an article page',
  floor: 'from the header search box to the bench\'s search floor page',
} as const;

/** One line on a search measure: first result and bytes fetched, median and worst. */
function searchSummary(search: NonNullable<BenchResult['search']>, cpus: number): string {
  if (!search.available) return `Search ${SEARCH_START[search.from]}: ${search.reason}`;
  return `Search (${search.articles} articles), ${SEARCH_START[search.from]}: first result median ${fixed(search.medianFirstResultMs, 0)} ms; ` +
    `fetches median ${kb(search.medianTransferred ?? 0)}, max ${kb(search.maxTransferred ?? 0)}${search.reason ? ` (${search.reason})` : ''}; ` +
    `load average ${fixed(search.loadAverage, 1)} on ${cpus} cores`;
}

/** bench/README.md's Latest results section. */
export function markdownReport(result: BenchResult): string {
  const phases = phaseNames(result);
  const lines = [
    '## Latest results',
    '',
    `Measured by \`npm run bench\` on ${result.date.slice(0, 10)} (${result.machine.cpus} cores, ${result.machine.memoryGb} GB, Node ${result.machine.node}, Astro ${result.machine.astro}, Pagefind ${result.machine.pagefind}),`,
    'over generated fictional corpora. "Floor" is a bare Astro + Pagefind site over the same content',
    '(`bench/floor/`); cold builds start with no caches, warm ones keep the previous build\'s caches.',
    `Built: ${result.code}.${result.status === 'complete' ? '' : ` **Partial results: the bench was ${result.status === 'running' ? 'still running' : 'interrupted'}.**`}`,
    '',
    `| articles | site | build | total s | ${phases.join(' s | ')} s | share images s | CPU s | pages | ms/page | × floor | CPU × floor | peak MB | search index MB | machine busy % |`,
    `| ---: | --- | --- | ---: | ${phases.map(() => '---:').join(' | ')} | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ];
  for (const { articles, site, mode, build } of eachBuild(result.sizes)) {
    const size = result.sizes.find((entry) => entry.articles === articles);
    const ratio = site === 'ours' ? fixed(size?.ratio[mode]) : '';
    const cpuRatio = site === 'ours' ? fixed(size?.cpuRatio[mode]) : '';
    lines.push(`| ${articles} | ${site} | ${build.ok ? mode : `${mode}: ${outcome(build)}`} | ${fixed(build.seconds, 1)} | ${phases.map((name) => fixed(build.phasesWithOther[name], 1)).join(' | ')} | ${imageSeconds(build)} | ${fixed(build.cpuSeconds, 1)} | ${build.output.pages} | ${fixed(build.msPerPage, 2)} | ${ratio} | ${cpuRatio} | ${fixed(build.peakTreeRssMb, 0)} | ${fixed(build.output.searchIndexBytes / 1e6, 1)} | ${fixed(busyShare(build, result.machine.cpus), 0)} |`);
  }
  lines.push('', '"~" share-image seconds are estimated from the images\' file times (they are rendered inside the pages phase).');
  lines.push(...repeatedRuns(result));
  lines.push(`"machine busy %" is the share of the ${result.machine.cpus} cores that other processes used during the build: wall times above ~10% are inflated; CPU times are steadier.`);
  lines.push('', '| check | limit | measured | |', '| --- | --- | --- | --- |');
  for (const item of result.checks) lines.push(`| ${item.name} | ${item.limit} | ${item.value} | ${item.pass === undefined ? 'n/a' : item.pass ? 'ok' : '**fails**'} |`);
  const searches = [result.search, result.searchFromQuery, result.searchFromHeader, result.searchFloor].flatMap((search) => (search ? [searchSummary(search, result.machine.cpus)] : []));
  if (searches.length) lines.push('', ...searches.map((line) => `- ${line}.`));
  lines.push('', `Reproduce with \`${result.command}\` (\`--timeout <minutes>\` bounds each build; \`--sizes 1000\` is quicker).`, '');
  return lines.join('\n');
}

const COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#edc948', '#9c755f'];
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Stacked bars of seconds per phase: one panel per corpus size, four bars (ours/floor × cold/warm). */
export function svgChart(result: BenchResult): string {
  const phases = phaseNames(result);
  const color = (name: string) => (name === 'other' ? '#bab0ac' : COLORS[phases.indexOf(name) % COLORS.length]);
  const panelWidth = 360;
  const plotHeight = 260;
  const top = 60;
  const left = 50;
  const width = Math.max(760, left + result.sizes.length * (panelWidth + 30) + 20);
  const legendPerRow = Math.floor((width - left) / 130);
  const height = top + plotHeight + 110 + Math.ceil(phases.length / legendPerRow) * 20;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="#fff" fill-opacity="0.55"/></pattern></defs>`,
    `<text x="${left}" y="22" font-size="15" font-weight="bold">Summit Tracker build time by phase (seconds), ours vs floor</text>`,
    `<text x="${left}" y="40" fill="#555">${escapeXml(`${result.date.slice(0, 10)} · ${result.machine.cpus} cores · label: ms per HTML page`)}</text>`,
  ];
  result.sizes.forEach((size, panel) => {
    const x0 = left + panel * (panelWidth + 30);
    const builds = (['ours', 'floor'] as const).flatMap((site) =>
      (['cold', 'warm'] as const).flatMap((mode) => {
        const build = size.builds[site]?.[mode];
        return build ? [{ label: `${site} ${mode}`, build }] : [];
      }),
    );
    const max = Math.max(1, ...builds.map(({ build }) => build.seconds));
    const scale = plotHeight / (max * 1.1);
    // Axis with about five round ticks.
    const step = [1, 2, 5, 10, 20, 30, 60, 120, 300].find((candidate) => max / candidate <= 5) ?? 600;
    for (let tick = 0; tick <= max * 1.1; tick += step) {
      const y = top + plotHeight - tick * scale;
      parts.push(`<line x1="${x0}" x2="${x0 + panelWidth}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`,
        `<text x="${x0 - 6}" y="${y + 4}" text-anchor="end" fill="#555">${tick}</text>`);
    }
    const barWidth = panelWidth / Math.max(4, builds.length) - 16;
    builds.forEach(({ label, build }, index) => {
      const x = x0 + 8 + index * (barWidth + 16);
      let y = top + plotHeight;
      for (const name of phases) {
        const seconds = build.phasesWithOther[name] ?? 0;
        if (seconds <= 0) continue;
        const h = seconds * scale;
        y -= h;
        parts.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" fill="${color(name)}"><title>${escapeXml(`${label} ${name}: ${seconds.toFixed(1)} s`)}</title></rect>`);
        // Share images estimated from file times happen inside the pages phase: hatch that part.
        if (name === 'pages' && build.shareImageSource === 'file times' && build.shareImageSeconds > 0) {
          const imageHeight = Math.min(h, build.shareImageSeconds * scale);
          parts.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${barWidth}" height="${imageHeight.toFixed(1)}" fill="url(#hatch)"><title>${escapeXml(`${label} share images (estimated): ${build.shareImageSeconds.toFixed(1)} s`)}</title></rect>`);
        }
      }
      parts.push(`<text x="${x + barWidth / 2}" y="${(y - 5).toFixed(1)}" text-anchor="middle">${build.msPerPage.toFixed(1)}</text>`,
        `<text x="${x + barWidth / 2}" y="${top + plotHeight + 16}" text-anchor="middle">${label}</text>`);
    });
    const ratios = (['cold', 'warm'] as const).map((mode) => `${mode} ${fixed(size.ratio[mode])}x`).join(', ');
    parts.push(`<text x="${x0 + panelWidth / 2}" y="${top + plotHeight + 36}" text-anchor="middle" font-weight="bold">${size.articles} articles (${builds[0]?.build.output.pages ?? 0} pages)</text>`,
      `<text x="${x0 + panelWidth / 2}" y="${top + plotHeight + 52}" text-anchor="middle" fill="#555">ours ÷ floor per page: ${ratios}</text>`);
  });
  phases.forEach((name, index) => {
    const x = left + (index % legendPerRow) * 130;
    const y = top + plotHeight + 80 + Math.floor(index / legendPerRow) * 20;
    parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${color(name)}"/>`, `<text x="${x + 16}" y="${y}">${escapeXml(name)}</text>`);
    if (name === 'pages') {
      parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="url(#hatch)"/>`);
    }
  });
  parts.push(`<text x="${left}" y="${height - 6}" fill="#555">Hatched: share images, estimated from file times, within the pages phase.</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
