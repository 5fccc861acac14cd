/** Builds the search page's results with DOM APIs and text nodes only: nothing from the content is parsed as HTML. */
import { splitExcerpt, type SearchLabels } from '../../lib/search-state.ts';
import type { FoundItem } from './run.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | undefined, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Only paths of this site become links (a result URL is always one). */
function safeHref(url: string): string {
  const target = new URL(url, location.href);
  return target.origin === location.origin ? target.pathname + target.search + target.hash : '/search/';
}

/** One result: title link, kind · who · when, and the excerpt with its highlights as `<mark>` elements. */
export function renderResult({ item, excerpt }: FoundItem, labels: SearchLabels): HTMLLIElement {
  const link = Object.assign(element('a', undefined, item.title ?? item.url), { href: safeHref(item.url) });
  const time = item.date ? [Object.assign(element('time', undefined, item.when ?? item.date), { dateTime: item.date })] : [];
  const details = [element('span', 'search-result-kind', labels.types[item.type]?.one ?? item.type), ...(item.who ? [item.who] : []), ...time];
  return element(
    'li',
    'search-result',
    element('h3', 'search-result-title', link),
    element('p', 'search-result-meta', ...details.flatMap((part, index) => (index ? [' · ', part] : [part]))),
    element('p', 'search-result-excerpt', ...splitExcerpt(excerpt).map(({ text, marked }) => (marked ? element('mark', undefined, text) : text))),
  );
}
