/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows results and
 * per-value counts, and writes every change back to the URL. Typing replaces the current
 * history entry (one entry per search, not per key press); submitting, choosing a filter or
 * following an example link adds one, so the back button returns to the previous search.
 */
import {
  FILTER_KEYS,
  describeResults,
  hasFilters,
  hasWords,
  isBlankSearch,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  searchPageUrl,
  type FilterKey,
  type SearchLabels,
  type SearchState,
  type Sort,
} from '../../lib/search-state.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindResult } from './pagefind.ts';
import { renderResult } from './render.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

export function startSearchPage(): void {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  const labelsScript = document.getElementById('search-labels');
  if (!app || !labelsScript?.textContent) return;
  const labels = JSON.parse(labelsScript.textContent) as SearchLabels;

  const form = required<HTMLFormElement>(app, '[data-search-form]');
  const input = required<HTMLInputElement>(app, '[data-search-input]');
  const sortSelect = required<HTMLSelectElement>(app, '[data-search-sort]');
  const reset = required<HTMLElement>(app, '[data-search-reset]');
  const moreFilters = required<HTMLDetailsElement>(app, '[data-search-more-filters]');
  const activeCount = required<HTMLElement>(app, '[data-search-active-count]');
  const status = required<HTMLElement>(app, '[data-search-status]');
  const intro = required<HTMLElement>(app, '[data-search-intro]');
  const list = required<HTMLOListElement>(app, '[data-search-results]');
  const more = required<HTMLButtonElement>(app, '[data-search-more]');
  const empty = required<HTMLElement>(app, '[data-search-empty]');
  const emptyFilters = required<HTMLElement>(app, '[data-search-empty-filters]');
  const withoutFilters = required<HTMLAnchorElement>(app, '[data-search-without-filters]');
  const typeRadios = [...app.querySelectorAll<HTMLInputElement>('input[data-filter-input="type"]')];
  const selects = new Map(
    [...app.querySelectorAll<HTMLSelectElement>('select[data-filter-input]')].map((select) => [
      select.dataset['filterInput'] as FilterKey,
      select,
    ]),
  );

  let state = parseSearchParams(new URLSearchParams(location.search));
  /** False while the current history entry belongs to a search still being typed. */
  let settled = true;
  /** Each run gets a number; a slower, older run never overwrites a newer one. */
  let latestRun = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let matches: PagefindResult[] = [];

  app.hidden = false;

  const currentUrl = () => location.pathname + location.search;

  /** Writes the state to the URL: `typing` replaces the entry being typed, `commit` adds one. */
  function updateUrl(mode: 'typing' | 'submit' | 'commit') {
    const url = searchPageUrl(state, location.pathname);
    if (url !== currentUrl()) {
      const add = mode === 'commit' || settled;
      if (add) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    settled = mode !== 'typing';
  }

  function writeControls() {
    if (input.value !== state.q) input.value = state.q;
    const type = state.filters.type ?? '';
    for (const radio of typeRadios) radio.checked = radio.value === type;
    for (const [key, select] of selects) {
      const value = state.filters[key] ?? '';
      // A value from a URL that the page does not list still shows, so the search is visible.
      if (![...select.options].some((option) => option.value === value)) {
        select.append(new Option(value, value));
      }
      select.value = value;
    }
    sortSelect.value = state.sort;
    const relevance = sortSelect.options[0];
    if (relevance) relevance.textContent = hasWords(state) ? 'Best match first' : 'Default (newest first)';
    reset.hidden = isBlankSearch(state);
    const active = [...selects.keys()].filter((key) => state.filters[key]).length + (state.sort === 'relevance' ? 0 : 1);
    activeCount.textContent = active ? `(${active} in use)` : '';
    // Open when the URL sets something inside, so a shared search shows all its conditions.
    if (active) moreFilters.open = true;
  }

  function writeCounts(counts: Partial<Record<FilterKey, Record<string, number>>>) {
    const types = counts.type ?? {};
    // Every page has exactly one type, so the type counts add up to all results.
    const allTypes = Object.values(types).reduce((sum, count) => sum + count, 0);
    for (const radio of typeRadios) {
      const count = radio.value ? (types[radio.value] ?? 0) : allTypes;
      const label = radio.closest('label')?.querySelector('.search-count');
      if (label) label.textContent = `(${count})`;
    }
    for (const [key, select] of selects) {
      const values = counts[key] ?? {};
      for (const option of select.options) {
        if (!option.value) continue;
        const count = values[option.value] ?? 0;
        option.textContent = `${option.dataset['label'] ?? option.value} (${count})`;
        option.disabled = count === 0 && option.value !== select.value;
      }
    }
  }

  /** Counts per filter value: for a key in use, as if that key were not set, so its other values show what switching would give. */
  async function countFilters(pagefind: Pagefind, term: string | null, found: FilterCounts, totals: FilterCounts) {
    const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
    await Promise.all(
      FILTER_KEYS.map(async (key) => {
        if (!state.filters[key]) {
          counts[key] = found[key] ?? {};
          return;
        }
        const others = pagefindFilters(state, key);
        if (term === null && Object.keys(others).length === 0) {
          counts[key] = totals[key] ?? {};
          return;
        }
        const response = await pagefind.search(term, { filters: others });
        counts[key] = response?.filters[key] ?? {};
      }),
    );
    return counts;
  }

  function updateMoreButton() {
    const remaining = matches.length - list.children.length;
    more.hidden = remaining <= 0;
    more.textContent = `Show ${Math.min(PAGE_SIZE, remaining)} more (${remaining} not shown yet)`;
  }

  /** Loads and shows the next page of results; only the results shown fetch their data. */
  async function showMore(runId: number, moveFocus: boolean) {
    const start = list.children.length;
    const batch = matches.slice(start, start + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (runId !== latestRun) return;
    const items = data.map((item) => renderResult(item, labels));
    list.append(...items);
    updateMoreButton();
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function showError() {
    list.removeAttribute('aria-busy');
    list.replaceChildren();
    matches = [];
    updateMoreButton();
    intro.hidden = true;
    empty.hidden = false;
    emptyFilters.hidden = true;
    status.textContent = 'Search could not be loaded. Check your connection and reload the page, or browse the listings below.';
  }

  async function run() {
    const runId = ++latestRun;
    writeControls();
    intro.hidden = !isBlankSearch(state);
    list.setAttribute('aria-busy', 'true');
    try {
      await search(runId);
    } catch {
      // Pagefind could not load (offline on a first visit, index missing) or failed to search.
      if (runId === latestRun) showError();
    }
  }

  async function search(runId: number) {
    const pagefind = await loadPagefind();
    // Loads every filter's values once (a few hundred bytes each); until then search responses
    // carry no counts.
    const totals = await pagefind.filters();
    if (runId !== latestRun) return;

    if (isBlankSearch(state)) {
      matches = [];
      list.replaceChildren();
      updateMoreButton();
      empty.hidden = true;
      status.textContent = '';
      writeCounts(totals);
      list.removeAttribute('aria-busy');
      return;
    }

    const term = hasWords(state) ? state.q.trim() : null;
    const sort = pagefindSort(state);
    const response = await pagefind.search(term, { filters: pagefindFilters(state), ...(sort ? { sort } : {}) });
    if (runId !== latestRun || !response) return;
    const counts = await countFilters(pagefind, term, response.filters, totals);
    if (runId !== latestRun) return;

    matches = response.results;
    list.replaceChildren();
    await showMore(runId, false);
    if (runId !== latestRun) return;
    writeCounts(counts);
    empty.hidden = matches.length > 0;
    emptyFilters.hidden = !(hasWords(state) && hasFilters(state));
    withoutFilters.href = searchPageUrl({ ...state, filters: {} }, location.pathname);
    status.textContent = describeResults(matches.length, state, labels);
    list.removeAttribute('aria-busy');
  }

  function setState(next: SearchState, mode: 'typing' | 'submit' | 'commit') {
    state = next;
    updateUrl(mode);
    void run();
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => setState({ ...state, q: input.value }, 'typing'), TYPING_DELAY_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    setState({ ...state, q: input.value }, 'submit');
  });

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target === sortSelect) {
      setState({ ...state, q: input.value, sort: sortSelect.value as Sort }, 'commit');
      return;
    }
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const key = target.dataset['filterInput'] as FilterKey | undefined;
    if (!key) return;
    const filters = { ...state.filters };
    if (target.value) filters[key] = target.value;
    else delete filters[key];
    setState({ ...state, q: input.value, filters }, 'commit');
  });

  // Example and "without filters" links search in place instead of reloading the page.
  app.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-search-link]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    clearTimeout(typingTimer);
    setState(parseSearchParams(new URL(link.href).searchParams), 'commit');
    input.focus();
  });

  more.addEventListener('click', () => {
    showMore(latestRun, true).catch(() => {
      status.textContent = 'More results could not be loaded. Check your connection and try again.';
    });
  });

  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    state = parseSearchParams(new URLSearchParams(location.search));
    settled = true;
    void run();
  });

  // A form's empty fields (`?q=&speaker=x`) become the canonical URL without adding an entry.
  history.replaceState(null, '', searchPageUrl(state, location.pathname));
  void run();
}
