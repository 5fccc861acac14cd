/**
 * What one search result is, and how the search page finds results inside a Pagefind record.
 *
 * The index holds one record per article, person and country page (not one per quote or
 * commitment: at 10,000 articles that would be ~93,000 records, and Pagefind's metadata file,
 * which every first query downloads, lists every record). An article's record holds its quotes
 * and commitments as sections. Every result item (the article itself, each quote, each
 * commitment, a person, a country) starts with an anchor element whose `data-pagefind-title` is
 * the item encoded here: its own URL, type, filter values and result-card lines. The search page
 * reads the anchors from the record's fragment and decides, item by item, what matches the
 * words and the filters. No DOM here: shared by the build (scripts/build/search-index.ts) and
 * the page (src/scripts/search/), and unit-tested.
 */
import { FILTER_KEYS, type FilterKey } from './search-state.ts';

export type ItemFilterKey = Exclude<FilterKey, 'type'>;
const ITEM_FILTER_KEYS = FILTER_KEYS.filter((key): key is ItemFilterKey => key !== 'type');

/** One result: a quote, commitment, article, person or country. */
export interface SearchItem {
  /** Its own page (`/quotes/<id>/`…), as the page's URL. */
  url: string;
  /** quote | commitment | article | actor | country */
  type: string;
  /** Filter values other than the type (ids, as in the search URL). */
  filters: Partial<Record<ItemFilterKey, string[]>>;
  /** Result card lines: title, who (speaker or parties), ISO date and that date as pages show it. */
  title?: string;
  who?: string;
  date?: string;
  when?: string;
  /** Other spellings of `who` (a speaker's, a country's). */
  aliases?: string[];
}

/**
 * The anchor title of the part of a record, after its items, that lists once each name its
 * quotes and commitments are found by (`who` and `aliases`, searchable metadata of their own
 * pages): Pagefind finds the record by it, and the page gives the word to the items with
 * that name. Repeating a speaker's name in each of their quotes would make the index grow.
 */
export const NAMES_ANCHOR = 'names';

