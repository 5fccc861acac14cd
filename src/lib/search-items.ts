/**
 * What one search result is, and which items of a Pagefind record a search finds: a record's
 * anchors carry its items (search-records.ts), Pagefind's sub-results say under which the words matched.
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from './search-state.ts';

/** One result: a quote, commitment, article, person, country or summit. */
export interface SearchItem {
  /** Its own page (`/quotes/<id>/`…). */
  url: string;
  /** A key of TYPE_LABELS (search-labels.ts). */
  type: string;
  /** Filter values other than the type (ids, as in the search URL). */
  filters: Partial<Record<Exclude<FilterKey, 'type'>, string[]>>;
  /** Result card lines: title, who (speaker or parties), ISO date and that date as pages show it. */
  title?: string;
  who?: string;
  date?: string;
  when?: string;
}

const valuesOf = (item: SearchItem, key: FilterKey) => (key === 'type' ? [item.type] : (item.filters[key] ?? []));

/** Whether `item` has every value asked for, optionally ignoring one key (to count its values). */
export function itemMatchesFilters(item: SearchItem, filters: SearchState['filters'], without?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => key === without || !filters[key] || valuesOf(item, key).includes(filters[key]));
}

/** Counts per filter value, per key (`type` included). */
export type ItemCounts = Record<FilterKey, Record<string, number>>;

/** How many items each filter value would list: among those that match, for a key in use as if it were not set. */
export function countItems(items: Iterable<SearchItem>, filters: SearchState['filters']): ItemCounts {
  const counts = Object.fromEntries(FILTER_KEYS.map((key) => [key, {}])) as ItemCounts;
  for (const item of items) {
    for (const key of FILTER_KEYS) {
      if (!itemMatchesFilters(item, filters, key)) continue;
      for (const value of new Set(valuesOf(item, key))) counts[key][value] = (counts[key][value] ?? 0) + 1;
    }
  }
  return counts;
}

export const totalCounts = (items: Iterable<SearchItem>) => countItems(items, {});

/** An anchor's title in a record: an item, or the indexes of the items a group of names finds (src/lib/search-records.ts). */
export type AnchorTitle = SearchItem | number[];

type Anchor = { title?: string; location: number };

/** What is read here of a record's data (Pagefind's `result.data()`): its words, anchors and, per anchor that matched, the excerpt with `<mark>`s. */
export interface RecordData {
  content: string;
  anchors: Anchor[];
  sub_results: { excerpt: string; anchor?: Anchor; weighted_locations?: { balanced_score: number }[] }[];
}

/** A record's items in order, each with where its words start and end. */
export function recordItems(data: Pick<RecordData, 'anchors'>): { item: SearchItem; start: number; end: number }[] {
  const anchors = data.anchors.filter((anchor) => anchor.title).sort((a, b) => a.location - b.location);
  return anchors.flatMap((anchor, index) => {
    const title = JSON.parse(anchor.title ?? '') as AnchorTitle;
    return Array.isArray(title) ? [] : [{ item: title, start: anchor.location, end: anchors[index + 1]?.location ?? Number.POSITIVE_INFINITY }];
  });
}

/** A match in one item: its excerpt and score. */
export type ItemHit = { excerpt?: string | undefined; score: number };

/** The items (by index) that the words matched: in their own words, or through a group of names that finds them. */
export function matchedItems(data: RecordData): Map<number, ItemHit> {
  const positions = new Map(recordItems(data).map(({ start }, index) => [start, index]));
  const hits = new Map<number, ItemHit>();
  for (const sub of data.sub_results) {
    if (!sub.anchor?.title) continue;
    const title = JSON.parse(sub.anchor.title) as AnchorTitle;
    const score = (sub.weighted_locations ?? []).reduce((sum, { balanced_score }) => sum + balanced_score, 0);
    const own = positions.get(sub.anchor.location);
    for (const index of Array.isArray(title) ? title : own === undefined ? [] : [own]) {
      const hit = hits.get(index);
      hits.set(index, { excerpt: hit?.excerpt ?? (Array.isArray(title) ? undefined : sub.excerpt), score: (hit?.score ?? 0) + score });
    }
  }
  return hits;
}
