/**
 * The built site's machine-readable side: open data files against content/, RSS, sitemap,
 * robots.txt, JSON-LD, Open Graph tags and share cards. Run after `npm run build`.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { STATUSES } from '../../src/schemas/commitment.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { launchChromium, url } from './browser.ts';

const DIST = 'dist';
const { content, problems } = validateContent(await readContent(process.cwd()));
if (problems.length) throw new Error('content/ is invalid: run npm run check:content');
const quoteIds = content.articles.flatMap((article) => article.data.quotes.map((quote) => quote.id));
const commitmentIds = content.articles.flatMap((article) => article.data.commitments.map((commitment) => commitment.id));
const quoteRecords = content.articles.flatMap((article) => article.data.quotes);
const commitmentRecords = content.articles.flatMap((article) => article.data.commitments);

const read = (path: string) => readFile(join(DIST, path), 'utf8');
const page = async (path: string) => parseHtml(await read(join(path, 'index.html')));
/** The site's address as built (canonical links are absolute). */
const siteUrl = (await page('/')).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
const sitePath = (absolute: string) => new URL(absolute).pathname;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap'].includes(name) });

function jsonLd(root: HTMLElement): Record<string, unknown>[] {
  return root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('open data', () => {
  test.each([
    { kind: 'quotes', ids: quoteIds },
    { kind: 'commitments', ids: commitmentIds },
  ])('$kind.json and $kind.csv hold exactly the records of content/', async ({ kind, ids }) => {
    expect(ids.length).toBeGreaterThan(0);
    const json = JSON.parse(await read(`data/${kind}.json`));
    expect(json).toMatchObject({ schemaVersion: 1, license: { id: 'CC-BY-4.0' } });
    expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(json.records.map((record: { id: string }) => record.id).sort()).toEqual([...ids].sort());

    const csvText = await read(`data/${kind}.csv`);
    // A byte order mark first, so that spreadsheets read UTF-8.
    expect(csvText.startsWith('\uFEFFid,')).toBe(true);
    expect(csvText.split('\r\n')[0]).toBe(`\uFEFF${Object.keys(json.records[0]).join(',')}`);
    const rows = parseCsv(csvText, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    // Each CSV row carries the same values as its JSON record (lists joined with "|").
    for (const record of json.records as Record<string, unknown>[]) {
      const row = rows.find((candidate) => candidate.id === record.id);
      for (const [field, value] of Object.entries(record)) {
        const expected =
          value === null ? '' : Array.isArray(value) ? (value.every((item) => typeof item === 'string') ? value.join('|') : JSON.stringify(value)) : String(value);
        expect(row?.[field], `${String(record.id)}.${field}`).toBe(expected);
      }
    }
  });

  test('every record links to its page, which exists', async () => {
    for (const kind of ['quotes', 'commitments']) {
      const { records } = JSON.parse(await read(`data/${kind}.json`));
      for (const record of records as { url: string }[]) {
        expect(record.url.startsWith(siteUrl)).toBe(true);
        expect(existsSync(join(DIST, sitePath(record.url), 'index.html')), record.url).toBe(true);
      }
    }
  });

  test('schema.json is a JSON Schema of both files, and the data page documents every field', async () => {
    const schema = JSON.parse(await read('data/schema.json'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const fields = Object.keys(schema.$defs.quotesFile.properties.records.items.properties);
    expect(fields[0]).toBe('id');
    const dataPage = await page('/data/');
    const documented = dataPage.querySelectorAll('[aria-labelledby="quotes-fields"] dt code').map((code) => code.textContent);
    expect(documented).toEqual(fields);
    expect(dataPage.textContent).toContain('Creative Commons Attribution 4.0');
    expect(dataPage.textContent).toMatch(/Quotes remain the words of their speakers/);
  });
});

describe('feeds', () => {
  test('rss.xml parses, with one item per article, each with its summary and link', async () => {
    const rss = xml.parse(await read('rss.xml')).rss;
    expect(rss['@_version']).toBe('2.0');
    const items = rss.channel.item as { title: string; link: string; description: string; pubDate: string }[];
    expect(items).toHaveLength(content.articles.length);
    for (const article of content.articles) {
      const item = items.find((candidate) => candidate.link === new URL(`/articles/${article.id}/`, siteUrl).href);
      expect(item?.title).toBe(article.data.title);
      expect(item?.description).toBe(article.data.summary);
      expect(Number.isNaN(Date.parse(item?.pubDate ?? ''))).toBe(false);
    }
  });

  test('robots.txt names the sitemap; the sitemap lists canonical pages and no redirects', async () => {
    expect(await read('robots.txt')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', siteUrl).href}`);
    const index = xml.parse(await read('sitemap-index.xml')).sitemapindex;
    const locs: string[] = [];
    for (const { loc } of index.sitemap as { loc: string }[]) {
      const sitemap = xml.parse(await read(sitePath(loc))).urlset;
      locs.push(...(sitemap.url as { loc: string }[]).map((entry) => entry.loc));
    }
    const paths = new Set(locs.map(sitePath));
    for (const id of quoteIds) expect(paths.has(`/quotes/${id}/`), id).toBe(true);
    for (const id of commitmentIds) expect(paths.has(`/commitments/${id}/`), id).toBe(true);
    for (const { id } of [...content.actors]) expect(paths.has(`/actors/${id}/`), id).toBe(true);
    for (const { id } of [...content.countries]) expect(paths.has(`/countries/${id}/`), id).toBe(true);
    expect(paths.has('/data/')).toBe(true);

    // Every redirect page the content calls for (country aliases, old ids): built, but not in the sitemap.
    const redirects = buildSiteIndex(content).redirects.map((redirect) => redirect.from);
    expect(redirects.length).toBeGreaterThan(0);
    for (const redirect of redirects) {
      expect(existsSync(join(DIST, redirect, 'index.html')), `${redirect} is built`).toBe(true);
      expect(paths.has(redirect), `${redirect} is a redirect`).toBe(false);
    }
    for (const path of paths) expect(await read(join(path, 'index.html'))).not.toContain('http-equiv="refresh"');
  });
});

describe('structured data', () => {
  const firstArticle = content.articles[0]?.id ?? '';
  const firstActor = content.actors[0]?.id ?? '';
  test.each([
    [`/articles/${firstArticle}/`, ['NewsArticle', 'BreadcrumbList']],
    [`/quotes/${quoteIds[0]}/`, ['Quotation', 'BreadcrumbList']],
    [`/actors/${firstActor}/`, ['Person', 'BreadcrumbList']],
    [`/commitments/${commitmentIds[0]}/`, ['BreadcrumbList']],
    ['/data/', ['BreadcrumbList']],
  ])('%s has JSON-LD of type %j', async (path, types) => {
    const data = jsonLd(await page(path));
    expect(data.map((item) => item['@type'])).toEqual(types);
    for (const item of data) expect(item['@context']).toBe('https://schema.org');
    const breadcrumbs = data.find((item) => item['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; item: string }[] };
    expect(breadcrumbs.itemListElement.map((step) => step.position)).toEqual(breadcrumbs.itemListElement.map((_, index) => index + 1));
    expect(breadcrumbs.itemListElement.at(-1)?.item).toBe(new URL(path, siteUrl).href);
  });

  test('NewsArticle carries dates, the publisher and the sources as citations', async () => {
    const [article] = jsonLd(await page(`/articles/${firstArticle}/`));
    const data = content.articles[0]?.data;
    expect(article).toMatchObject({ headline: data?.title, datePublished: data?.published, publisher: { '@type': 'Organization' } });
    expect(article?.citation).toHaveLength(data?.sources.length ?? -1);
  });

  test('Chromium reads the JSON-LD without a CSP or script error', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const messages: string[] = [];
      tab.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      tab.on('response', (response) => {
        if (response.status() >= 400) messages.push(`${response.status()}: ${response.url()}`);
      });
      await tab.goto(url(`/quotes/${quoteIds[0]}/`), { waitUntil: 'networkidle' });
      const types = await tab.$$eval('script[type="application/ld+json"]', (scripts) =>
        scripts.map((script) => (JSON.parse(script.textContent ?? '') as { '@type': string })['@type']),
      );
      expect(types).toEqual(['Quotation', 'BreadcrumbList']);
      // (Chromium asks for /favicon.ico, which the site does not have: not this test's concern.)
      expect(messages.filter((message) => /Content Security Policy|pageerror|^[45]\d\d: (?!.*favicon\.ico$)/.test(message))).toEqual([]);
      expect(messages.filter((message) => /Content Security Policy/.test(message))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('share cards', () => {
  // One card per article, per speaker and per commitment status (not per quote or commitment),
  // so the number of images follows the articles and actors, not every quote.
  test.each([
    ...content.articles.map((article) => [`/articles/${article.id}/`, `/og/articles/${article.id}.png`]),
    ...quoteRecords.map((quote) => [`/quotes/${quote.id}/`, `/og/speakers/${quote.speaker}.png`]),
    ...commitmentRecords.map((commitment) => [`/commitments/${commitment.id}/`, `/og/status/${commitment.status}.png`]),
  ])('%s has og:title, og:description, og:url and og:image (%s), a 1200×630 PNG', async (path, image) => {
    const root = await page(path);
    const meta = (property: string) => root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    expect(meta('og:title')).not.toBe('');
    expect(meta('og:description')).not.toBe('');
    expect(meta('og:url')).toBe(new URL(path, siteUrl).href);
    expect(meta('og:image')).toBe(new URL(image, siteUrl).href);
    expect(meta('og:image:alt')).not.toBe('');
    expect(root.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    expect(root.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(meta('og:image'));
    expect(pngSize(await readFile(join(DIST, image)))).toEqual({ width: 1200, height: 630 });
  });

  test.each([...quoteRecords.map((quote) => `/quotes/${quote.id}/`), ...commitmentRecords.map((commitment) => `/commitments/${commitment.id}/`)])(
    '%s cites its own address',
    async (path) => {
      expect((await page(path)).querySelector('[data-citation]')?.textContent).toContain(new URL(path, siteUrl).href);
    },
  );

  test('an article card is described by its headline, summit and date, and is the NewsArticle image', async () => {
    for (const article of content.articles) {
      const root = await page(`/articles/${article.id}/`);
      const meta = (property: string) => root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
      expect(meta('og:image:alt')).toContain(article.data.title);
      const summit = content.summits.find((entry) => entry.id === article.data.summit);
      if (summit) expect(meta('og:image:alt')).toContain(summit.data.name);
      expect(meta('og:description')).not.toMatch(/[,;:]$/);
      expect(jsonLd(root).find((item) => item['@type'] === 'NewsArticle')?.image).toEqual([meta('og:image')]);
    }
  });

  test('quote previews show whole words and end on no dangling comma', async () => {
    for (const quote of quoteRecords) {
      const root = await page(`/quotes/${quote.id}/`);
      const meta = (property: string) => root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
      expect(meta('og:description'), quote.id).not.toMatch(/[,;:]$/);
      const shown = /“(.*?)…?”$/.exec(meta('og:title'))?.[1] ?? '';
      const words = (quote.translation ?? quote.text).replace(/\s+/g, ' ');
      expect(words.startsWith(shown), quote.id).toBe(true);
      expect(words.length === shown.length || /[\s,;:.!?]/.test(words[shown.length] ?? ''), `${quote.id}: "${shown}" ends inside a word`).toBe(true);
    }
  });

  test('the home page names the site in WebSite JSON-LD', async () => {
    const root = await page('/');
    const jsonLd = JSON.parse(root.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]') as { '@type': string; name?: string; url?: string }[];
    const list = Array.isArray(jsonLd) ? jsonLd : [jsonLd];
    expect(list.find((item) => item['@type'] === 'WebSite')).toMatchObject({ name: 'Summit Tracker', url: new URL('/', siteUrl).href });
  });

  test('the card carries no per-quote or per-commitment text; the og: text does', async () => {
    const quote = quoteRecords[0];
    const commitment = commitmentRecords[0];
    if (!quote || !commitment) throw new Error('content has a quote and a commitment');
    const speaker = content.actors.find((actor) => actor.id === quote.speaker);
    const quotePage = await page(`/quotes/${quote.id}/`);
    const quoteMeta = (property: string) => quotePage.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    const words = (quote.translation ?? quote.text).slice(0, 15);
    expect(quoteMeta('og:description')).toContain(words);
    expect(quoteMeta('og:image:alt')).toContain(speaker?.data.name);
    expect(quoteMeta('og:image:alt')).not.toContain(words);
    const commitmentPage = await page(`/commitments/${commitment.id}/`);
    const commitmentMeta = (property: string) => commitmentPage.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    expect(commitmentMeta('og:title')).toBe(commitment.title);
    expect(commitmentMeta('og:image:alt')).toMatch(/^Summit Tracker commitment card: status /);
    expect(commitmentMeta('og:image:alt')).not.toContain(commitment.title);
  });

  test('actor pages have their speaker card', async () => {
    for (const actor of content.actors) {
      const root = await page(`/actors/${actor.id}/`);
      const meta = (property: string) => root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
      expect(meta('og:image')).toBe(new URL(`/og/speakers/${actor.id}.png`, siteUrl).href);
      expect(meta('og:image:alt')).toContain(actor.data.name);
      expect(pngSize(await readFile(join(DIST, `og/speakers/${actor.id}.png`)))).toEqual({ width: 1200, height: 630 });
    }
  });

  test('other pages have the four og: tags with the site card', async () => {
    for (const path of ['/', '/timeline/', '/data/', '/quotes/', '/commitments/', '/countries/']) {
      const root = await page(path);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) {
        expect(root.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), `${path} ${property}`).toBeTruthy();
      }
      expect(root.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(new URL('/og/site.png', siteUrl).href);
    }
    expect(pngSize(await readFile(join(DIST, 'og/site.png')))).toEqual({ width: 1200, height: 630 });
  });

  test('the images are one per article, one per actor, one per status and the site card: none per quote or commitment', async () => {
    const pngs = async (folder: string) => (await readdir(join(DIST, 'og', folder))).filter((file) => file.endsWith('.png')).sort();
    expect(await pngs('articles')).toEqual(content.articles.map((article) => `${article.id}.png`).sort());
    expect(await pngs('speakers')).toEqual(content.actors.map((actor) => `${actor.id}.png`).sort());
    expect(await pngs('status')).toEqual([...STATUSES].map((status) => `${status}.png`).sort());
    expect((await readdir(join(DIST, 'og'))).sort()).toEqual(['articles', 'site.png', 'speakers', 'status']);
  });
});

