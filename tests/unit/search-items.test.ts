import { describe, expect, test } from 'vitest';
import { countItems, itemMatchesFilters, matchedItems, recordItems, totalCounts, type RecordData, type SearchItem } from '../../src/lib/search-items.ts';

const article: SearchItem = { url: '/articles/paris/', type: 'article', filters: { country: ['gb', 'fr'] }, title: 'Paris summit', date: '2026-01-06' };
const starmer: SearchItem = { url: '/quotes/starmer/', type: 'quote', filters: { speaker: ['keir-starmer'], country: ['gb'], lang: ['en'] }, who: 'Keir Starmer', date: '2026-01-06' };
const macron: SearchItem = { url: '/quotes/macron/', type: 'quote', filters: { speaker: ['emmanuel-macron'], country: ['fr'], lang: ['fr'] }, who: 'Emmanuel Macron', date: '2026-01-05' };
const hubs: SearchItem = { url: '/commitments/hubs/', type: 'commitment', filters: { country: ['gb', 'fr'], status: ['conditional'] }, date: '2026-01-06' };

/** A record as Pagefind gives it: item anchors, then a group of names finding the Starmer quote. */
const anchors = [
  { title: JSON.stringify(article), location: 0 },
  { title: JSON.stringify(starmer), location: 6 },
  { location: 8 },
  { title: JSON.stringify(macron), location: 12 },
  { title: JSON.stringify(hubs), location: 18 },
  { title: JSON.stringify([1]), location: 24 },
];
const data = (subResults: RecordData['sub_results']): RecordData => ({ content: 'words', anchors, sub_results: subResults });
const sub = (location: number, excerpt: string, score = 1) => ({ excerpt, anchor: anchors.find((anchor) => anchor.location === location) ?? { location }, weighted_locations: [{ balanced_score: score }] });

describe('filters and counts', () => {
  test('an item matches when it has every value asked for, a key optionally left out', () => {
    expect(itemMatchesFilters(starmer, { type: 'quote', country: 'gb' })).toBe(true);
    expect(itemMatchesFilters(starmer, { type: 'quote', country: 'fr' })).toBe(false);
    expect(itemMatchesFilters(starmer, { type: 'quote', country: 'fr' }, 'country')).toBe(true);
    expect(itemMatchesFilters(hubs, {})).toBe(true);
  });

  test('counts per value; a key in use is counted as if it were not set', () => {
    const counts = countItems([article, starmer, macron, hubs], { type: 'quote' });
    expect(counts.type).toEqual({ article: 1, quote: 2, commitment: 1 });
    expect(counts.country).toEqual({ gb: 1, fr: 1 });
    expect(totalCounts([article, hubs]).country).toEqual({ gb: 2, fr: 2 });
  });
});

describe('a record’s items', () => {
  test('in order, each from its anchor to the next titled one; groups of names are not items', () => {
    expect(recordItems(data([])).map(({ item, start, end }) => [item.url, start, end])).toEqual([
      ['/articles/paris/', 0, 6],
      ['/quotes/starmer/', 6, 12],
      ['/quotes/macron/', 12, 18],
      ['/commitments/hubs/', 18, 24],
    ]);
  });

  test('the items matched are those under whose anchors Pagefind found the words, with their excerpt and score', () => {
    const hits = matchedItems(data([sub(12, 'une <mark>unité</mark>', 2), sub(18, 'the <mark>hubs</mark>', 3)]));
    expect([...hits]).toEqual([
      [2, { excerpt: 'une <mark>unité</mark>', score: 2 }],
      [3, { excerpt: 'the <mark>hubs</mark>', score: 3 }],
    ]);
  });

  test('a match in a group of names finds the items it lists, without an excerpt of its own', () => {
    expect([...matchedItems(data([sub(24, '<mark>Kier</mark> Starmer')]))]).toEqual([[1, { excerpt: undefined, score: 1 }]]);
    // A match in the item's own words gives it their excerpt, and the scores add up.
    const both = matchedItems(data([sub(6, 'the <mark>yards</mark>', 2), sub(24, '<mark>Keir</mark>', 1)]));
    expect(both.get(1)).toEqual({ excerpt: 'the <mark>yards</mark>', score: 3 });
  });
});
