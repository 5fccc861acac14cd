/**
 * What a reader's browser sees, in Debian's Chromium driven by playwright-core: what a first
 * visit to a page transfers, and how fast the search page shows its first result.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/** One search result as the search page renders it (Pagefind's Component UI, or our own markup). */
export const SEARCH_RESULT_SELECTOR = 'a.pf-result-link[href], [data-search-results] a[href], [data-search-result] a[href]';


export interface Transfer {
  /** Bytes over the wire (gzip where the server compresses), bodies only. */
  transferred: number;
  /** Bytes once decoded. */
  decoded: number;
  requests: number;
}

export interface PageLoad {
  path: string;
  total: Transfer;
  byType: Record<string, Transfer>;
  /** `<script>` without src (JSON data blocks left out), bytes of text. */
  inlineScriptBytes: number;
  /** A hydrated component (`<astro-island>`) or a known framework's bundle was loaded. */
  frameworkRuntime: boolean;
}

export interface SearchTrial {
  query: string;
  /** From the measure's start (navigation or query) to the first result in the page (ms), or undefined when none came. */
  firstResultMs?: number;
  /** Everything fetched from the start until the results settled. */
  total: Transfer;
  /** Of which Pagefind's files (/pagefind/...). */
  pagefind: Transfer;
  /** Every request, in ms from the start: where the wait goes. */
  timeline: { path: string; transferred: number; startMs: number; endMs: number }[];
}

export interface SearchMeasure {
  available: boolean;
  from: SearchStart;
  /** 1-minute load average when measured: above the core count, times are inflated. */
  loadAverage?: number;
  reason?: string;
  trials: SearchTrial[];
  medianFirstResultMs?: number;
  maxTransferred?: number;
  medianTransferred?: number;
}

const FRAMEWORKS = /\b(react|react-dom|preact|vue|svelte|solid-js|lit-html)\b/i;

/** Why the browser measures cannot run here (no Chromium at CHROMIUM_PATH), or undefined when they can. */
export function missingBrowser(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  return `no Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install -y chromium), set CHROMIUM_PATH, or pass --skip-browser`;
}

/** The 1-minute load average (how many processes wanted a core). */
export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/** Records every finished request of `page` with its transfer and decoded sizes. */
function recordRequests(page: Page) {
  const pending: Promise<{ url: string; type: string; transferred: number; decoded: number; start: number; end: number } | undefined>[] = [];
  page.on('requestfinished', (request: Request) => {
    pending.push(
      (async () => {
        // A request that finishes as the context closes (a prefetch cut short by the navigation) has no sizes left to read.
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]).catch(() => [undefined, undefined] as const);
        if (!sizes) return undefined;
        const body = await response?.body().catch(() => undefined);
        const timing = request.timing();
        return {
          url: request.url(),
          type: request.resourceType(),
          transferred: sizes.responseBodySize,
          decoded: body?.length ?? 0,
          // Wall-clock ms (epoch): startTime, and the end relative to it.
          start: timing.startTime,
          end: timing.startTime + Math.max(0, timing.responseEnd),
        };
      })(),
    );
  });
  return async () => (await Promise.all(pending)).flatMap((request) => (request ? [request] : []));
}

const add = (into: Transfer, item: { transferred: number; decoded: number }) => {
  into.transferred += item.transferred;
  into.decoded += item.decoded;
  into.requests += 1;
};
const empty = (): Transfer => ({ transferred: 0, decoded: 0, requests: 0 });

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** First visit (empty cache) to each path of the site in `dist`. */
export async function measurePageLoads(dist: string, paths: string[]): Promise<PageLoad[]> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const loads: PageLoad[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const finished = recordRequests(page);
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
      const inline = await page.evaluate(() => ({
        script: [...document.querySelectorAll('script:not([src])')]
          .filter((script) => !/json/i.test(script.getAttribute('type') ?? ''))
          .reduce((sum, script) => sum + (script.textContent?.length ?? 0), 0),
        islands: document.querySelectorAll('astro-island').length,
      }));
      const requests = await finished();
      const load: PageLoad = {
        path,
        total: empty(),
        byType: {},
        inlineScriptBytes: inline.script,
        frameworkRuntime: inline.islands > 0 || requests.some((r) => r.type === 'script' && FRAMEWORKS.test(r.url)),
      };
      for (const request of requests) {
        add(load.total, request);
        add((load.byType[request.type] ??= empty()), request);
      }
      loads.push(load);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return loads;
}

