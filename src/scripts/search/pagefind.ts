/**
 * Loads Pagefind's browser API from the index the build wrote to `/pagefind/`, merges in the
 * index's other parts if the site is large enough to have them (preloading what each part starts
 * with), and types the part of the API the search page uses (Pagefind ships no types for the
 * browser module).
 */
import type { RecordFragment } from '../../lib/search-items.ts';
import { SEARCH_INDEX_LANGUAGE, worthReadingAhead, type SearchIndexPart } from '../../lib/search-state.ts';
import { searchIndexPartsUrl, searchIndexPartUrl } from '../../lib/urls.ts';

export type FilterCounts = Record<string, Record<string, number>>;

/** A word of the record that matched, with Pagefind's weighting. */
export interface WeightedLocation {
  location: number;
  weight: number;
  balanced_score: number;
}

/** A part of a record between two anchors that holds matches (Pagefind's sub-result). */
export interface PagefindSubResult {
  /** Text around the matches in that part, with `<mark>` around each. */
  excerpt: string;
  locations: number[];
  anchor?: { id: string; location: number; title?: string };
}

/** A record's fragment, as `result.data()` gives it (the parts the search page reads). */
export interface PagefindResultData extends RecordFragment {
  url: string;
  /** Text around the matches, with `<mark>` around each; everything else is text. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  weighted_locations: WeightedLocation[];
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Locations of the matched words in the record. */
  words: number[];
  /** Metadata fields (title, aliases…) that the words matched. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter key and value: how many records there would be with that value added (loaded filters only). */
  filters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Searches another index (its folder's URL) along with this one; results are merged by score. */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  /** Fetches the index chunks a search for `term` needs, without searching. */
  preload(term: string): Promise<void>;
}

/** Pagefind's browser API, written by the build with the index. */
export const PAGEFIND_URL = `${searchIndexPartUrl()}pagefind.js`;
/**
 * Its WebAssembly search (the largest file of a first query), named by the index language. The
 * search page preloads both while its own script loads.
 */
export const PAGEFIND_WASM_URL = `${searchIndexPartUrl()}wasm.${SEARCH_INDEX_LANGUAGE}.pagefind`;

/**
 * Pagefind splits every query into graphemes with `Intl.Segmenter`, and a page's first segmenter
 * loads the browser's ICU data: 9–13 ms here, which the reader's first query would otherwise
 * wait for. For a page that waits for its reader to type, not one whose URL already asks.
 */
export function prepareQuerySegmentation(): void {
  if (typeof Intl.Segmenter === 'function') new Intl.Segmenter(SEARCH_INDEX_LANGUAGE, { granularity: 'grapheme' });
}

/**
 * Starts fetching the index chunks for words still being typed, so that the search, which waits
 * for the reader to pause, finds them loaded instead of waiting for the network. At 100 ms of
 * latency, typing a word on the 10,000-article bench site, the median from the last key to the
 * first result went from 522 to 336 ms, with the same index bytes.
 */
export function readAhead(q: string): void {
  if (!worthReadingAhead(q)) return;
  // A failure here is the search's to report, when it runs.
  loadPagefind()
    .then((pagefind) => pagefind.preload(q))
    .catch(() => undefined);
}

/** Options every part of the index searches with. */
const SEARCH_OPTIONS = { excerptLength: 24 };

/**
 * A sorted search scores each record by its rank among its own part's records, and the build
 * deals records to parts in date order (scripts/build/search-index.ts): records of equal rank
 * in different parts are neighbours in date, part 0's the earliest. Weighting part n by
 * 1 + n·ε keeps them in that order when merged (Pagefind multiplies scores by the weight); ε
 * is far too small to change a relevance ranking or to reach the next rank below 10⁸ records.
 */
const partWeight = (part: number) => 1 + part * 1e-9;

/**
 * The first record of every part scores 0 in a sorted search, whatever its part's weight, so
 * those records (the earliest few of the site) come last in part order, earliest first: newest
 * first, they are turned round.
 */
function withRankZeroInOrder(pagefind: Pagefind): Pagefind {
  return {
    ...pagefind,
    async search(term, options) {
      const response = await pagefind.search(term, options);
      const firstRankZero = response?.results.findIndex((result) => result.score === 0) ?? -1;
      if (response && firstRankZero >= 0 && Object.values(options?.sort ?? {}).includes('desc')) {
        response.results.push(...response.results.splice(firstRankZero).reverse());
      }
      return response;
    },
  };
}

/** Every part of the index, as the build listed them (one for a small site). */
async function indexParts(): Promise<SearchIndexPart[]> {
  const response = await fetch(searchIndexPartsUrl());
  if (!response.ok) throw new Error(`search: ${searchIndexPartsUrl()} answered ${response.status}`);
  return (await response.json()) as SearchIndexPart[];
}

/**
 * Asks for every part's entry file and metadata at once. Pagefind reads a part's metadata only
 * once it has its entry file, and the other parts only once the first is ready: a search from a
 * link waited four round trips in a row for them before it could fetch a word (two for a single
 * part).
 * Pagefind's own requests then take the preloaded responses.
 */
function preloadStartup(parts: readonly SearchIndexPart[]): void {
  for (const href of parts.flatMap((part) => part.startup)) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
  }
}

let loading: Promise<Pagefind> | undefined;

/** Imports and starts Pagefind once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const [pagefind, [first, ...others]] = await Promise.all([
      // A runtime URL: the index is written after the Astro build, so the bundler must not resolve it.
      import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>,
      indexParts().then((parts) => {
        preloadStartup(parts);
        return parts;
      }),
    ]);
    if (!first) throw new Error(`search: ${searchIndexPartsUrl()} lists no part`);
    await pagefind.options({
      // Search on the page's own thread: the worker script would add ~43 KB to the first query,
      // and an index this size searches in a few milliseconds.
      noWorker: true,
      metaCacheTag: first.tag,
      ...SEARCH_OPTIONS,
    });
    // The other parts share part 0's WebAssembly: each adds only its metadata and word chunks.
    await Promise.all([
      pagefind.init(),
      ...others.map((part, index) =>
        pagefind.mergeIndex(part.path, { ...SEARCH_OPTIONS, metaCacheTag: part.tag, indexWeight: partWeight(index + 1) }),
      ),
    ]);
    return others.length ? withRankZeroInOrder(pagefind) : pagefind;
  })();
  loading.catch(() => {
    // Let a later attempt (e.g. after coming back online) try again.
    loading = undefined;
  });
  return loading;
}
