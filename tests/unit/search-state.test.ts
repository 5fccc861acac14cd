import { describe, expect, test } from 'vitest';
import { TYPE_LABELS } from '../../src/lib/search-labels.ts';
import {
  EMPTY_SEARCH,
  describeManyResults,
  describeResults,
  isBlankSearch,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  queryTerms,
  searchPageUrl,
  splitExcerpt,
  toSearchParams,
  worthReadingAhead,
  type SearchLabels,
} from '../../src/lib/search-state.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('search URL', () => {
  test('reads words, filters and sort', () => {
    expect(parse('q=hardest+yards&speaker=keir-starmer&type=quote&sort=oldest')).toEqual({
      q: 'hardest yards',
      filters: { speaker: 'keir-starmer', type: 'quote' },
      sort: 'oldest',
    });
  });

  test('treats empty form fields as absent and ignores unknown keys and bad values', () => {
    expect(parse('speaker=emmanuel-macron&type=quote&q=&country=&utm_source=x&domain=<script>&sort=random')).toEqual({
      q: '',
      filters: { speaker: 'emmanuel-macron', type: 'quote' },
      sort: 'relevance',
    });
  });

  test('keeps the first value of a repeated key', () => {
    expect(parse('country=fr&country=gb').filters).toEqual({ country: 'fr' });
  });

  test('writes keys in a stable order and leaves defaults out', () => {
    const state = parse('sort=newest&lang=fr&speaker=emmanuel-macron&q=unit%C3%A9&type=quote');
    expect(toSearchParams(state)).toBe('q=unit%C3%A9&type=quote&speaker=emmanuel-macron&lang=fr&sort=newest');
    expect(searchPageUrl(EMPTY_SEARCH)).toBe('/search/');
    expect(searchPageUrl({ ...EMPTY_SEARCH, q: '   ' })).toBe('/search/');
  });

  test('round-trips through the URL', () => {
    const state = parse('q=%C2%AB+guillemets+%C2%BB+%26+more&country=coalition-of-the-willing&status=in-progress');
    expect(parse(toSearchParams(state))).toEqual(state);
  });

  test('a filter alone is a search; nothing at all is not', () => {
    expect(isBlankSearch(parse(''))).toBe(true);
    expect(isBlankSearch(parse('q=+'))).toBe(true);
    expect(isBlankSearch(parse('speaker=keir-starmer'))).toBe(false);
  });
});

describe('what goes to Pagefind', () => {
  test('filters, optionally without one key', () => {
    const state = parse('type=quote&speaker=keir-starmer&country=gb');
    expect(pagefindFilters(state)).toEqual({ type: 'quote', speaker: 'keir-starmer', country: 'gb' });
  });

  test('sort: ranking with words, newest first without', () => {
    expect(pagefindSort(parse('q=troops'))).toBeUndefined();
    expect(pagefindSort(parse('speaker=keir-starmer'))).toEqual({ date: 'desc' });
    expect(pagefindSort(parse('q=troops&sort=newest'))).toEqual({ date: 'desc' });
    expect(pagefindSort(parse('q=troops&sort=oldest'))).toEqual({ date: 'asc' });
  });
});

describe('excerpts', () => {
  test('splits highlights into marked and plain parts', () => {
    expect(splitExcerpt('the <mark>hardest</mark> <mark>yards</mark> are')).toEqual([
      { text: 'the ', marked: false },
      { text: 'hardest', marked: true },
      { text: ' ', marked: false },
      { text: 'yards', marked: true },
      { text: ' are', marked: false },
    ]);
  });

  test('leaves any other markup as text, never as HTML', () => {
    const parts = splitExcerpt('<img src=x onerror=alert(1)> <mark><b>bold</b></mark> &lt;script&gt;');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: '<b>bold</b>', marked: true },
      { text: ' <script>', marked: false },
    ]);
  });

  test('decodes only what Pagefind escapes', () => {
    expect(splitExcerpt('a &lt;b&gt; &amp; <mark>c</mark> & d')).toEqual([
      { text: 'a <b> &amp; ', marked: false },
      { text: 'c', marked: true },
      { text: ' & d', marked: false },
    ]);
  });
});

describe('status line', () => {
  const labels: SearchLabels = {
    types: TYPE_LABELS,
    speaker: { 'emmanuel-macron': 'Emmanuel Macron' },
    country: { fr: 'France' },
    domain: { troops: 'Troops' },
    status: { conditional: 'Conditional' },
    lang: { fr: 'French' },
  };

  test('names the type, words and filters', () => {
    expect(describeResults(2, parse('speaker=emmanuel-macron&type=quote'), labels)).toBe('2 quotes by Emmanuel Macron');
    expect(describeResults(1, parse('q=troops&type=commitment&country=fr'), labels)).toBe(
      '1 commitment for “troops” involving France',
    );
    expect(describeResults(0, parse('q=zzz'), labels)).toBe('No results for “zzz”');
    expect(describeResults(3, parse('domain=troops&status=conditional&lang=fr'), labels)).toBe(
      '3 results in the domain Troops with status Conditional in French',
    );
  });

  test('with too many matching pages to count every result, says how many pages and in what order', () => {
    expect(describeManyResults(2843, parse('q=ceasefire'), labels)).toBe('Results for “ceasefire”, best first, from 2,843 matching pages');
    expect(describeManyResults(120, parse('speaker=emmanuel-macron&type=quote'), labels)).toBe(
      'Quotes by Emmanuel Macron, newest first, from 120 matching pages',
    );
    expect(describeManyResults(40, parse('q=troops&sort=oldest'), labels)).toBe('Results for “troops”, oldest first, from 40 matching pages');
  });
});

test('reading ahead: only once the last word typed has four letters or digits', () => {
  expect(worthReadingAhead('cea')).toBe(false);
  expect(worthReadingAhead('ceas')).toBe(true);
  expect(worthReadingAhead('ceasefire tr')).toBe(false);
  expect(worthReadingAhead('ceasefire troo')).toBe(true);
  // Punctuation is not searched, so it does not count.
  expect(worthReadingAhead('"har')).toBe(false);
  expect(worthReadingAhead('"hard')).toBe(true);
  expect(worthReadingAhead('   ')).toBe(false);
});

test('query terms: the words one by one, an exact phrase whole', () => {
  expect(queryTerms('  hardest   yards ')).toEqual(['hardest', 'yards']);
  expect(queryTerms('"hardest yards"')).toEqual(['"hardest yards"']);
  expect(queryTerms('')).toEqual([]);
});
