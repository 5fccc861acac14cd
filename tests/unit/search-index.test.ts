import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { bodyElementHtml, composeRecord, readSourcePage, SearchIndexFailure, splitIntoParts, type IndexRecord } from '../../scripts/build/search-index.ts';
import { decodeSearchItem, NAMES_ANCHOR } from '../../src/lib/search-items.ts';

const searchMeta = (pairs: string[], meta: Record<string, string>, within?: string) =>
  `<div hidden data-search-meta${within ? ` data-search-within="${within}"` : ''}>` +
  pairs.map((pair) => `<span data-pagefind-filter="${pair}"></span>`).join('') +
  Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${key}[data-value]" data-value="${value}"></span>`).join('') +
  '<span data-pagefind-sort="date:20260106"></span></div>';

const page = (body: string) => `<!DOCTYPE html><html><head><title>x</title></head><body><header><h1>Site</h1></header><main>${body}</main><footer>f</footer></body></html>`;

const quotePage = page(
  `<article data-pagefind-body>${searchMeta(['type:quote', 'speaker:keir-starmer', 'country:gb', 'lang:en'], { title: '“the hardest yards”', who: 'Keir Starmer', aliases: 'Kier Starmer, Starmer', date: '2026-01-06' }, '/articles/paris/')}` +
    '<h1 data-pagefind-ignore>Quote by Keir Starmer</h1><div class="quote-lead"><article class="card quote-card" id="quote-starmer"><blockquote title="a > b, id=x"><p>“the hardest yards”</p></blockquote>' +
    '<p class="quote-byline" data-pagefind-ignore>— <a href="/actors/keir-starmer/">Keir Starmer</a></p></article></div>' +
    '<section aria-labelledby="e" data-pagefind-ignore><h2 id="e">Evidence</h2></section></article>',
);
const commitmentPage = page(
  `<article data-pagefind-body>${searchMeta(['type:commitment', 'country:fr', 'country:gb'], { who: 'France, United Kingdom' }, '/articles/paris/')}` +
    '<h1>Military hubs</h1><dl class="meta"><div><dt data-pagefind-ignore>Parties</dt><dd><a href="/countries/fr/">France</a></dd></div></dl></article>',
);
const articlePage = page(
  `<article data-pagefind-body>${searchMeta(['type:article', 'country:gb'], { date: '2026-01-06', when: '6 January 2026' })}<header><h1>Paris &amp; after</h1></header><div class="prose"><p>Talks on a ceasefire.</p></div>` +
    '<section aria-labelledby="quotes-heading"><h2 id="quotes-heading">Quotes (1)</h2><div data-pagefind-ignore><article>card</article></div></section></article>',
);

