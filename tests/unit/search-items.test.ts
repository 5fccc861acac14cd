import { describe, expect, test } from 'vitest';
import {
  countItems,
  decodeSearchItem,
  encodeSearchItem,
  itemMatchesFilters,
  itemsOfRecord,
  NAMES_ANCHOR,
  sectionHasTerms,
  sectionsOf,
  termHits,
  termNamesItem,
  type RecordData,
  type SearchItem,
} from '../../src/lib/search-items.ts';

const article: SearchItem = { url: '/articles/paris/', type: 'article', filters: { country: ['gb', 'fr'] }, title: 'Paris summit', date: '2026-01-06' };
const starmer: SearchItem = {
  url: '/quotes/starmer-hardest-yards/',
  type: 'quote',
  filters: { speaker: ['keir-starmer'], country: ['gb'], lang: ['en'] },
  title: '“the hardest yards are still ahead.”',
  who: 'Keir Starmer',
  date: '2026-01-06',
  aliases: ['Kier Starmer', 'Starmer'],
};
const macron: SearchItem = {
  url: '/quotes/macron-unity/',
  type: 'quote',
  filters: { speaker: ['emmanuel-macron'], country: ['fr'], lang: ['fr'] },
  who: 'Emmanuel Macron',
  date: '2026-01-07',
};
const hubs: SearchItem = {
  url: '/commitments/hubs/',
  type: 'commitment',
  filters: { country: ['gb', 'fr'], domain: ['land', 'troops'], status: ['conditional'] },
  title: 'Military hubs',
  date: '2026-01-05',
};

/**
 * A record as the build writes it: the article's words (0–5), then one section per item.
 * Words: 0 Paris 1 summit 2 on 3 a 4 ceasefire 5 deal | 6 the 7 hardest 8 yards 9 ahead 10 Keir
 * 11 Starmer | 12 unité 13 sans 14 précédent 15 unity 16 Emmanuel 17 Macron | 18 Military 19 hubs 20 troops
 */
const record = (extra: Partial<RecordData> = {}): RecordData => ({
  url: '/articles/paris/',
  content: 'Paris summit on a ceasefire deal. the hardest yards ahead. Keir Starmer. unité sans précédent unity. Emmanuel Macron. Military hubs troops.',
  anchors: [
    { element: 'div', id: 's0', title: encodeSearchItem(article), location: 0 },
    { element: 'section', id: 's1', title: encodeSearchItem(starmer), location: 6 },
    // Not an item: a heading that kept its id.
    { element: 'h2', id: 'quotes-heading', text: 'Quotes', location: 6 },
    { element: 'section', id: 's2', title: encodeSearchItem(macron), location: 12 },
    { element: 'section', id: 's3', title: encodeSearchItem(hubs), location: 18 },
  ],
  ...extra,
});

describe('item anchors', () => {
  test('an item survives its anchor title, and other anchors are not items', () => {
    expect(decodeSearchItem(encodeSearchItem(starmer))).toEqual(starmer);
    expect(decodeSearchItem('Quotes (5)')).toBeUndefined();
    expect(decodeSearchItem('{"url":1}')).toBeUndefined();
    expect(decodeSearchItem('{"url":"/a/","type":"quote","filters":{"speaker":"x"}}')).toBeUndefined();
    expect(decodeSearchItem(undefined)).toBeUndefined();
  });

  test('sections run from one item anchor to the next, the last to the end of the record', () => {
    expect(sectionsOf(record()).map(({ item, start, end }) => [item.url, start, end])).toEqual([
      ['/articles/paris/', 0, 6],
      ['/quotes/starmer-hardest-yards/', 6, 12],
      ['/quotes/macron-unity/', 12, 18],
      ['/commitments/hubs/', 18, 21],
    ]);
  });
});

describe('matching', () => {
  test('filters apply to each item, the type included, one key can be left out', () => {
    expect(itemMatchesFilters(starmer, { speaker: 'keir-starmer', type: 'quote' })).toBe(true);
    expect(itemMatchesFilters(article, { speaker: 'keir-starmer' })).toBe(false);
    expect(itemMatchesFilters(hubs, { country: 'fr', status: 'conditional' })).toBe(true);
    expect(itemMatchesFilters(hubs, { type: 'quote', status: 'conditional' }, 'type')).toBe(true);
  });

  test('a section matches when it holds every term; the page itself also through its metadata', () => {
    const [page, quote] = sectionsOf(record()) as [never, never];
    expect(sectionHasTerms(quote, false, [{ locations: [7], meta: false }, { locations: [8], meta: false }])).toBe(true);
    // "hardest" in the quote, "summit" only in the article: not the quote.
    expect(sectionHasTerms(quote, false, [{ locations: [7], meta: false }, { locations: [1], meta: false }])).toBe(false);
    expect(sectionHasTerms(quote, false, [{ locations: [], meta: true }])).toBe(false);
    expect(sectionHasTerms(page, true, [{ locations: [], meta: true }])).toBe(true);
  });
});

