import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchIndexInput, SearchIndexFailure, splitIntoParts, writeSearchIndex } from '../../scripts/build/search-index.ts';
import { readSearchInput, writeSearchInput } from '../../scripts/build/search-input.ts';
import { searchRecords, type SearchRecord } from '../../src/lib/search-records.ts';
import type { SearchIndexListing } from '../../src/lib/search-state.ts';
import { smallContent } from './fixtures/small-site.ts';

describe('splitting a large index into parts', () => {
  const dated = (url: string, sort: string): SearchRecord => ({ url, sort, items: [], names: [] });
  // Dates out of order, two of them equal; undated records sort as 00000000.
  const records = ['20260301', '20260105', '00000000', '20260220', '20260105', '20251231', '20260401'].map((date, index) =>
    dated(`/articles/a${index}/`, date),
  );
  const datesOf = (part: SearchRecord[]) => part.map(({ sort }) => sort);

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
    expect(merged.sort((a, b) => a.order - b.order).map(({ record }) => record.sort)).toEqual(records.map(({ sort }) => sort).sort());
  });
});

describe('writing the index with Pagefind', () => {
  const records = searchRecords(smallContent());
  let site: string;
  let cacheDir: string;
  beforeAll(async () => {
    [site, cacheDir] = await Promise.all([mkdtemp(join(tmpdir(), 'search-site-')), mkdtemp(join(tmpdir(), 'search-cache-'))]);
  });
  afterAll(() => Promise.all([site, cacheDir].map((folder) => rm(folder, { recursive: true, force: true }))));

  test('writes every part, the counts and the listing the search page loads, naming files as Pagefind wrote them', async () => {
    const summary = await writeSearchIndex(site, searchIndexInput(records, 4), { cacheDir });
    expect(summary).toBe('Search index: 7 records (articles, people, countries, summits) holding 11 results, in 2 parts');
    const listing = JSON.parse(await readFile(join(site, 'search/index-parts.json'), 'utf8')) as SearchIndexListing;
    expect(listing.script).toBe('/pagefind/pagefind.js');
    expect(listing.parts.map(({ path }) => path)).toEqual(['/pagefind/', '/pagefind/part-1/']);
    for (const { startup } of listing.parts) {
      for (const file of startup) expect(existsSync(join(site, file.replace(/\?.*$/, ''))), file).toBe(true);
    }
    expect(JSON.parse(await readFile(join(site, 'search/counts.json'), 'utf8'))).toEqual(records.counts);
  });

  test('a later build with the same records, handed over as the build hands them (a folder, one file per part), takes every part from the cache', async () => {
    const [again, input] = await Promise.all([mkdtemp(join(tmpdir(), 'search-site-')), mkdtemp(join(tmpdir(), 'search-input-'))]);
    try {
      writeSearchInput(input, searchIndexInput(records, 4));
      expect((await readdir(input)).sort()).toEqual(['input.json', 'part-0.json', 'part-1.json']);
      const summary = await writeSearchIndex(again, readSearchInput(input), { cacheDir });
      expect(summary).toMatch(/\(all unchanged since an earlier build, from the cache\)$/);
      const entry = (root: string) => readFile(join(root, 'pagefind/part-1/pagefind-entry.json'), 'utf8');
      expect(await entry(again)).toBe(await entry(site));
    } finally {
      await Promise.all([again, input].map((folder) => rm(folder, { recursive: true, force: true })));
    }
  });

  test('nothing to index fails the build', () => {
    expect(() => searchIndexInput({ records: [], counts: records.counts })).toThrow(SearchIndexFailure);
  });
});
