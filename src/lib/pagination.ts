/**
 * Long lists split into numbered pages (`/quotes/`, `/quotes/page/2/`, …), so that no page grows
 * with the whole coverage: at 10,000 articles the list of every quote on one page would be
 * megabytes. Items keep their order; consecutive items that share a key (a speaker, a day) are
 * shown under one heading, repeated as "continued" when a run crosses a page break.
 */

/** Items per page of each list: about 20 KB of compressed HTML each. */
export const PAGE_SIZES = { articles: 50, quotes: 100, commitments: 100, timeline: 200, changes: 100 } as const;

/**
 * Commitments shown as cards on one page, at most; a longer list that must stay on one page (a
 * party's page holds the anchor of every commitment) is shown as table rows instead.
 */
export const MAX_COMMITMENT_CARDS = 100;

export interface Run<T, K> {
  key: K;
  items: T[];
  /** The run began on an earlier page. */
  continued: boolean;
}

export interface ListPage<T, K = never> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  total: number;
  items: T[];
  /** The page's items in runs of the same key (one run per item when there is no key). */
  runs: Run<T, K>[];
}

/** Splits `items` into pages of `size` (always at least one page, so an empty list still has its page). */
export function paginate<T, K = never>(items: readonly T[], size: number, keyOf?: (item: T) => K): ListPage<T, K>[] {
  if (!(size >= 1)) throw new RangeError(`page size must be at least 1 (${size})`);
  const total = Math.max(1, Math.ceil(items.length / size));
  const pages: ListPage<T, K>[] = [];
  for (let index = 0; index < total; index += 1) {
    const pageItems = items.slice(index * size, (index + 1) * size);
    const runs: Run<T, K>[] = [];
    if (keyOf) {
      const before = index > 0 ? items[index * size - 1] : undefined;
      for (const item of pageItems) {
        const key = keyOf(item);
        const last = runs.at(-1);
        if (last && last.key === key) last.items.push(item);
        else runs.push({ key, items: [item], continued: runs.length === 0 && before !== undefined && keyOf(before) === key });
      }
    }
    pages.push({ number: index + 1, total, items: pageItems, runs });
  }
  return pages;
}

/** The page on which each key's first item stands. */
export function firstPageOfKeys<T, K>(pages: readonly ListPage<T, K>[]): Map<K, number> {
  const first = new Map<K, number>();
  for (const page of pages) for (const run of page.runs) if (!first.has(run.key)) first.set(run.key, page.number);
  return first;
}

/** " (page 2 of 5)" for titles and headings; empty for a list that fits on one page. */
export const pageNote = (page: { number: number; total: number }): string =>
  page.total > 1 ? ` (page ${page.number} of ${page.total})` : '';

/** The rest parameter of a paginated route: none for the first page, `page/2` for the second. */
export const pageParam = (number: number): string | undefined => (number <= 1 ? undefined : `page/${number}`);

/** The static paths of a list's pages (`getStaticPaths`): one per page, under its page parameter, keyed for the incremental build. */
export const listPagePaths = <T, K>(pages: readonly ListPage<T, K>[], cacheKey: string) =>
  pages.map((page) => ({ params: { page: pageParam(page.number) }, props: { page }, cacheKey }));