describe('names', () => {
  test('a term names an item by its speaker or another spelling, as Pagefind matches words', () => {
    expect(termNamesItem('Kier', starmer)).toBe(true);
    expect(termNamesItem('starmer', starmer)).toBe(true);
    expect(termNamesItem('Starmer’s', starmer)).toBe(true);
    expect(termNamesItem('star', starmer)).toBe(true);
    expect(termNamesItem('yards', starmer)).toBe(false);
    expect(termNamesItem('macron', starmer)).toBe(false);
    // A name word with a short ending: another spelling, or a possessive.
    expect(termNamesItem('Zelenskyy', { ...macron, who: 'Volodymyr Zelensky' })).toBe(true);
    expect(termNamesItem('Zelenskyi', { ...macron, who: 'Volodymyr Zel' })).toBe(false);
    expect(termNamesItem('зеленський', { ...macron, who: 'Volodymyr Zelensky', aliases: ['Володимир Зеленський'] })).toBe(true);
    expect(termNamesItem('…', starmer)).toBe(false);
  });

  test('a quote holds a term that names its speaker; the list of names after the items belongs to none', () => {
    const data = record({
      content: `${record().content} Keir Starmer, Kier Starmer, Emmanuel Macron.`,
      anchors: [...record().anchors, { element: 'div', id: 'names', title: NAMES_ANCHOR, location: 21 }],
    });
    expect(sectionsOf(data).at(-1)).toMatchObject({ start: 18, end: 21 });
    // "Kier" is only in the list of names (location 23): it matches Starmer's quote, not the article.
    const found = itemsOfRecord(data, { terms: [{ text: 'Kier', locations: [23], meta: false }], filters: {}, excerptLength: 3, order: 'relevance' });
    expect(found.map(({ item }) => item.url)).toEqual(['/quotes/starmer-hardest-yards/']);
    // With another word, that word must be in the quote.
    const both = [
      { text: 'Kier', locations: [23], meta: false },
      { text: 'yards', locations: [8], meta: false },
    ];
    expect(itemsOfRecord(data, { terms: both, filters: {}, excerptLength: 3, order: 'relevance' }).map(({ item }) => item.url)).toEqual([
      '/quotes/starmer-hardest-yards/',
    ]);
    expect(itemsOfRecord(data, { terms: [both[0]!, { text: 'hubs', locations: [19], meta: false }], filters: {}, excerptLength: 3, order: 'relevance' })).toEqual([]);
  });
});

test('the matches of a several-word search are told apart by word; a word with none matched metadata', () => {
  const words = ['“The', 'hardest', 'yards', 'are', 'ahead.”', 'Réunion', 'yard'];
  expect(termHits(words, [1, 2, 6, 5], ['Hardest', 'yards', 'reunion', 'summit'])).toEqual([
    { text: 'Hardest', locations: [1], meta: false },
    // "yard" matched "yards" (Pagefind's stem), "yards." its punctuation aside.
    { text: 'yards', locations: [2, 6], meta: false },
    { text: 'reunion', locations: [5], meta: false },
    { text: 'summit', locations: [], meta: true },
  ]);
});

describe('the items of a record', () => {
  const excerptLength = 3;

  test('by words: only sections holding every word, best first, with Pagefind’s excerpt of that section', () => {
    const data = record({
      weighted_locations: [
        { location: 4, balanced_score: 1 },
        { location: 15, balanced_score: 3 },
        { location: 20, balanced_score: 2 },
      ],
      sub_results: [
        { excerpt: 'on a <mark>ceasefire</mark>', anchor: { location: 0 } },
        { excerpt: 'précédent <mark>unity.</mark>', anchor: { location: 12 } },
      ],
    });
    const found = itemsOfRecord(data, { terms: [{ locations: [4, 15, 20], meta: false }], filters: {}, excerptLength, order: 'relevance' });
    expect(found.map(({ item, excerpt, score }) => [item.url, excerpt, score])).toEqual([
      ['/quotes/macron-unity/', 'précédent <mark>unity.</mark>', 3],
      ['/commitments/hubs/', 'Military hubs troops.', 2],
      ['/articles/paris/', 'on a <mark>ceasefire</mark>', 1],
    ]);
  });

  test('by filters alone: every item with the values asked for, newest first, the excerpt from its start', () => {
    const found = itemsOfRecord(record(), { filters: { type: 'quote' }, excerptLength, order: 'newest' });
    expect(found.map(({ item, excerpt }) => [item.url, excerpt])).toEqual([
      ['/quotes/macron-unity/', 'unité sans précédent'],
      ['/quotes/starmer-hardest-yards/', 'the hardest yards'],
    ]);
    expect(itemsOfRecord(record(), { filters: { speaker: 'keir-starmer' }, excerptLength, order: 'oldest' }).map(({ item }) => item.url)).toEqual([
      '/quotes/starmer-hardest-yards/',
    ]);
  });
});

test('counts: each value among the matching items; a key in use as if it were not set', () => {
  const items = [article, starmer, macron, hubs];
  const counts = countItems(items, { type: 'quote', country: 'fr' });
  // Types of the items involving France.
  expect(counts.type).toEqual({ article: 1, quote: 1, commitment: 1 });
  // Countries of the quotes.
  expect(counts.country).toEqual({ gb: 1, fr: 1 });
  // Among French quotes.
  expect(counts.speaker).toEqual({ 'emmanuel-macron': 1 });
  expect(counts.status).toEqual({});
  expect(countItems(items, {}).country).toEqual({ gb: 3, fr: 3 });
});
