/**
 * Builds the search page's result items with DOM APIs and text nodes only: titles, names and
 * excerpts come from indexed pages and are never parsed as HTML.
 */
import { splitExcerpt, type SearchLabels } from '../../lib/search-state.ts';
import type { PagefindResultData } from './pagefind.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt as text nodes and `<mark>` elements. */
export function excerptNodes(excerpt: string): Node[] {
  return splitExcerpt(excerpt).map(({ text, marked }) =>
    marked ? element('mark', undefined, text) : document.createTextNode(text),
  );
}

/** Only paths of this site become links (a result URL is always one). */
function safeHref(url: string): string {
  const target = new URL(url, location.href);
  return target.origin === location.origin ? target.pathname + target.search + target.hash : '/search/';
}

/** One result: title link, kind · who · when, excerpt. */
export function renderResult(data: PagefindResultData, labels: SearchLabels): HTMLLIElement {
  const item = element('li', 'search-result');
  const title = element('h3', 'search-result-title');
  const link = element('a', undefined, data.meta['title'] ?? data.url);
  link.href = safeHref(data.url);
  title.append(link);

  const details = element('p', 'search-result-meta');
  const type = data.filters['type']?.[0];
  const parts: Node[] = [];
  if (type) parts.push(element('span', 'search-result-kind', labels.types[type]?.one ?? type));
  if (data.meta['who']) parts.push(document.createTextNode(data.meta['who']));
  if (data.meta['date']) {
    const time = element('time', undefined, data.meta['when'] ?? data.meta['date']);
    time.dateTime = data.meta['date'];
    parts.push(time);
  }
  parts.forEach((part, index) => {
    if (index > 0) details.append(' · ');
    details.append(part);
  });

  const excerpt = element('p', 'search-result-excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(title, details, excerpt);
  return item;
}