/** The text for an item anchor's `data-pagefind-title`. */
export const encodeSearchItem = (item: SearchItem): string => JSON.stringify(item);

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === 'string');
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** The item an anchor title encodes, or undefined for any other anchor (a heading with an id). */
export function decodeSearchItem(text: string | undefined): SearchItem | undefined {
  if (!text?.startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const item = value as Record<string, unknown>;
  if (typeof item['url'] !== 'string' || typeof item['type'] !== 'string') return undefined;
  if (typeof item['filters'] !== 'object' || item['filters'] === null) return undefined;
  if (!Object.values(item['filters']).every(isStringArray)) return undefined;
  if (!['title', 'who', 'date', 'when'].every((key) => optionalString(item[key]))) return undefined;
  if (item['aliases'] !== undefined && !isStringArray(item['aliases'])) return undefined;
  return item as unknown as SearchItem;
}

/** One filter value per key, as in the search URL (`type` included). */
export type ItemFilters = Partial<Record<FilterKey, string>>;

/** Whether `item` has every value asked for, optionally ignoring one key (to count its values). */
export function itemMatchesFilters(item: SearchItem, filters: ItemFilters, without?: FilterKey): boolean {
  for (const key of FILTER_KEYS) {
    const wanted = filters[key];
    if (!wanted || key === without) continue;
    const values = key === 'type' ? [item.type] : (item.filters[key] ?? []);
    if (!values.includes(wanted)) return false;
  }
  return true;
}

/** The parts of a Pagefind fragment that the search page reads. */
export interface RecordFragment {
  url: string;
  /** Pagefind's text of the record, with `<` and `>` written as entities; words split on whitespace. */
  raw_content?: string;
  content: string;
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** An item and the words of the record that belong to it: `[start, end)`. */
export interface Section {
  item: SearchItem;
  start: number;
  end: number;
}

const WORD_SEPARATORS = /[^\S\uFEFF]+/g;
/** The record's words, indexed as Pagefind's locations are. */
export const recordWords = (fragment: RecordFragment) => (fragment.raw_content ?? fragment.content).split(WORD_SEPARATORS);

/**
 * The items of a record in document order, each with its span of words: up to the next anchor
 * with a title (the next item, or the part that lists names), or the end of the record.
 */
export function sectionsOf(fragment: RecordFragment, wordCount = recordWords(fragment).length): Section[] {
  const starts = fragment.anchors
    .filter((anchor) => anchor.title)
    .map((anchor) => ({ item: decodeSearchItem(anchor.title), start: anchor.location }))
    .sort((a, b) => a.start - b.start);
  return starts.flatMap(({ item, start }, index) =>
    item ? [{ item, start, end: starts[index + 1]?.start ?? Math.max(wordCount, start) }] : [],
  );
}

/** Where one query term matched in one record. */
export interface TermHits {
  /** The term as typed, to match against an item's names; absent for an exact phrase. */
  text?: string;
  /** Word locations of its matches. */
  locations: readonly number[];
  /** It matched a metadata field of the record (title, aliases…) rather than, or as well as, words. */
  meta: boolean;
}

/** Lower case, without accents: how a term and a name are compared (plain ASCII skips Unicode normalisation). */
const fold = (text: string) =>
  /^[\x20-\x7e]*$/.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase();
const nameWords = (names: readonly string[]) => names.flatMap((name) => fold(name).split(/[^\p{L}\p{N}]+/u)).filter(Boolean);

const bare = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
const commonPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
};

/**
 * Where each term of a several-word search matched in one record, from the locations Pagefind
 * gives for the whole search: each matched word goes to the term it shares the longest start
 * with (Pagefind matched it by that term's stem or prefix). A term with no word in the record
 * matched its metadata (Pagefind finds a record only if every term matches it somewhere).
 */
export function termHits(words: readonly string[], locations: readonly number[], terms: readonly string[]): TermHits[] {
  const folded = terms.map(bare);
  const hits = terms.map((text) => ({ text, locations: [] as number[], meta: false }));
  for (const location of locations) {
    const word = bare(words[location] ?? '');
    let best = 0;
    folded.forEach((term, index) => {
      if (commonPrefix(word, term) > commonPrefix(word, folded[best] ?? '')) best = index;
    });
    hits[best]?.locations.push(location);
  }
  for (const hit of hits) hit.meta = hit.locations.length === 0;
  return hits;
}

/**
 * Whether a term names the item (`who`: its speaker or parties, or another spelling), as
 * Pagefind matches words: a name word that starts with the term ("Zelen", "Kier"), or the term
 * is a name word with a short ending ("Starmer's" for "Starmer").
 */
export function termNamesItem(term: string, item: SearchItem): boolean {
  const names = [...(item.who ? [item.who] : []), ...(item.aliases ?? [])];
  if (!names.length) return false;
  const folded = fold(term).replace(/[^\p{L}\p{N}]+/gu, '');
  if (!folded) return false;
  return nameWords(names).some((word) => word.startsWith(folded) || (folded.startsWith(word) && folded.length - word.length <= 2));
}

/**
 * Whether a section holds every term: each term must match a word inside it, or name its item
 * (a quote's speaker). The record's first section (the page itself: article, person or country)
 * also matches through the record's metadata, as a page did before.
 */
export function sectionHasTerms(section: Section, first: boolean, terms: readonly TermHits[]): boolean {
  return terms.every(
    (term) =>
      (first && term.meta) ||
      term.locations.some((location) => location >= section.start && location < section.end) ||
      (term.text !== undefined && termNamesItem(term.text, section.item)),
  );
}

/** A record's fragment with what Pagefind adds to it for one search. */
export interface RecordData extends RecordFragment {
  weighted_locations?: readonly { location: number; balanced_score: number }[];
  /** Per part between anchors that holds matches: its excerpt, with `<mark>` around each match. */
  sub_results?: readonly { excerpt: string; anchor?: { location: number } }[];
}

/** One result to show: an item, its excerpt and how well it matched. */
export interface FoundItem {
  item: SearchItem;
  excerpt: string;
  score: number;
}

/** The first words of a section, for a result found by filters alone. */
export function plainExcerpt(words: readonly string[], section: Section, length: number): string {
  return words.slice(section.start, Math.min(section.end, section.start + length)).join(' ').trim();
}

export interface RecordSearch {
  /** Where each query term matched in this record; undefined when searching by filters alone. */
  terms?: readonly TermHits[];
  filters: ItemFilters;
  /** Words per excerpt of a result found by filters alone. */
  excerptLength: number;
  /** `relevance`: best match first; otherwise by the item's date. */
  order: 'relevance' | 'newest' | 'oldest';
}

const byDate = (direction: 1 | -1) => (a: FoundItem, b: FoundItem) => direction * (a.item.date ?? '').localeCompare(b.item.date ?? '');

/** The items of one record that match the search, in the order to show them. */
export function itemsOfRecord(data: RecordData, search: RecordSearch): FoundItem[] {
  const words = recordWords(data);
  const sections = sectionsOf(data, words.length);
  const excerpts = new Map((data.sub_results ?? []).flatMap((sub) => (sub.anchor ? [[sub.anchor.location, sub.excerpt] as const] : [])));
  const found: FoundItem[] = [];
  sections.forEach((section, index) => {
    if (!itemMatchesFilters(section.item, search.filters)) return;
    if (search.terms && !sectionHasTerms(section, index === 0, search.terms)) return;
    const score = (data.weighted_locations ?? [])
      .filter(({ location }) => location >= section.start && location < section.end)
      .reduce((sum, { balanced_score }) => sum + balanced_score, 0);
    const excerpt = (search.terms && excerpts.get(section.start)) || plainExcerpt(words, section, search.excerptLength);
    found.push({ item: section.item, excerpt, score });
  });
  // Array.prototype.sort is stable: equal items keep the page's order.
  if (search.order === 'newest') return found.sort(byDate(-1));
  if (search.order === 'oldest') return found.sort(byDate(1));
  return search.terms ? found.sort((a, b) => b.score - a.score) : found;
}

/** Counts per filter value, per key (`type` included). */
export type ItemCounts = Record<FilterKey, Record<string, number>>;

const emptyCounts = (): ItemCounts => Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as unknown as ItemCounts;

/**
 * How many items each filter value would list: for a key in use, as if that key were not set
 * (so its other values say what switching gives), else among the items that match.
 */
export function countItems(items: Iterable<SearchItem>, filters: ItemFilters): ItemCounts {
  const counts = emptyCounts();
  for (const item of items) {
    for (const key of FILTER_KEYS) {
      if (!itemMatchesFilters(item, filters, key)) continue;
      const values = key === 'type' ? [item.type] : (item.filters[key] ?? []);
      const bucket = counts[key];
      for (const value of new Set(values)) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** `countItems` with no filters: every value's count over the whole site (written by the build). */
export const totalCounts = (items: Iterable<SearchItem>) => countItems(items, {});

export { ITEM_FILTER_KEYS };
