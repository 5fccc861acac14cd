/** The search page's state, its URL form (`/search/?q=…&speaker=…`) and the pure pieces the page and the index share. */
import type { MarkedRun } from './marked-text.ts';

/** The one language the index is built in: one WebAssembly file and one metadata file per part. */
export const SEARCH_INDEX_LANGUAGE = 'en';

/** The build's listing of the search index (`searchIndexPartsUrl`): Pagefind's browser API and, per part, its folder, cache tag and start-up files. */
export type SearchIndexListing = { script: string; parts: { path: string; tag: string; startup: string[] }[] };

/** Filter keys, in the order they appear in a URL and on the page (see PRODUCT.md). */
export const FILTER_KEYS = ['type', 'speaker', 'country', 'domain', 'status', 'lang'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  /** The words as typed (kept untrimmed so the box and the URL agree while typing). */
  q: string;
  /** One value per key: the id as it appears in the URL. */
  filters: Partial<Record<FilterKey, string>>;
  sort: Sort;
}

export const EMPTY_SEARCH: SearchState = { q: '', filters: {}, sort: 'relevance' };

/** Filter values are ids or language tags; anything else in a URL is ignored, not searched. */
const FILTER_VALUE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const isFilterKey = (key: string): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key);
const isSort = (value: string): value is Sort => (SORTS as readonly string[]).includes(value);

/** Reads `?q=&type=&speaker=…&sort=` (an empty value, as a form sends for "All", means no filter). */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, value] of params) {
    if (isFilterKey(key) && FILTER_VALUE.test(value) && !(key in filters)) filters[key] = value;
  }
  const sort = params.get('sort') ?? '';
  return { q: params.get('q') ?? '', filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The query string for a state, without `?`, keys in a stable order and defaults left out. */
export const toSearchParams = (state: SearchState) =>
  new URLSearchParams([
    ...(state.q.trim() ? [['q', state.q]] : []),
    ...Object.entries(pagefindFilters(state)),
    ...(state.sort === 'relevance' ? [] : [['sort', state.sort]]),
  ]).toString();

/** `/search/` with the state's query string. */
export const searchPageUrl = (state: SearchState, path = '/search/') => (toSearchParams(state) ? `${path}?${toSearchParams(state)}` : path);

export const hasWords = (state: SearchState) => state.q.trim().length > 0;
export const hasFilters = (state: SearchState) => FILTER_KEYS.some((key) => Boolean(state.filters[key]));
/** Nothing to search for: the page shows its introduction instead of results. */
export const isBlankSearch = (state: SearchState) => !hasWords(state) && !hasFilters(state);

/** The filters to hand to Pagefind. */
export const pagefindFilters = (state: SearchState) =>
  Object.fromEntries(FILTER_KEYS.flatMap((key) => (state.filters[key] ? [[key, state.filters[key]]] : []))) as Record<string, string>;

/** Pagefind's sort option: "relevance" is its ranking with words, newest first without. */
export const pagefindSort = (state: SearchState): { date: 'asc' | 'desc' } | undefined =>
  state.sort === 'oldest' ? { date: 'asc' } : state.sort === 'newest' || !hasWords(state) ? { date: 'desc' } : undefined;

/** The terms Pagefind matches one by one: the words, or the whole of an exact phrase in double quotes. */
export const queryTerms = (q: string) => (/^".+"$/.test(q.trim()) ? [q.trim()] : q.trim().split(/\s+/).filter(Boolean));

/** Whether to fetch the index chunks of a word still being typed: from four letters on, its prefix points to the finished word's chunks. */
export const worthReadingAhead = (q: string) => (queryTerms(q).at(-1) ?? '').replace(/[^\p{L}\p{N}]/gu, '').length >= 4;

/**
 * Splits a Pagefind excerpt on its `<mark>` highlights into text parts, so that nothing in it is
 * parsed as HTML. Pagefind writes the text's `<` and `>` as `&lt;` and `&gt;`: exactly those are decoded.
 */
export function splitExcerpt(excerpt: string): MarkedRun[] {
  const parts: MarkedRun[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** Labels for the filter values (value → name), and each result type's singular and plural, embedded in the search page as JSON. */
export type SearchLabels = Record<Exclude<FilterKey, 'type'>, Record<string, string>> & { types: Record<string, { one: string; many: string }> };

const CONDITIONS = { speaker: 'by', country: 'involving', domain: 'in the domain', status: 'with status', lang: 'in' } as const;

/** The conditions of a search in words: `for “troops” by Emmanuel Macron`. */
const describeConditions = (state: SearchState, labels: SearchLabels) => [
  ...(hasWords(state) ? [`for “${state.q.trim()}”`] : []),
  ...Object.entries(CONDITIONS).flatMap(([key, words]) => {
    const value = state.filters[key as keyof typeof CONDITIONS];
    return value ? [`${words} ${labels[key as keyof typeof CONDITIONS][value] ?? value}`] : [];
  }),
];

const typeLabel = (state: SearchState, labels: SearchLabels) => (state.filters.type ? labels.types[state.filters.type] : undefined);

/** What the status line says, e.g. `3 quotes for “troops” by Emmanuel Macron`. */
export function describeResults(count: number, state: SearchState, labels: SearchLabels): string {
  const type = typeLabel(state, labels);
  const noun = type ? (count === 1 ? type.one : type.many).toLowerCase() : count === 1 ? 'result' : 'results';
  return [`${count === 0 ? 'No' : count} ${noun}`, ...describeConditions(state, labels)].join(' ');
}

/** The status line when too many pages match to count every result: `Quotes for “troops”, best first, from 2,843 matching pages`. */
export function describeManyResults(pages: number, state: SearchState, labels: SearchLabels): string {
  const order = state.sort === 'oldest' ? 'oldest first' : state.sort === 'newest' || !hasWords(state) ? 'newest first' : 'best first';
  // Digits grouped by hand: Intl's number formatting would load on the way to the first result.
  const count = String(pages).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${[typeLabel(state, labels)?.many ?? 'Results', ...describeConditions(state, labels)].join(' ')}, ${order}, from ${count} matching pages`;
}
