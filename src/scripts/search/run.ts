/**
 * One search, from Pagefind's records to the results the page lists. A record is an article
 * (with its quotes and commitments as sections), a person or a country: the page reads a
 * record's fragment only when it needs that record's results, so the first results need a few
 * fragments, not one per result. Counts are exact when every matching record is read, which
 * the page does only when there are few (EXACT_RECORDS); otherwise it says how many records
 * matched and lists the best results first.
 */
import {
  countItems,
  itemsOfRecord,
  recordWords,
  termHits,
  type FoundItem,
  type ItemCounts,
  type RecordSearch,
  type TermHits,
} from '../../lib/search-items.ts';
import {
  FILTER_KEYS,
  hasWords,
  pagefindFilters,
  pagefindSort,
  queryTerms,
  type FilterKey,
  type SearchState,
} from '../../lib/search-state.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';

/** Words in the excerpt of a result found by filters alone (Pagefind's excerptLength for the others). */
export const EXCERPT_WORDS = 24;
/** Up to this many matching records (a few KB each), all are read, so totals and counts are exact. */
export const EXACT_RECORDS = 12;
/** At most this many records read at once after the first (which is read alone, to show a result as soon as possible). */
const BATCH = 6;
/**
 * At most this many records read per page of results: a record can match (every word somewhere
 * in the article) without any of its items matching (each word in another quote); the "more"
 * button reads on.
 */
const RECORDS_PER_PAGE = 48;

/** How to tell where the words matched in a record: one term (or an exact phrase), or several terms. */
type Terms = { whole: string | undefined } | { several: string[] };

const hitsOf = (result: PagefindResult, text: string | undefined): TermHits => ({
  ...(text === undefined ? {} : { text }),
  locations: result.words,
  meta: Boolean(result.matchedMetaFields?.length),
});

export class SearchRun {
  /** Results found so far, in the order to show them. */
  readonly items: FoundItem[] = [];
  readonly records: readonly PagefindResult[];
  private readonly search: Omit<RecordSearch, 'terms'>;
  /** Undefined when searching by filters alone. */
  private readonly terms: Terms | undefined;
  private read = 0;

  private constructor(records: readonly PagefindResult[], search: Omit<RecordSearch, 'terms'>, terms: Terms | undefined) {
    this.records = records;
    this.search = search;
    this.terms = terms;
  }

  /**
   * Runs the search: the records that may hold results (Pagefind's filters are per record, the
   * union of its items' values). A quote matches only if it holds every word, not just its
   * article: for several words, each record's matches are told apart by word when it is read.
   */
  static async start(pagefind: Pagefind, state: SearchState): Promise<SearchRun> {
    const words = hasWords(state);
    const term = words ? state.q.trim() : null;
    const filters = pagefindFilters(state);
    const sort = pagefindSort(state);
    const response = await pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
    const records = response?.results ?? [];
    let terms: Terms | undefined;
    // Words Pagefind drops (punctuation alone) match nothing and must not count.
    const split = term === null ? [] : queryTerms(term).filter((word) => /[\p{L}\p{N}]/u.test(word));
    // An exact phrase ("…") must be in the text: it does not match names.
    if (term === null) terms = undefined;
    else if (split.length <= 1 || /^".+"$/.test(term)) terms = { whole: /^".+"$/.test(term) ? undefined : term };
    else terms = { several: split };
    const order = state.sort === 'relevance' ? (words ? 'relevance' : 'newest') : state.sort;
    return new SearchRun(records, { filters: state.filters, excerptLength: EXCERPT_WORDS, order }, terms);
  }

  /** Every record has been read: `items` holds every result. */
  get complete(): boolean {
    return this.read >= this.records.length;
  }

  /** The number of results, once known (every record read). */
  get total(): number | undefined {
    return this.complete ? this.items.length : undefined;
  }

  private async readRecord(record: PagefindResult): Promise<FoundItem[]> {
    const data = await record.data();
    let terms: readonly TermHits[] | undefined;
    if (this.terms && 'whole' in this.terms) terms = [hitsOf(record, this.terms.whole)];
    else if (this.terms) terms = termHits(recordWords(data), record.words, this.terms.several);
    return itemsOfRecord(data, { ...this.search, ...(terms ? { terms } : {}) });
  }

  /**
   * Reads records in order until at least `count` results are found or none is left; calls
   * `progress` after each step, so the page can show results as they come (it returns false
   * when the search is no longer wanted, which stops the reading).
   */
  async fill(count: number, progress?: () => boolean, limit = RECORDS_PER_PAGE): Promise<void> {
    const stop = this.read + limit;
    while (this.items.length < count && !this.complete && this.read < stop) {
      // As many records as should give the results still missing, at the rate seen so far.
      const perRecord = Math.max(this.items.length / Math.max(this.read, 1), 0.5);
      const size = this.read === 0 ? 1 : Math.min(BATCH, Math.ceil((count - this.items.length) / perRecord));
      const batch = this.records.slice(this.read, this.read + size);
      this.read += batch.length;
      const found = await Promise.all(batch.map((record) => this.readRecord(record)));
      for (const items of found) this.items.push(...items);
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

/**
 * The count next to each filter value: for a key not in use, among this search's results; for a
 * key in use, as if it were not set (so the other values say what switching would give). Only
 * what can be counted exactly from few records, or from the site-wide totals when the search
 * without that key has neither words nor other filters.
 */
export async function countFilters(
  pagefind: Pagefind,
  state: SearchState,
  run: SearchRun,
  totals: () => Promise<ItemCounts | undefined>,
): Promise<KnownCounts> {
  const counts: KnownCounts = {};
  const inUse = FILTER_KEYS.filter((key) => state.filters[key]);
  if (run.complete) {
    const found = countItems(run.items.map(({ item }) => item), state.filters);
    for (const key of FILTER_KEYS) if (!inUse.includes(key)) counts[key] = found[key];
  }
  await Promise.all(
    inUse.map(async (key: FilterKey) => {
      const filters = { ...state.filters };
      delete filters[key];
      const without = { ...state, filters };
      if (!hasWords(state) && !FILTER_KEYS.some((other) => filters[other])) {
        const all = await totals();
        if (all) counts[key] = all[key];
        return;
      }
      const wider = await SearchRun.start(pagefind, without);
      if (await wider.readAllIfFew()) counts[key] = countItems(wider.items.map(({ item }) => item), state.filters)[key];
    }),
  );
  return counts;
}
