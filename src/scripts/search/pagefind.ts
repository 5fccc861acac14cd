/**
 * Loads Pagefind and every part of the index as the build listed them (start-up files asked for at once, not entry file
 * first), merges the parts into one search, and types what the page uses of Pagefind's API (it ships no types).
 */
import type { RecordData } from '../../lib/search-items.ts';
import { SEARCH_INDEX_LANGUAGE } from '../../lib/search-state.ts';
import { searchIndexPartsUrl } from '../../lib/urls.ts';
import { fetchSearchStart } from './prefetch.ts';

export type PagefindResult = { id: string; score: number; data(): Promise<RecordData & { raw_content?: string }> };

type SearchOptions = { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };

/** `mergeIndex` searches another index (its folder's URL) along with this one; `preload` fetches the chunks a term needs. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
}

const reads = new Map<string, Promise<unknown>>();

/** A record's data, read one at a time: Pagefind fills one shared object per record with each search's matches. */
export function readRecord(result: PagefindResult): Promise<RecordData & { raw_content: string }> {
  const read = (reads.get(result.id) ?? Promise.resolve())
    .then(() => result.data())
    .then(({ content, raw_content, anchors, sub_results }) => ({ content, raw_content: raw_content ?? content, anchors, sub_results }));
  reads.set(result.id, read.catch(() => undefined));
  return read;
}

/**
 * A sorted search scores a record by its rank in its own part, and the build deals records to
 * parts in date order (scripts/build/search-index.ts), so equal ranks are neighbouring dates, part
 * 0's the earliest: weighting part n by 1 + n·ε keeps that order when merged (too little to change
 * a relevance ranking). Every part's first record scores 0 whatever its weight: newest first, those are turned round.
 */
const partWeight = (part: number) => 1 + part * 1e-9;

const withRankZeroInOrder = (pagefind: Pagefind): Pagefind => ({
  ...pagefind,
  async search(term, options) {
    const response = await pagefind.search(term, options);
    const firstRankZero = response?.results.findIndex((result) => result.score === 0) ?? -1;
    if (response && firstRankZero >= 0 && Object.values(options?.sort ?? {}).includes('desc')) {
      response.results.push(...response.results.splice(firstRankZero).reverse());
    }
    return response;
  },
});

/** Words in an excerpt: Pagefind's, and those of a result found by filters alone (run.ts). */
export const EXCERPT_WORDS = 24;

let loading: Promise<Pagefind> | undefined;

/** Imports and starts Pagefind once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const { script, parts } = await fetchSearchStart('preload');
    const [first, ...others] = parts;
    if (!first) throw new Error(`search: ${searchIndexPartsUrl()} lists no part`);
    const pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
    // On the page's own thread: the worker script would add to the first query, and a search takes milliseconds.
    await pagefind.options({ noWorker: true, metaCacheTag: first.tag, excerptLength: EXCERPT_WORDS });
    // The other parts share part 0's WebAssembly: each adds only its metadata and word chunks.
    const started = Promise.all([
      pagefind.init(),
      ...others.map((part, index) => pagefind.mergeIndex(part.path, { excerptLength: EXCERPT_WORDS, metaCacheTag: part.tag, indexWeight: partWeight(index + 1) })),
    ]);
    // Pagefind splits queries with `Intl.Segmenter`, whose first use loads ICU data: done while Pagefind waits for its
    // files and (`mergeIndex`) polls every 50 ms for its WebAssembly, not in the first query.
    if (typeof Intl.Segmenter === 'function') new Intl.Segmenter(SEARCH_INDEX_LANGUAGE, { granularity: 'grapheme' });
    await started;
    return others.length ? withRankZeroInOrder(pagefind) : pagefind;
  })();
  // Let a later attempt (e.g. after coming back online) try again.
  loading.catch(() => (loading = undefined));
  return loading;
}