/**
 * Where a search is timed from: `navigation`, a reader who follows a link to `/search/?q=<word>`
 * (the page, Pagefind and the query all load); `query`, a reader already on `/search/` (loaded,
 * and done with what it fetches by itself) who types the word and presses Enter; `header`, a
 * reader on an article page who types the word in the header's search box and presses Enter,
 * timed from Enter (the navigation to `/search/?q=<word>` included); `floor`, the same reader
 * sent to the search floor page instead (writeSearchFloor).
 */
export type SearchStart = 'navigation' | 'query' | 'header' | 'floor';

/** The bench's search floor: a page that answers from a precomputed file, never part of the site. */
export const SEARCH_FLOOR_PATH = '/bench-search-floor/';

/**
 * Writes the search floor into the bench's copy of a built site: a page that reads `?q=`,
 * fetches one precomputed file of answers (ten results per word) and lists the word's results
 * as the search page does. What a search from the header costs at the least.
 */
export function writeSearchFloor(dist: string, words: string[]): void {
  const articles = readdirSync(join(dist, 'articles')).filter((name) => existsSync(join(dist, 'articles', name, 'index.html')) && name !== 'page');
  const answers = Object.fromEntries(
    words.map((word) => [word, articles.slice(0, 10).map((slug) => ({ url: `/articles/${slug}/`, title: `${slug} (${word})`, excerpt: `An answer for ${word}.` }))]),
  );
  const folder = join(dist, SEARCH_FLOOR_PATH);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'answers.json'), JSON.stringify(answers));
  writeFileSync(
    join(folder, 'index.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search floor</title></head><body><main><h1>Search</h1><ol data-search-results></ol></main>' +
      `<script type="module">const q = new URLSearchParams(location.search).get('q') ?? '';
const answers = await (await fetch('${SEARCH_FLOOR_PATH}answers.json')).json();
document.querySelector('[data-search-results]').append(...(answers[q] ?? []).map(({ url, title, excerpt }) => {
  const item = document.createElement('li'), heading = document.createElement('h3'), link = document.createElement('a'), text = document.createElement('p');
  Object.assign(link, { href: url, textContent: title });
  text.textContent = excerpt;
  heading.append(link);
  item.append(heading, text);
  return item;
}));</script></body></html>`,
  );
}

/** An article page of the built site, where a search from the header starts. */
function articlePath(dist: string): string {
  const slug = readdirSync(join(dist, 'articles')).find((name) => name !== 'page' && existsSync(join(dist, 'articles', name, 'index.html')));
  return `/articles/${slug ?? ''}/`;
}

/**
 * Runs each word `repeat` times, each in a fresh browser context (nothing cached), and times
 * the first result from `from`, as a reader would wait for it. Bytes and requests are those from
 * `from` until the results settle.
 */
