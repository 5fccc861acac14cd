/**
 * Search (issue 4): the Pagefind index of the built site, the `/search/` page and its URL, the
 * speaker search forms, other spellings and both languages of a quote, and what the search
 * costs: no request leaves the site, and the first query's download stays within 100 KB.
 */
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { gunzipSync } from 'node:zlib';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchIndexInput, writeSearchIndex } from '../../scripts/build/search-index.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { recordItems, totalCounts, type RecordData, type SearchItem } from '../../src/lib/search-items.ts';
import { searchRecords, type SearchRecord } from '../../src/lib/search-records.ts';
import type { SearchIndexListing } from '../../src/lib/search-state.ts';
import { articleUrl, searchIndexPartsUrl, searchIndexPartUrl } from '../../src/lib/urls.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent, withoutDrafts } from '../../src/lib/validation/validate.ts';
import { url, useBrowser } from './browser.ts';

const chromium = useBrowser();
const { content } = validateContent(await readContent(process.cwd()));
const quotes = content.articles.flatMap((article) => article.data.quotes);
const commitments = content.articles.flatMap((article) => article.data.commitments);
const quoteUrlsOf = (speaker: string) => quotes.filter((quote) => quote.speaker === speaker).map((quote) => `/quotes/${quote.id}/`).sort();

/** The first query may download this much from a cold cache, on the wire (headers included). */
const FIRST_QUERY_BUDGET_BYTES = 100_000;

const STATUS = '[data-search-status]';
const RESULT_LINKS = '[data-search-results] h3 a';

async function statusText(page: Page) {
  return (await page.locator(STATUS).textContent())?.trim() ?? '';
}

/** Waits until the page has searched for what its URL says and shows the outcome. */
async function settled(page: Page, status: RegExp | string) {
  await expect.poll(() => statusText(page), { timeout: 10_000 }).toMatch(status);
}

