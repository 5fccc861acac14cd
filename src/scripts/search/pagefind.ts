/**
 * Loads Pagefind's browser API as the build listed it (`searchIndexPartsUrl`: its script and
 * each part of the index with the files its search starts with, all asked for at once, since
 * Pagefind would ask for a part's metadata only once it has its entry file), merges the parts
 * into one search, and types the part of the API the search page uses (Pagefind ships none).
 */
import type { RecordData } from '../../lib/search-items.ts';
import { SEARCH_INDEX_LANGUAGE, worthReadingAhead } from '../../lib/search-state.ts';
import { searchIndexPartsUrl } from '../../lib/urls.ts';
import { fetchSearchStart } from './prefetch.ts';

export interface PagefindResult {
  /** The record's fragment hash. */
  id: string;
  score: number;
  data(): Promise<RecordData & { raw_content?: string }>;
}

type SearchOptions = { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Searches another index (its folder's URL) along with this one; results are merged by score. */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<{ results: PagefindResult[] } | null>;
  /** Fetches the index chunks a search for `term` needs, without searching. */
  preload(term: string): Promise<void>;
}

/**
 * Pagefind splits every query into graphemes with `Intl.Segmenter`, and a page's first segmenter
 * loads the browser's ICU data, which the reader's first query would otherwise wait for.
 */
export function prepareQuerySegmentation(): void {
  if (typeof Intl.Segmenter === 'function') new Intl.Segmenter(SEARCH_INDEX_LANGUAGE, { granularity: 'grapheme' });
}

/** Starts fetching the index chunks for words still being typed, so the search finds them loaded. */
export function readAhead(q: string): void {
  // A failure here is the search's to report, when it runs.
  if (worthReadingAhead(q)) loadPagefind().then((pagefind) => pagefind.preload(q)).catch(() => undefined);
}

const reads = new Map<string, Promise<unknown>>();

/**
 * A record's data, read once at a time per record: Pagefind fills one shared object per record
 * with each search's matches, so two reads at once could see each other's.
 */
export function readRecord(result: PagefindResult): Promise<RecordData & { raw_content: string }> {
  const read = (reads.get(result.id) ?? Promise.resolve())
    .then(() => result.data())
    .then(({ content, raw_content, anchors, sub_results }) => ({ content, raw_content: raw_content ?? content, anchors, sub_results }));
  reads.set(result.id, read.catch(() => undefined));
  return read;
}

/**
 * A sorted search scores each record by its rank in its own part, and the build deals records to
 * parts in date order (scripts/build/search-index.ts): records of equal rank in different parts
 * are neighbours in date, part 0's the earliest. Weighting part n by 1 + n·ε keeps that order
 * when merged (ε is far too small to change a relevance ranking). The first record of every part
 * scores 0 whatever its weight, so those come last, earliest first: newest first, they are turned round.
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

const SEARCH_OPTIONS = { excerptLength: 24 };

let loading: Promise<Pagefind> | undefined;

/** Imports and starts Pagefind once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const { script, parts } = await fetchSearchStart('preload');
    const [first, ...others] = parts;
    if (!first) throw new Error(`search: ${searchIndexPartsUrl()} lists no part`);
    const pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
    // On the page's own thread: the worker script would add to the first query, and a search takes milliseconds.
    await pagefind.options({ noWorker: true, metaCacheTag: first.tag, ...SEARCH_OPTIONS });
    // The other parts share part 0's WebAssembly: each adds only its metadata and word chunks.
    await Promise.all([
      pagefind.init(),
      ...others.map((part, index) => pagefind.mergeIndex(part.path, { ...SEARCH_OPTIONS, metaCacheTag: part.tag, indexWeight: partWeight(index + 1) })),
    ]);
    return others.length ? withRankZeroInOrder(pagefind) : pagefind;
  })();
  // Let a later attempt (e.g. after coming back online) try again.
  loading.catch(() => (loading = undefined));
  return loading;
}