export async function measureSearch(dist: string, words: string[], repeat = 3, from: SearchStart = 'navigation'): Promise<SearchMeasure> {
  if (!existsSync(join(dist, 'search', 'index.html'))) {
    return { available: false, from, reason: 'not available: the site has no /search/ page', trials: [] };
  }
  if (from !== 'floor' && !existsSync(join(dist, 'pagefind'))) {
    return { available: false, from, reason: 'not available: the site has no pagefind/ index', trials: [] };
  }
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  const trials: SearchTrial[] = [];
  try {
    // One untimed visit first, so the server's gzip cache is warm and Chromium is started.
    for (const [index, query] of [words[0] ?? 'a', ...words.flatMap((word) => Array<string>(repeat).fill(word))].entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript((selector: string) => {
        // Note the first moment a result is in the document (ms since the epoch: a search from
        // the header starts on another page).
        const state = window as unknown as { __firstResultAt?: number };
        new MutationObserver((_, observer) => {
          if (state.__firstResultAt === undefined && document.querySelector(selector)) {
            state.__firstResultAt = performance.timeOrigin + performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, SEARCH_RESULT_SELECTOR);
      let finished: ReturnType<typeof recordRequests>;
      /** When the timed wait starts, in ms since the epoch. */
      let startedAt = 0;
      if (from === 'navigation') {
        finished = recordRequests(page);
        await page.goto(server.url(`/search/?q=${encodeURIComponent(query)}`), { waitUntil: 'domcontentloaded' });
        startedAt = await page.evaluate(() => performance.timeOrigin);
      } else if (from === 'header' || from === 'floor') {
        await page.goto(server.url(articlePath(dist)), { waitUntil: 'load' });
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
        finished = recordRequests(page);
        // Typed as a reader types (whatever the page does on focus or input happens meanwhile); timed from Enter.
        await page.locator('#header-search-q').click();
        await page.keyboard.type(query, { delay: 80 });
        startedAt = await page.evaluate(
          ([word, floor]) => {
            const input = document.querySelector<HTMLInputElement>('#header-search-q');
            if (!input?.form || input.value !== word) throw new Error('article page: no search box in the header, or it lost the word typed');
            if (floor) input.form.action = floor;
            const at = performance.timeOrigin + performance.now();
            input.form.requestSubmit();
            return at;
          },
          [query, from === 'floor' ? SEARCH_FLOOR_PATH : ''] as const,
        );
      } else {
        await page.goto(server.url('/search/'), { waitUntil: 'load' });
        await page.locator('[data-search-input]').waitFor({ state: 'visible' });
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
        finished = recordRequests(page);
        startedAt = await page.evaluate((word: string) => {
          const input = document.querySelector<HTMLInputElement>('[data-search-input]');
          if (!input?.form) throw new Error('search page: no search box in a form');
          input.value = word;
          const at = performance.timeOrigin + performance.now();
          input.form.requestSubmit();
          return at;
        }, query);
      }
      const found = await page
        .waitForSelector(SEARCH_RESULT_SELECTOR, { timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
      const at = found ? await page.evaluate(() => (window as unknown as { __firstResultAt?: number }).__firstResultAt) : undefined;
      const requests = await finished();
      await context.close();
      if (index === 0) continue;
      const trial: SearchTrial = { query, total: empty(), pagefind: empty(), timeline: [] };
      if (at !== undefined) trial.firstResultMs = at - startedAt;
      for (const request of requests) {
        const path = new URL(request.url).pathname;
        add(trial.total, request);
        if (path.startsWith('/pagefind/')) add(trial.pagefind, request);
        trial.timeline.push({ path, transferred: request.transferred, startMs: Math.round(request.start - startedAt), endMs: Math.round(request.end - startedAt) });
      }
      trials.push(trial);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const times = trials.flatMap((trial) => (trial.firstResultMs === undefined ? [] : [trial.firstResultMs]));
  const transferred = trials.map((trial) => trial.total.transferred);
  const result: SearchMeasure = { available: true, from, trials, loadAverage: loadAverage() };
  if (times.length < trials.length) result.reason = `${trials.length - times.length} of ${trials.length} queries showed no result`;
  const medianMs = median(times);
  if (medianMs !== undefined) result.medianFirstResultMs = medianMs;
  const medianBytes = median(transferred);
  if (medianBytes !== undefined) result.medianTransferred = medianBytes;
  if (transferred.length) result.maxTransferred = Math.max(...transferred);
  return result;
}
