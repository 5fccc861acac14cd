/**
 * The search page: runs the search in the URL (run.ts), shows results and counts, and writes every change back to the URL.
 * Typing replaces the current history entry; submitting, a filter or an example link adds one, so "back" works.
 */
import type { ItemCounts } from '../../lib/search-items.ts';
import { describeManyResults, describeResults, hasFilters, hasWords, isBlankSearch, parseSearchParams, searchPageUrl, worthReadingAhead } from '../../lib/search-state.ts';
import type { FilterKey, SearchLabels, SearchState, Sort } from '../../lib/search-state.ts';
import { searchCountsUrl } from '../../lib/urls.ts';
import { loadPagefind } from './pagefind.ts';
import { renderResult } from './render.ts';
import { countFilters, SearchRun, type KnownCounts } from './run.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

let totals: Promise<ItemCounts | undefined> | undefined;
/** The site-wide counts, fetched once and only when a count needs them. */
const loadTotals = () =>
  (totals ??= fetch(searchCountsUrl())
    .then((response) => (response.ok ? (response.json() as Promise<ItemCounts>) : undefined))
    .catch(() => (totals = undefined)));

export async function startSearchPage(): Promise<void> {
  const app = document.querySelector<HTMLElement>('[data-search-app]');
  const labelsScript = document.getElementById('search-labels');
  if (!app || !labelsScript?.textContent) return;
  // Pagefind loads while the form is set from the URL (a failure is reported by the search).
  void loadPagefind().catch(() => undefined);
  const labels = JSON.parse(labelsScript.textContent) as SearchLabels;

  const part = <T extends Element = HTMLElement>(name: string) => {
    const found = app.querySelector<T>(`[data-search-${name}]`);
    if (!found) throw new Error(`search page: missing [data-search-${name}]`);
    return found;
  };
  const [form, input, sortSelect, more] = [part<HTMLFormElement>('form'), part<HTMLInputElement>('input'), part<HTMLSelectElement>('sort'), part<HTMLButtonElement>('more')];
  const [list, withoutFilters, reset, activeCount, status] = [part('results'), part<HTMLAnchorElement>('without-filters'), part('reset'), part('active-count'), part('status')];
  const [intro, empty, emptyFilters] = [part('intro'), part('empty'), part('empty-filters')];
  const typeRadios = [...app.querySelectorAll<HTMLInputElement>('input[data-filter-input="type"]')];
  const selects = new Map([...app.querySelectorAll<HTMLSelectElement>('select[data-filter-input]')].map((select) => [select.dataset['filterInput'] as Exclude<FilterKey, 'type'>, select]));
  for (const [key, select] of selects) select.append(...Object.entries(labels[key]).map(([value, name]) => new Option(name, value)));

  let state = parseSearchParams(new URLSearchParams(location.search));
  /** False while the current history entry belongs to a search still being typed. */
  let settled = true;
  /** Each run gets a number, so that a slower, older run never overwrites a newer one. */
  let latestRun = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let current: SearchRun | undefined;

  /** Writes the state to the URL (`typing` replaces the entry being typed, `commit` adds one) once the search has started: it can take tens of ms. */
  function updateUrl(mode: 'typing' | 'submit' | 'commit') {
    const url = searchPageUrl(state, location.pathname);
    setTimeout(() => {
      if (url !== location.pathname + location.search) history[mode === 'commit' || settled ? 'pushState' : 'replaceState'](null, '', url);
      settled = mode !== 'typing';
    });
  }

  function writeControls() {
    if (input.value !== state.q) input.value = state.q;
    const type = state.filters.type ?? '';
    for (const radio of typeRadios) radio.checked = radio.value === type;
    for (const [key, select] of selects) {
      const value = state.filters[key] ?? '';
      // A value from a URL that the page does not list still shows, so the search is visible.
      if (![...select.options].some((option) => option.value === value)) select.append(new Option(value, value));
      select.value = value;
    }
    sortSelect.value = state.sort;
    const relevance = sortSelect.options[0];
    if (relevance) relevance.textContent = hasWords(state) ? 'Best match first' : 'Default (newest first)';
    // The reset line keeps its space while idle; the filter panel stays as the reader left it
    // (opening by itself, it would push the results down): the filters in use are counted on it.
    reset.classList.toggle('is-idle', isBlankSearch(state));
    const active = [...selects.keys()].filter((key) => state.filters[key]).length + (state.sort === 'relevance' ? 0 : 1);
    activeCount.textContent = active ? `(${active} in use)` : '';
  }

  /** Shows each value's count; a key whose counts are not known shows its values without one. */
  function writeCounts(counts: KnownCounts) {
    const types = counts.type;
    // Every item has exactly one type: "All" is the sum.
    const allTypes = types && Object.values(types).reduce((sum, count) => sum + count, 0);
    for (const radio of typeRadios) {
      const count = radio.value ? types && (types[radio.value] ?? 0) : allTypes;
      const label = radio.closest('label')?.querySelector('.search-count');
      if (label) label.textContent = count === undefined ? '' : `(${count})`;
    }
    for (const [key, select] of selects) {
      const values = counts[key];
      for (const option of select.options) {
        if (!option.value) continue;
        const name = labels[key][option.value] ?? option.value;
        const count = values ? (values[option.value] ?? 0) : undefined;
        option.textContent = count === undefined ? name : `${name} (${count})`;
        option.disabled = count === 0 && option.value !== select.value;
      }
    }
  }

  function updateMoreButton() {
    const [run, shown] = [current, list.children.length];
    more.hidden = !run || (run.complete && run.items.length <= shown);
    const waiting = run?.complete ? run.items.length - shown : undefined;
    more.textContent = waiting === undefined ? 'Show more results' : `Show ${Math.min(PAGE_SIZE, waiting)} more (${waiting} not shown yet)`;
  }

  /** Shows the next page of results, each as soon as its record is read; `moveFocus` focuses the first new one. */
  async function showMore(runId: number, moveFocus: boolean) {
    const run = current;
    if (!run) return;
    const start = list.children.length;
    const end = start + PAGE_SIZE;
    let first: HTMLElement | undefined;
    const render = () => {
      if (runId !== latestRun) return false;
      const items = run.items.slice(list.children.length, end).map((found) => renderResult(found, labels));
      first ??= items[0];
      list.append(...items);
      return true;
    };
    await run.fill(end, render);
    if (runId !== latestRun) return;
    render();
    updateMoreButton();
    if (moveFocus) first?.querySelector('a')?.focus();
  }

  /** Lists nothing: a blank search shows its introduction (and needs no Pagefind), a failed one the error. */
  function clear(error: boolean) {
    current = undefined;
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    updateMoreButton();
    [intro.hidden, empty.hidden, emptyFilters.hidden] = [error, !error, true];
    status.textContent = error ? 'Search could not be loaded. Check your connection and reload the page, or browse the listings below.' : '';
  }

  async function run() {
    const runId = ++latestRun;
    writeControls();
    if (isBlankSearch(state)) {
      clear(false);
      const counts = await loadTotals();
      if (runId === latestRun) writeCounts(counts ?? {});
      return;
    }
    intro.hidden = true;
    list.setAttribute('aria-busy', 'true');
    // Pagefind could not load (offline on a first visit, index missing) or failed to search.
    await search(runId).catch(() => runId === latestRun && clear(true));
  }

  async function search(runId: number) {
    const pagefind = await loadPagefind();
    const run = await SearchRun.start(pagefind, state);
    if (runId !== latestRun) return;
    current = run;
    list.replaceChildren();
    await showMore(runId, false);
    if (runId !== latestRun) return;

    // With few matching records, read them all: the total and the counts are then exact.
    const exact = await run.readAllIfFew();
    if (runId !== latestRun) return;
    const counts = await countFilters(pagefind, state, run, loadTotals);
    if (runId !== latestRun) return;
    writeCounts(counts);
    updateMoreButton();
    empty.hidden = run.items.length > 0 || !run.complete;
    emptyFilters.hidden = !(hasWords(state) && hasFilters(state));
    withoutFilters.href = searchPageUrl({ ...state, filters: {} }, location.pathname);
    // Last: the status line says the search is done (and screen readers read it out).
    status.textContent = exact ? describeResults(run.items.length, state, labels) : describeManyResults(run.records.length, state, labels);
    list.removeAttribute('aria-busy');
  }

  function setState(next: SearchState, mode: 'typing' | 'submit' | 'commit') {
    clearTimeout(typingTimer);
    state = next;
    updateUrl(mode);
    void run();
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    // The chunks of words still being typed are fetched meanwhile (a failure is the search's to report).
    if (worthReadingAhead(input.value)) loadPagefind().then((pagefind) => pagefind.preload(input.value)).catch(() => undefined);
    typingTimer = setTimeout(() => setState({ ...state, q: input.value }, 'typing'), TYPING_DELAY_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setState({ ...state, q: input.value }, 'submit');
  });

  form.addEventListener('change', ({ target }) => {
    if (target === sortSelect) return setState({ ...state, q: input.value, sort: sortSelect.value as Sort }, 'commit');
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement) || !target.dataset['filterInput']) return;
    const key = target.dataset['filterInput'] as FilterKey;
    const { [key]: _, ...others } = state.filters;
    setState({ ...state, q: input.value, filters: { ...others, ...(target.value ? { [key]: target.value } : {}) } }, 'commit');
  });

  // Example and "without filters" links search in place instead of reloading the page.
  app.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-search-link]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    setState(parseSearchParams(new URL(link.href).searchParams), 'commit');
    input.focus();
  });

  more.addEventListener('click', () =>
    showMore(latestRun, true).catch(() => (status.textContent = 'More results could not be loaded. Check your connection and try again.')),
  );

  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    state = parseSearchParams(new URLSearchParams(location.search));
    settled = true;
    void run();
  });

  // A form's empty fields (`?q=&speaker=x`) become the canonical URL without adding an entry.
  const canonical = searchPageUrl(state, location.pathname);
  if (canonical !== location.pathname + location.search) history.replaceState(null, '', canonical);
  void run();
}
