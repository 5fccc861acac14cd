/**
 * One search, from Pagefind's records (an article with its quotes and commitments, a person, a country, a summit) to the
 * results listed, reading a record only when needed. Totals and counts are exact once every matching record is read.
 */
import { countItems, itemMatchesFilters, matchedItems, recordItems, type ItemCounts, type ItemHit, type SearchItem } from '../../lib/search-items.ts';
import { FILTER_KEYS, hasWords, isBlankSearch, pagefindFilters, pagefindSort, queryTerms, type FilterKey, type SearchState } from '../../lib/search-state.ts';
import { EXCERPT_WORDS, readRecord, type Pagefind, type PagefindResult } from './pagefind.ts';

const EXACT_RECORDS = 12;
/** Records read at once after the first (read alone, to show a result soonest). */
const BATCH = 6;
/** Records read per page of results at most (a record can match with none of its items); "more" reads on. */
const RECORDS_PER_PAGE = 48;

/** One result to show. */
export type FoundItem = { item: SearchItem; excerpt: string; score: number };

const byDate = (direction: number) => (a: FoundItem, b: FoundItem) => direction * (a.item.date ?? '').localeCompare(b.item.date ?? '');

export class SearchRun {
  /** Results found so far, in the order to show them. */
  readonly items: FoundItem[] = [];
  readonly records: readonly PagefindResult[];
  private readonly state: SearchState;
  /** For several words, each word's own matching records: an item must hold every word, not just its record. */
  private readonly perTerm: Map<string, PagefindResult>[];
  private read = 0;

  private constructor(records: readonly PagefindResult[], state: SearchState, perTerm: Map<string, PagefindResult>[]) {
    this.records = records;
    this.state = state;
    this.perTerm = perTerm;
  }

  static async start(pagefind: Pagefind, state: SearchState): Promise<SearchRun> {
    const term = hasWords(state) ? state.q.trim() : null;
    const sort = pagefindSort(state);
    const options = { filters: pagefindFilters(state), ...(sort ? { sort } : {}) };
    // Words Pagefind drops (punctuation alone) match nothing; an exact phrase ("…") is one term.
    const terms = term === null ? [] : queryTerms(term).filter((word) => /[\p{L}\p{N}]/u.test(word));
    const [response, ...each] = await Promise.all([term, ...(terms.length > 1 ? terms : [])].map((words) => pagefind.search(words, options)));
    const perTerm = each.map((found) => new Map((found?.results ?? []).map((result) => [result.id, result])));
    return new SearchRun(response?.results ?? [], state, perTerm);
  }

  /** Every record has been read: `items` holds every result. */
  get complete(): boolean {
    return this.read >= this.records.length;
  }

  private async readItems(record: PagefindResult): Promise<FoundItem[]> {
    const data = await readRecord(record);
    let hits: Map<number, ItemHit> | undefined = hasWords(this.state) ? matchedItems(data) : undefined;
    for (const results of this.perTerm) {
      const other = results.get(record.id);
      const inTerm = other ? matchedItems(await readRecord(other)) : new Map<number, ItemHit>();
      hits = new Map([...(hits ?? [])].filter(([index]) => inTerm.has(index)));
    }
    const words = data.raw_content.split(/[^\S\uFEFF]+/);
    const found = recordItems(data).flatMap(({ item, start, end }, index) => {
      const hit = hits?.get(index);
      if ((hits && !hit) || !itemMatchesFilters(item, this.state.filters)) return [];
      const excerpt = hit?.excerpt ?? words.slice(start, Math.min(end, start + EXCERPT_WORDS)).join(' ');
      return [{ item, excerpt, score: hit?.score ?? 0 }];
    });
    // Array.prototype.sort is stable: equal items keep the record's order.
    if (this.state.sort === 'oldest') return found.sort(byDate(1));
    if (this.state.sort === 'newest' || !hits) return found.sort(byDate(-1));
    return found.sort((a, b) => b.score - a.score);
  }

  /** Reads records in order until `count` results are found or none is left; `progress` runs after each step (false stops). */
  async fill(count: number, progress?: () => boolean, limit = RECORDS_PER_PAGE): Promise<void> {
    const stop = this.read + limit;
    while (this.items.length < count && !this.complete && this.read < stop) {
      // As many records as should give the results still missing, at the rate seen so far.
      const perRecord = Math.max(this.items.length / Math.max(this.read, 1), 0.5);
      const size = this.read === 0 ? 1 : Math.min(BATCH, Math.ceil((count - this.items.length) / perRecord));
      const batch = this.records.slice(this.read, this.read + size);
      this.read += batch.length;
      for (const items of await Promise.all(batch.map((record) => this.readItems(record)))) this.items.push(...items);
      if (progress?.() === false) return;
    }
  }

  /** Reads every record when they are few enough; true when the total is then known. */
  async readAllIfFew(): Promise<boolean> {
    if (this.records.length > EXACT_RECORDS) return this.complete;
    await this.fill(Number.POSITIVE_INFINITY, undefined, EXACT_RECORDS);
    return true;
  }
}

/** Count per filter value, for the keys that could be counted exactly. */
export type KnownCounts = Partial<ItemCounts>;

/** Each filter value's count among the results, or for a key in use as if unset: only what few records or the site totals count exactly. */
export async function countFilters(pagefind: Pagefind, state: SearchState, run: SearchRun, totals: () => Promise<ItemCounts | undefined>): Promise<KnownCounts> {
  const counts: KnownCounts = {};
  const inUse = FILTER_KEYS.filter((key) => state.filters[key]);
  const countOf = (items: FoundItem[]) => countItems(items.map(({ item }) => item), state.filters);
  if (run.complete) for (const [key, values] of Object.entries(countOf(run.items)) as [FilterKey, Record<string, number>][]) if (!inUse.includes(key)) counts[key] = values;
  await Promise.all(
    inUse.map(async (key) => {
      const { [key]: _, ...filters } = state.filters;
      const without = { ...state, filters };
      // Nothing else asked for: the site-wide totals hold the count.
      const wider = isBlankSearch(without) ? undefined : await SearchRun.start(pagefind, without);
      const found = wider ? ((await wider.readAllIfFew()) ? countOf(wider.items) : undefined) : await totals();
      if (found) counts[key] = found[key];
    }),
  );
  return counts;
}
