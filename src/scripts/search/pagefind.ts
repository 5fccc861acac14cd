/**
 * Loads Pagefind's browser API from the index the build wrote to `/pagefind/`, and types the
 * part of it the search page uses (Pagefind ships no types for the browser module).
 */

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  /** Text around the matches, with `<mark>` around each; everything else is text. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter key and value: how many results there would be with that value added. */
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
  /** Every filter value of the whole index with its page count. */
  filters(): Promise<FilterCounts>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

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
