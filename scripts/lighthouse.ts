/**
 * `npm run lighthouse`: serves dist/ and runs Lighthouse 12 (mobile, its default) in Debian's
 * Chromium on one page of every kind, printing the four category scores per page. Run after a
 * build; `-- /path/` checks only the pages given. Exits non-zero when a page misses the targets
 * (performance ≥ 95; accessibility, best practices and SEO 100).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PAGE_KINDS } from '../tests/e2e/page-kinds.ts';
import { CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

/** The metrics behind the performance score, printed to tell what a low score comes from. */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;

const paths = process.argv.slice(2);
const pages = paths.length > 0 ? paths.map((path) => [path, path] as const) : Object.entries(PAGE_KINDS);
const server = await serveStatic(resolve('dist'));
const work = await mkdtemp(join(tmpdir(), 'lighthouse-'));
let missed = 0;
try {
  for (const [kind, path] of pages) {
    const report = join(work, 'report.json');
    await promisify(execFile)(
      join('node_modules', '.bin', 'lighthouse'),
      [
        server.url(path),
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        `--only-categories=${Object.keys(TARGETS).join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
    );
    const { categories, audits } = JSON.parse(await readFile(report, 'utf8')) as {
      categories: Record<Category, { score: number | null }>;
      audits: Record<string, { displayValue?: string }>;
    };
    const metrics = METRICS.map(([audit, name]) => `${name} ${audits[audit]?.displayValue ?? '?'}`).join(', ');
    const scores = Object.fromEntries(
      (Object.keys(TARGETS) as Category[]).map((category) => [category, Math.round((categories[category].score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const misses = (Object.keys(TARGETS) as Category[]).filter((category) => scores[category] < TARGETS[category]);
    missed += misses.length > 0 ? 1 : 0;
    console.log(
      `${kind.padEnd(15)} ${path.padEnd(45)} ${(Object.keys(TARGETS) as Category[]).map((category) => `${category} ${scores[category]}`).join('  ')}  (${metrics})${misses.length ? `  MISSED: ${misses.join(', ')}` : ''}`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
  await server.close();
}
process.exitCode = missed > 0 ? 1 : 0;