describe('reading a built page', () => {
  test('cuts out the marked element, nested elements of the same name included', () => {
    const html = bodyElementHtml(quotePage) ?? '';
    expect(html.startsWith('<article data-pagefind-body>')).toBe(true);
    expect(html.endsWith('</article>')).toBe(true);
    expect(html).toContain('Evidence');
    expect(html).not.toContain('<footer>');
    expect(bodyElementHtml(page('<p>listing</p>'))).toBeUndefined();
  });

  test('reads the item, its record and its text; drops ignored parts, ids and the SearchMeta block', () => {
    const quote = readSourcePage('quotes/starmer/index.html', quotePage);
    expect(quote?.item).toEqual({
      url: '/quotes/starmer/',
      type: 'quote',
      filters: { speaker: ['keir-starmer'], country: ['gb'], lang: ['en'] },
      title: '“the hardest yards”',
      who: 'Keir Starmer',
      date: '2026-01-06',
      aliases: ['Kier Starmer', 'Starmer'],
    });
    expect(quote?.within).toBe('/articles/paris/');
    expect(quote?.body).not.toMatch(/Evidence|Quote by| id="|data-search-meta|data-pagefind-filter/);
    expect(quote?.body).toContain('<article class="card quote-card">');
    expect(quote?.body).toContain('<blockquote title="a > b, id=x"><p>“the hardest yards”</p></blockquote>');

    const article = readSourcePage('articles/paris/index.html', articlePage);
    expect(article?.item).toMatchObject({ url: '/articles/paris/', type: 'article', title: 'Paris & after', when: '6 January 2026' });
    expect(article?.within).toBeUndefined();
  });

  test('a marked page without SearchMeta, or with other than one type, fails the build', () => {
    expect(() => readSourcePage('quotes/x/index.html', page('<article data-pagefind-body><p>x</p></article>'))).toThrow(SearchIndexFailure);
    expect(() => readSourcePage('quotes/x/index.html', page(`<article data-pagefind-body>${searchMeta(['type:quote', 'type:article'], {})}</article>`))).toThrow(
      /exactly one type/,
    );
  });
});

test('a record: the page’s metadata, every item’s filter values, an anchor per item, then the names not in its text', () => {
  const article = readSourcePage('articles/paris/index.html', articlePage)!;
  const quote = readSourcePage('quotes/starmer/index.html', quotePage)!;
  const html = composeRecord(article, [quote]);
  // The byline that names the speaker is not indexed: the name is listed once at the end.
  expect(quote.body).not.toContain('Keir Starmer');
  const root = parse(html);
  const filters = root.querySelectorAll('[data-pagefind-filter]').map((span) => span.getAttribute('data-pagefind-filter'));
  expect(filters.sort()).toEqual(['country:gb', 'lang:en', 'speaker:keir-starmer', 'type:article', 'type:quote']);
  // The record's metadata is the article's own, not the quote's.
  expect(root.querySelectorAll('[data-pagefind-meta]').map((span) => span.getAttribute('data-value'))).toEqual(['2026-01-06', '6 January 2026']);
  const anchors = root.querySelectorAll('[data-pagefind-title]').map((element) => element.getAttribute('data-pagefind-title'));
  expect(anchors.map((title) => decodeSearchItem(title)?.url ?? title)).toEqual(['/articles/paris/', '/quotes/starmer/', NAMES_ANCHOR]);
  expect(root.querySelector('[data-pagefind-body]')?.textContent).toContain('Keir Starmer, Kier Starmer, Starmer');
  expect(root.querySelectorAll('[data-pagefind-body] [id]').map((element) => element.id)).toEqual(['s0', 's1', 'names']);
  expect(root.querySelector('[data-pagefind-sort]')?.getAttribute('data-pagefind-sort')).toBe('date:20260106');
});

test('a record lists each party of a commitment that its text does not name, once', () => {
  const article = readSourcePage('articles/paris/index.html', articlePage)!;
  const commitment = readSourcePage('commitments/hubs/index.html', commitmentPage)!;
  expect(commitment.body).not.toContain('Parties');
  const root = parse(composeRecord(article, [commitment]));
  const names = root.querySelector('#names')?.nextElementSibling?.textContent;
  expect(names).toBe('United Kingdom');
});

describe('splitting a large index into parts', () => {
  const dated = (url: string, date: string): IndexRecord => {
    const record = readSourcePage(`${url.slice(1)}index.html`, articlePage.replace('date:20260106', `date:${date}`))!;
    return { page: { ...record, url }, items: [] };
  };
  // Dates out of order, two of them equal; undated pages sort as 00000000.
  const records = ['20260301', '20260105', '00000000', '20260220', '20260105', '20251231', '20260401'].map((date, index) =>
    dated(`/articles/a${index}/`, date),
  );
  const datesOf = (part: IndexRecord[]) => part.map(({ page }) => page.sort.slice('date:'.length));

  test('one part while the records fit in one', () => {
    expect(splitIntoParts(records, 7)).toEqual([expect.arrayContaining(records)]);
    expect(splitIntoParts(records, 7)[0]).toHaveLength(7);
  });

  test('the fewest parts that hold them, records dealt in date order so equal ranks are neighbouring dates', () => {
    const parts = splitIntoParts(records, 3);
    expect(parts.map(datesOf)).toEqual([
      ['00000000', '20260105', '20260401'],
      ['20251231', '20260220'],
      ['20260105', '20260301'],
    ]);
    // Rank r of part p is the (r·parts + p)-th record by date: every record exactly once.
    const merged = parts.flatMap((part, p) => part.map((record, rank) => ({ record, order: rank * parts.length + p })));
    expect(merged.sort((a, b) => a.order - b.order).map(({ record }) => record.page.sort)).toEqual(
      records.map(({ page }) => page.sort).sort(),
    );
  });
});