async function resultHrefs(page: Page): Promise<string[]> {
  return page.locator(RESULT_LINKS).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

const searchParams = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** A fresh context under the site's CSP that records every request and any policy violation. */
async function recordingContext(options: { width?: number } = {}) {
  const context = await chromium.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { context, requests };
}

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** The parts of the search index a built site lists for its search page. */
const listedParts = async (root: string) => (JSON.parse(await readFile(join(root, searchIndexPartsUrl()), 'utf8')) as SearchIndexListing).parts;

/** Every record of the written index: its URL and the items (result anchors) it holds. */
async function indexedRecords() {
  const records: { url: string; items: SearchItem[] }[] = [];
  for (const file of await glob('pagefind/fragment/*.pf_fragment', { cwd: 'dist' })) {
    // Pagefind's files: gzip around a `pagefind_dcd` signature and JSON (one fragment, or a group of them).
    const json = gunzipSync(await readFile(join('dist', file))).subarray('pagefind_dcd'.length).toString('utf8');
    const parsed = JSON.parse(json) as RecordData & { url: string };
    records.push({ url: parsed.url, items: recordItems(parsed).map(({ item }) => item) });
  }
  return records;
}

test('the index holds a record per article (its quotes and commitments inside), person, country and summit, and no page marks anything for it', async () => {
  const entry = JSON.parse(await readFile('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const files = await glob('**/*.html', { cwd: 'dist' });
  for (const file of files) expect(await readFile(join('dist', file), 'utf8'), file).not.toMatch(/data-pagefind-|data-search-meta/);

  const records = await indexedRecords();
  expect(records).toHaveLength(indexed);
  const published = withoutDrafts(content);
  expect(records.map(({ url }) => url).sort()).toEqual(
    [
      ...published.articles.map(({ id }) => `/articles/${id}/`),
      ...published.actors.map(({ id }) => `/actors/${id}/`),
      ...published.countries.map(({ id }) => `/countries/${id}/`),
      ...published.summits.map(({ id }) => `/summits/${id}/`),
    ].sort(),
  );
  for (const article of published.articles) {
    const inside = records.find(({ url }) => url === `/articles/${article.id}/`)?.items.map(({ url }) => url) ?? [];
    // The article itself first, then its quotes and commitments.
    expect(inside[0]).toBe(`/articles/${article.id}/`);
    expect(inside.slice(1).sort()).toEqual(
      [...article.data.quotes.map((quote) => `/quotes/${quote.id}/`), ...article.data.commitments.map((commitment) => `/commitments/${commitment.id}/`)].sort(),
    );
  }
  // Item values are the ones search filters on, and every item links a page that exists.
  const items = records.flatMap(({ items: inside }) => inside);
  for (const { url } of items) await expect(stat(join('dist', url, 'index.html'))).resolves.toBeTruthy();
  expect(items.find(({ url }) => url === '/quotes/starmer-hardest-yards/')).toMatchObject({
    type: 'quote',
    filters: { speaker: ['keir-starmer'], country: ['gb'], lang: ['en'] },
    who: 'Keir Starmer',
  });
  // The counts a blank search shows are those of the indexed items.
  expect(JSON.parse(await readFile('dist/search/counts.json', 'utf8'))).toEqual(totalCounts(items));
});

test('“hardest yards” shows Starmer’s quote with speaker, date and a highlighted excerpt', async () => {
  const { page, errors, close } = await chromium.open('/search/?q=hardest%20yards');
  await settled(page, /^\d+ results? for “hardest yards”$/);
  const result = page.locator('.search-result').filter({ has: page.locator('a[href="/quotes/starmer-hardest-yards/"]') });
  await expect(result.count()).resolves.toBe(1);
  await expect(result.locator('h3').textContent()).resolves.toBe('“the hardest yards are still ahead.”');
  await expect(result.locator('.search-result-meta').textContent()).resolves.toBe('Quote · Keir Starmer · 6 January 2026');
  await expect(result.locator('time').getAttribute('datetime')).resolves.toBe('2026-01-06');
  await expect(result.locator('.search-result-excerpt mark').allTextContents()).resolves.toEqual(['hardest', 'yards']);
  // Found once: listings and the speaker's page do not repeat the quote.
  const hrefs = await resultHrefs(page);
  expect(hrefs.filter((href) => href === '/quotes/starmer-hardest-yards/')).toHaveLength(1);
  expect(hrefs.some((href) => /^\/(quotes|actors|commitments|countries)\/$/.test(href) || href === '/actors/keir-starmer/')).toBe(false);
  expect(errors).toEqual([]);
  await close();
});

test('?speaker=emmanuel-macron lists exactly Macron’s quotes, with no words needed', async () => {
  const { page, close } = await chromium.open('/search/?speaker=emmanuel-macron');
  const expected = quoteUrlsOf('emmanuel-macron');
  await settled(page, `${expected.length} results by Emmanuel Macron`);
  expect((await resultHrefs(page)).sort()).toEqual(expected);
  // The filter shows as chosen, with its count.
  const speaker = page.getByLabel('Speaker');
  await expect(speaker.inputValue()).resolves.toBe('emmanuel-macron');
  await expect(speaker.locator('option:checked').textContent()).resolves.toBe(`Emmanuel Macron (${expected.length})`);
  await close();
});

test('other spellings: “Zelenskyy” finds every quote of Volodymyr Zelensky, “Kier” Starmer’s', async () => {
  const { page, close } = await chromium.open('/search/?q=Zelenskyy');
  await settled(page, /results? for “Zelenskyy”/);
  const hrefs = await resultHrefs(page);
  expect(hrefs).toEqual(expect.arrayContaining(quoteUrlsOf('volodymyr-zelensky')));
  expect(hrefs).toContain('/actors/volodymyr-zelensky/');

  await page.goto(url('/search/?q=Kier&type=quote'));
  await settled(page, /quotes? for “Kier”/);
  expect((await resultHrefs(page)).sort()).toEqual(quoteUrlsOf('keir-starmer'));
  await close();
});

test('a quote is found by its original French words and by its English translation', async () => {
  const macronPost = '/quotes/macron-unprecedented-unity/';
  const { page, close } = await chromium.open('/search/?q=r%C3%A9union%20unit%C3%A9%20sans%20pr%C3%A9c%C3%A9dent&type=quote');
  await settled(page, /^1 quote for “réunion unité sans précédent”$/);
  expect(await resultHrefs(page)).toEqual([macronPost]);
  await expect(page.locator('.search-result-excerpt mark').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['réunion', 'unité', 'précédent']),
  );

  await page.goto(url('/search/?q=unprecedented%20unity&type=quote'));
  await settled(page, /^1 quote for “unprecedented unity”$/);
  expect(await resultHrefs(page)).toEqual([macronPost]);
  await close();
});

test('filters alone list everything that matches, and each count matches what choosing it lists', async () => {
  const conditional = commitments.filter((commitment) => commitment.status === 'conditional').map((commitment) => `/commitments/${commitment.id}/`);
  const { page, close } = await chromium.open('/search/?type=commitment&status=conditional');
  await settled(page, `${conditional.length} commitments with status Conditional`);
  expect((await resultHrefs(page)).sort()).toEqual(conditional.sort());
  await expect(page.getByLabel('Status').locator('option:checked').textContent()).resolves.toBe(`Conditional (${conditional.length})`);

  // Counts on a word search: the type chips add up, and picking one lists that many.
  await page.goto(url('/search/?q=troops'));
  await settled(page, /^\d+ results for “troops”$/);
  const total = Number(/^(\d+)/.exec(await statusText(page))?.[1]);
  const chip = (name: string) => page.locator('.search-type').filter({ hasText: name });
  const count = async (name: string) => Number(/\((\d+)\)/.exec((await chip(name).textContent()) ?? '')?.[1]);
  await expect(count('All')).resolves.toBe(total);
  const quoteCount = await count('Quotes');
  expect(quoteCount).toBeGreaterThan(0);
  await page.getByRole('radio', { name: /^Quotes/ }).check();
  await settled(page, `${quoteCount} ${quoteCount === 1 ? 'quote' : 'quotes'} for “troops”`);
  await expect(page.locator(RESULT_LINKS).count()).resolves.toBe(quoteCount);
  await close();
});

test('the URL holds the search: typing updates it, filters add history entries, back restores the previous search', async () => {
  const { page, errors, close } = await chromium.open('/search/?q=troops');
  await settled(page, /for “troops”$/);
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));

  const box = page.getByRole('searchbox', { name: 'Words to search for' });
  await box.fill('ceasefire');
  await expect.poll(() => searchParams(page)).toEqual({ q: 'ceasefire' });
  await settled(page, /for “ceasefire”$/);

  await page.getByRole('radio', { name: /^Commitments/ }).check();
  await expect.poll(() => searchParams(page)).toEqual({ q: 'ceasefire', type: 'commitment' });
  await settled(page, /commitments? for “ceasefire”$/);

  await page.goBack();
  await expect.poll(() => searchParams(page)).toEqual({ q: 'ceasefire' });
  await settled(page, /^\d+ results for “ceasefire”$/);
  await expect(page.getByRole('radio', { name: /^All/ }).isChecked()).resolves.toBe(true);

  await page.goBack();
  await expect.poll(() => searchParams(page)).toEqual({ q: 'troops' });
  await settled(page, /for “troops”$/);
  await expect(box.inputValue()).resolves.toBe('troops');

  await page.goForward();
  await settled(page, /^\d+ results for “ceasefire”$/);
  // All of it happened in one page: no reload.
  await expect(page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).resolves.toBe(true);

  // Opening a shared URL runs that search with every filter shown.
  await page.goto(url('/search/?q=troops&type=commitment&country=fr&sort=newest'));
  await settled(page, /commitments? for “troops” involving France$/);
  await expect(page.getByLabel('Country or organisation').inputValue()).resolves.toBe('fr');
  await expect(page.getByLabel('Order').inputValue()).resolves.toBe('newest');
  await expect(page.getByRole('radio', { name: /^Commitments/ }).isChecked()).resolves.toBe(true);
  expect(errors).toEqual([]);
  await close();
});

test('keyboard: type and press Enter to search; “more” moves focus to the first new result', async () => {
  const { page, close } = await chromium.open('/search/');
  await expect.poll(() => page.locator('[data-search-app]').isVisible()).toBe(true);
  await page.getByRole('searchbox', { name: 'Words to search for' }).focus();
  await page.keyboard.type('ceasefire');
  await page.keyboard.press('Enter');
  await settled(page, /^\d+ results for “ceasefire”$/);
  await expect(page.getByRole('status').textContent()).resolves.toMatch(/results for “ceasefire”/);

  // A filter with more than one page of results.
  await page.getByText('Filters and order').click();
  await page.getByLabel('Country or organisation').selectOption('us');
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill('');
  await page.getByRole('searchbox', { name: 'Words to search for' }).press('Enter');
  await settled(page, /^\d+ results involving United States$/);
  const total = Number(/^(\d+)/.exec(await statusText(page))?.[1]);
  expect(total).toBeGreaterThan(10);
  await expect(page.locator(RESULT_LINKS).count()).resolves.toBe(10);
  const more = page.getByRole('button', { name: /^Show \d+ more/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator(RESULT_LINKS).count()).toBe(Math.min(total, 20));
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(focused).toBe((await resultHrefs(page))[10]);
  await close();
});

test('nothing found: the page says so and offers a way on', async () => {
  const { page, close } = await chromium.open('/search/?q=zzxqv&type=quote');
  await settled(page, 'No quotes for “zzxqv”');
  const help = page.locator('[data-search-empty]');
  await expect(help.isVisible()).resolves.toBe(true);
  await expect(help.getByRole('link', { name: 'quotes by speaker' }).getAttribute('href')).resolves.toBe('/quotes/');
  await help.getByRole('link', { name: 'search the same words without filters' }).click();
  await expect.poll(() => searchParams(page)).toEqual({ q: 'zzxqv' });
  await settled(page, 'No results for “zzxqv”');
  await close();
});

test('the speaker forms on an actor page and on /quotes/ search within that speaker’s quotes', async () => {
  const { page, close } = await chromium.open('/actors/keir-starmer/');
  await page.getByLabel('Search Keir Starmer’s quotes').fill('yards');
  await page.getByLabel('Search Keir Starmer’s quotes').press('Enter');
  await page.waitForURL(/\/search\//);
  expect(searchParams(page)).toMatchObject({ speaker: 'keir-starmer', q: 'yards' });
  await settled(page, /^1 quote for “yards” by Keir Starmer$/);
  expect(await resultHrefs(page)).toEqual(['/quotes/starmer-hardest-yards/']);

  // Submitted with no words: every quote of the speaker.
  await page.goto(url('/quotes/'));
  await page.getByRole('search', { name: 'Emmanuel Macron’s quotes' }).getByRole('button').click();
  await page.waitForURL(/\/search\//);
  expect(searchParams(page)).toMatchObject({ speaker: 'emmanuel-macron' });
  await settled(page, /by Emmanuel Macron$/);
  expect((await resultHrefs(page)).sort()).toEqual(quoteUrlsOf('emmanuel-macron'));
  await close();
});

test('the header search on any page goes to /search/?q=', async () => {
  const { page, close } = await chromium.open('/timeline/');
  const header = page.getByRole('banner').getByRole('search');
  await header.getByRole('searchbox').fill('military hubs');
  await header.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(url('/search/?q=military+hubs'));
  await settled(page, /for “military hubs”$/);
  expect(await resultHrefs(page)).toContain('/commitments/uk-france-military-hubs/');
  await close();
});

test('Pagefind loads on the search page only', async () => {
  const { context, requests } = await recordingContext();
  const page = await context.newPage();
  for (const path of ['/', '/articles/paris-summit-security-guarantees/', '/quotes/', '/quotes/starmer-hardest-yards/', '/actors/keir-starmer/', '/commitments/', '/countries/gb/', '/timeline/']) {
    await page.goto(url(path), { waitUntil: 'networkidle' });
  }
  expect(requests.filter((request) => new URL(request).pathname.startsWith('/pagefind/'))).toEqual([]);
  await page.goto(url('/search/'), { waitUntil: 'networkidle' });
  expect(requests.map((request) => new URL(request).pathname)).toContain('/pagefind/pagefind.js');
  await context.close();
});

test('focusing the header search box fetches what a search starts with, and the search page then takes it from the cache', async () => {
  const { context, requests } = await recordingContext();
  const page = await context.newPage();
  await page.goto(url('/articles/paris-summit-security-guarantees/'), { waitUntil: 'networkidle' });
  const listed = JSON.parse(await readFile(join('dist', searchIndexPartsUrl()), 'utf8')) as SearchIndexListing;
  const startup = [listed.script, ...listed.parts.flatMap((part) => part.startup)];
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.focus();
  await expect.poll(() => requests.map((request) => new URL(request).pathname + new URL(request).search)).toEqual(expect.arrayContaining(startup));
  await page.waitForLoadState('networkidle');
  await box.fill('hardest yards');
  await box.press('Enter');
  await settled(page, /for “hardest yards”$/);
  // No file was downloaded again: each came from the cache, at most revalidated (a bodiless 304; the test server asks for that).
  const transferred = await page.evaluate((paths) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return paths.map((path) => entries.find((entry) => entry.name.endsWith(path))?.transferSize ?? Number.NaN);
  }, startup);
  expect(transferred.every((bytes) => bytes < 1000), String(transferred)).toBe(true);
  await context.close();
});

test('a blank search page readies the query segmentation Pagefind needs before the reader types', async () => {
  const { context } = await recordingContext();
  await context.addInitScript(() => {
    // Records each Intl.Segmenter made, by granularity: Pagefind makes a grapheme one per query.
    const made: string[] = [];
    (window as unknown as { segmenters: string[] }).segmenters = made;
    const Original = Intl.Segmenter;
    Object.defineProperty(Intl, 'Segmenter', {
      value: class extends Original {
        constructor(...args: ConstructorParameters<typeof Original>) {
          super(...args);
          made.push(args[1]?.granularity ?? 'grapheme');
        }
      },
    });
  });
  const segmenters = (page: Page) => page.evaluate(() => (window as unknown as { segmenters: string[] }).segmenters);
  const page = await context.newPage();
  await page.goto(url('/search/'));
  await page.locator('[data-search-input]').waitFor();
  await expect.poll(() => segmenters(page)).toContain('grapheme');
  // The query itself still searches as before.
  await page.locator('[data-search-input]').fill('troops');
  await page.keyboard.press('Enter');
  await settled(page, /results? for “troops”/);
  expect(await page.locator(RESULT_LINKS).count()).toBeGreaterThan(0);
  await context.close();
});

test('typing reads ahead: a word’s index chunks are fetched before the search for it runs', async () => {
  const { context } = await recordingContext();
  await context.addInitScript(() => {
    // For each index chunk fetched, the query the page's URL held then: the search writes its
    // words there when it starts, so an empty one means the chunk was fetched ahead of it.
    const chunks: string[] = [];
    (window as unknown as { chunkFetches: string[] }).chunkFetches = chunks;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('.pf_index')) chunks.push(location.search);
      return original(input, init);
    };
  });
  const page = await context.newPage();
  await page.goto(url('/search/'), { waitUntil: 'networkidle' });
  // The whole word in one input event: key by key, a loaded machine can space two keys further
  // apart than the search waits for a pause, and the search then rightly runs for the first letter.
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill('troops');
  await settled(page, /results? for “troops”/);
  const fetches = await page.evaluate(() => (window as unknown as { chunkFetches: string[] }).chunkFetches);
  expect(fetches[0]).toBe('');
  await context.close();
});

test('no request leaves the site, and nothing breaks the Content-Security-Policy', async () => {
  const { context, requests } = await recordingContext({ width: 390 });
  // Anything aimed elsewhere would fail here, as it would offline.
  const origin = new URL(url('/')).origin;
  await context.route((target) => target.origin !== origin, (route) => route.abort());
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url('/search/?q=Zelenskyy'));
  await settled(page, /for “Zelenskyy”$/);
  await page.getByRole('radio', { name: /^Quotes/ }).check();
  await settled(page, /quotes for “Zelenskyy”$/);
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill('garanties');
  await settled(page, /for “garanties”$/);
  await expect(cspViolations(page)).resolves.toEqual([]);
  await page.locator(RESULT_LINKS).first().click();
  await page.waitForURL(/\/quotes\//);
  expect(requests.length).toBeGreaterThan(5);
  expect(requests.filter((request) => new URL(request).origin !== origin)).toEqual([]);
  expect(errors).toEqual([]);
  await page.goBack();
  await settled(page, /for “garanties”$/);
  await expect(cspViolations(page)).resolves.toEqual([]);
  await context.close();
});

/** Bytes on the wire per request, from Chromium's network events (cold cache). */
async function measureTransfer(context: BrowserContext, page: Page) {
  const client = await context.newCDPSession(page);
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const transfers: { path: string; bytes: number }[] = [];
  client.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  client.on('Network.loadingFinished', (event) => {
    const requestUrl = urls.get(event.requestId);
    if (requestUrl) transfers.push({ path: new URL(requestUrl).pathname, bytes: event.encodedDataLength });
  });
  return transfers;
}

const sum = (transfers: { bytes: number }[]) => transfers.reduce((total, transfer) => total + transfer.bytes, 0);

test('the first query of a session downloads at most 100 KB', async () => {
  // A broad word (many results, so a full first page of result data) and one of the acceptance searches.
  for (const path of ['/search/?q=ceasefire', '/search/?q=hardest%20yards', '/search/?q=troops&type=commitment&country=fr']) {
    const { context } = await recordingContext();
    const page = await context.newPage();
    const transfers = await measureTransfer(context, page);
    await page.goto(url(path));
    await settled(page, /results?|quotes?|commitments?/);
    await page.waitForLoadState('networkidle');
    const search = transfers.filter((transfer) => transfer.path.startsWith('/pagefind/'));
    const pageItself = transfers.filter((transfer) => !transfer.path.startsWith('/pagefind/'));
    console.log(
      `${path}: search ${sum(search)} B in ${search.length} requests (pagefind.js, wasm, metadata, index chunk, filters in use, ` +
        `${search.filter((transfer) => transfer.path.includes('/fragment/')).length} record fragments); ` +
        `the page's own HTML/CSS/JS ${sum(pageItself)} B`,
    );
    expect(sum(search)).toBeLessThanOrEqual(FIRST_QUERY_BUDGET_BYTES);
    await context.close();
  }
});

/** The site served without compression, as a plain host would. */
let plain: StaticServer;
beforeAll(async () => {
  plain = await serveStatic(resolve('dist'), { gzip: false });
});
afterAll(() => plain.close());

test('search works from a plain static server without compression', async () => {
  const { context } = await recordingContext();
  const page = await context.newPage();
  const transfers = await measureTransfer(context, page);
  await page.goto(plain.url('/search/?speaker=emmanuel-macron'));
  await settled(page, /by Emmanuel Macron$/);
  expect((await resultHrefs(page)).sort()).toEqual(quoteUrlsOf('emmanuel-macron'));
  await page.getByRole('searchbox', { name: 'Words to search for' }).fill('thousand');
  await settled(page, /^1 result for “thousand” by Emmanuel Macron$/);
  await page.waitForLoadState('networkidle');
  const search = transfers.filter((transfer) => transfer.path.startsWith('/pagefind/'));
  console.log(`uncompressed server: search ${sum(search)} B in ${search.length} requests`);
  await context.close();
});

describe('an index written in parts, as for a large site', () => {
  // Plainly fictional articles with dates in 2025, before every real article; each says
  // "zyxwander" as many times as its number, so relevance has an order too.
  const fictional = Array.from({ length: 8 }, (_, index) => {
    const day = `2025-${String(12 - index).padStart(2, '0')}-${String(10 + index).padStart(2, '0')}`;
    return { url: articleUrl(`fictional-test-${index + 1}`), day, words: Array<string>(index + 1).fill('zyxwander').join(' ') };
  });
  const fictionalRecord = ({ url, day, words }: (typeof fictional)[number]): SearchRecord => ({
    url,
    sort: day.replaceAll('-', ''),
    items: [{ item: { url, type: 'article', filters: {}, title: `Fictional test article ${url}`, date: day, when: day }, words: ['Fictional test article', `Generated by a test; none of it happened. ${words}`] }],
    names: [],
  });
  // The real articles (people, countries and summits left out: undated, their order is anyone's) and the fictional ones.
  const realRecords = searchRecords(withoutDrafts(content)).records.filter(({ url }) => url.startsWith('/articles/'));
  const records = (edited?: (typeof fictional)[number]) => {
    const all = [...realRecords, ...fictional.map((article) => fictionalRecord(article.url === edited?.url ? edited : article))];
    return { records: all, counts: totalCounts(all.flatMap(({ items }) => items.map(({ item }) => item))) };
  };
  const realArticles = realRecords.map(({ url }) => url);
  const newestFirst = [...realArticles, ...[...fictional].sort((a, b) => b.day.localeCompare(a.day)).map(({ url }) => url)];

  let site: string;
  let cacheDir: string;
  let parts: StaticServer;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'summit-search-cache-'));
    // The built site with an index of those records, three to a part.
    site = await mkdtemp(join(tmpdir(), 'summit-search-parts-'));
    await cp('dist', site, { recursive: true });
    await rm(join(site, 'pagefind'), { recursive: true, force: true });
    await writeSearchIndex(site, searchIndexInput(records(), 3), { cacheDir });
    parts = await serveStatic(site, { gzip: false });
  });
  afterAll(async () => {
    await parts.close();
    await Promise.all([site, cacheDir].map((folder) => rm(folder, { recursive: true, force: true })));
  });

  test('the build lists every part, each a Pagefind index of its own, with the files its search starts with', async () => {
    const listed = await listedParts(site);
    expect(listed.map(({ path }) => path)).toEqual(listed.map((_, part) => searchIndexPartUrl(part)));
    expect(listed).toHaveLength(Math.ceil((realArticles.length + fictional.length) / 3));
    for (const { path, tag, startup } of listed) {
      await expect(readFile(join(site, path, 'pagefind-entry.json'), 'utf8')).resolves.toContain('page_count');
      // Part 0's search also starts with the WebAssembly every part shares.
      expect(startup).toEqual([`${path}pagefind-entry.json?ts=${tag}`, expect.stringMatching(/\.pf_meta$/), ...(path === searchIndexPartUrl() ? [expect.stringMatching(/^\/pagefind\/wasm\./)] : [])]);
      for (const file of startup) await expect(stat(join(site, file.replace(/\?.*$/, '')))).resolves.toBeTruthy();
    }
  });

  test('a search from a link fetches every part’s entry and metadata once, all asked for together', async () => {
    const { context } = await recordingContext();
    const page = await context.newPage();
    await page.goto(parts.url('/search/?q=zyxwander'));
    await settled(page, /for “zyxwander”/);
    // Preloaded by the page (initiator "link"), not fetched by Pagefind one after another ("fetch").
    const startup = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(({ name }) => /pagefind-entry\.json|\.pf_meta$/.test(name))
        .map((entry) => ({ path: new URL(entry.name).pathname + new URL(entry.name).search, by: (entry as PerformanceResourceTiming).initiatorType })),
    );
    const expected = (await listedParts(site)).flatMap((part) => part.startup).filter((path) => /pagefind-entry\.json|\.pf_meta$/.test(path));
    expect(startup.map(({ path }) => path).sort()).toEqual([...expected].sort());
    expect(startup.every(({ by }) => by === 'link')).toBe(true);
    await context.close();
  });

  test('a later build takes the parts whose records did not change from the cache', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'summit-search-parts-again-'));
    try {
      await cp(site, copy, { recursive: true });
      await rm(join(copy, 'pagefind'), { recursive: true, force: true });
      const again = await writeSearchIndex(copy, searchIndexInput(records(), 3), { cacheDir });
      expect(again).toMatch(/\(all unchanged since an earlier build/);
      const entry = (folder: string) => readFile(join(folder, 'pagefind', 'pagefind-entry.json'), 'utf8');
      expect(await entry(copy)).toBe(await entry(site));

      // One article's words change: only the part holding it is indexed again, and finds them.
      const [first] = fictional;
      if (!first) throw new Error('no fictional article');
      await rm(join(copy, 'pagefind'), { recursive: true, force: true });
      const edited = await writeSearchIndex(copy, searchIndexInput(records({ ...first, words: 'qwvendrix' }), 3), { cacheDir });
      const folders = (await listedParts(copy)).map(({ path }) => path);
      expect(edited).toContain(`(${folders.length - 1} unchanged since an earlier build`);
      const changed = [];
      for (const folder of folders) {
        const [before, after] = await Promise.all([site, copy].map((root) => readFile(join(root, folder, 'pagefind-entry.json'), 'utf8')));
        if (before !== after) changed.push(folder);
      }
      expect(changed).toHaveLength(1);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  test('dates stay in order across parts, newest and oldest first', async () => {
    const { context } = await recordingContext();
    const page = await context.newPage();
    await page.goto(parts.url('/search/?type=article'));
    await settled(page, /^9 articles/);
    expect(await resultHrefs(page)).toEqual(newestFirst);
    await page.goto(parts.url('/search/?type=article&sort=oldest'));
    await settled(page, /^9 articles/);
    expect(await resultHrefs(page)).toEqual([...newestFirst].reverse());
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });

  test('words are found in every part, and quotes inside an article still are', async () => {
    const { context } = await recordingContext();
    const page = await context.newPage();
    await page.goto(parts.url('/search/?q=zyxwander'));
    await settled(page, /^8 results/);
    // Best first only roughly: each part weighs a word by how rare it is in that part.
    expect((await resultHrefs(page)).sort()).toEqual(fictional.map(({ url }) => url).sort());
    await page.goto(parts.url('/search/?speaker=emmanuel-macron'));
    await settled(page, /by Emmanuel Macron$/);
    expect((await resultHrefs(page)).sort()).toEqual(quoteUrlsOf('emmanuel-macron'));
    await context.close();
  });
});

test('without JavaScript the search page says it needs it and points to the listings', async () => {
  const { page, close } = await chromium.open('/search/?q=troops', { javaScript: false });
  const notice = page.locator('noscript .search-noscript');
  await expect(notice.isVisible()).resolves.toBe(true);
  await expect(notice.textContent()).resolves.toContain('Search needs JavaScript');
  await expect(notice.getByRole('link', { name: 'quotes by speaker' }).getAttribute('href')).resolves.toBe('/quotes/');
  await expect(page.locator('[data-search-app]').isVisible()).resolves.toBe(false);
  await close();
});
