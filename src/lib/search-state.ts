/**
 * The search page's state and its URL form (`/search/?q=…&speaker=…&type=…`), plus the small
 * pure pieces the page and the index share. No DOM here, so all of it is unit-tested.
 */

/** The one language the index is built in: one WebAssembly file and one metadata file per part. */
export const SEARCH_INDEX_LANGUAGE = 'en';

/** The build's listing of the search index (`searchIndexPartsUrl`), read by the search page. */
export interface SearchIndexListing {
  /** Pagefind's browser API. */
  script: string;
  /** Each part: its folder, its cache tag (the hash of what it was made from) and the files its search starts with. */
  parts: { path: string; tag: string; startup: string[] }[];
}

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

/**
 * Whether the index chunks for a query still being typed are worth fetching before its search
 * runs: from four letters on, a word's prefix points to the chunks the finished word needs
 * (a shorter one can span several).
 */
export const worthReadingAhead = (q: string) => (queryTerms(q).at(-1) ?? '').replace(/[^\p{L}\p{N}]/gu, '').length >= 4;

export type ExcerptPart = { text: string; marked: boolean };

/**
 * Splits a Pagefind excerpt on its `<mark>` highlights into plain text parts, so the page builds
 * text nodes and `<mark>` elements: nothing in an excerpt is parsed as HTML. Pagefind writes `<`
 * and `>` of the text as `&lt;` and `&gt;` (and leaves `&` alone): exactly those are decoded.
 */
export function splitExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
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

/** What the status line says, e.g. `3 quotes for “troops” by Emmanuel Macron`. */
export function describeResults(count: number, state: SearchState, labels: SearchLabels): string {
  const type = state.filters.type ? labels.types[state.filters.type] : undefined;
  const noun = type ? (count === 1 ? type.one : type.many).toLowerCase() : count === 1 ? 'result' : 'results';
  return [`${count === 0 ? 'No' : count} ${noun}`, ...describeConditions(state, labels)].join(' ');
}

/**
 * The status line when there are too many matching pages to count every result up front:
 * `Quotes for “troops”, best first, from 2,843 matching pages`.
 */
export function describeManyResults(pages: number, state: SearchState, labels: SearchLabels): string {
  const type = state.filters.type ? labels.types[state.filters.type] : undefined;
  const order = state.sort === 'oldest' ? 'oldest first' : state.sort === 'newest' || !hasWords(state) ? 'newest first' : 'best first';
  return `${[type ? type.many : 'Results', ...describeConditions(state, labels)].join(' ')}, ${order}, from ${groupDigits(pages)} matching pages`;
}

/** `2843` → `2,843`, without loading Intl's number formatting on the way to the first result. */
const groupDigits = (count: number) => String(count).replace(/\B(?=(\d{3})+$)/g, ',');
