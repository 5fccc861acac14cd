/**
 * Loads Pagefind's browser API from the index the build wrote to `/pagefind/`, and types the
 * part of it the search page uses (Pagefind ships no types for the browser module).
 */
import type { RecordFragment } from '../../lib/search-items.ts';

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
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

/** Pagefind's browser API, written by the build with the index. */
export const PAGEFIND_URL = '/pagefind/pagefind.js';
/**
 * Its WebAssembly search (the largest file of a first query), named by the index language: the
 * build indexes everything as English (scripts/build/search-index.ts). The search page preloads
 * both while its own script loads.
 */
export const PAGEFIND_WASM_URL = '/pagefind/wasm.en.pagefind';

let loading: Promise<Pagefind> | undefined;

/** Imports and starts Pagefind once per page. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A runtime URL: the index is written after the Astro build, so the bundler must not resolve it.
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({
      // Search on the page's own thread: the worker script would add ~43 KB to the first query,
      // and an index this size searches in a few milliseconds.
      noWorker: true,
      excerptLength: 24,
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    // Let a later attempt (e.g. after coming back online) try again.
    loading = undefined;
  });
  return loading;
}
