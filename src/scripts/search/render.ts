/**
 * Builds the search page's result items with DOM APIs and text nodes only: titles, names and
 * excerpts come from indexed pages and are never parsed as HTML.
 */
import type { FoundItem } from './run.ts';
import { splitExcerpt, type SearchLabels } from '../../lib/search-state.ts';

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

/** One result (a quote, commitment, article, person or country): title link, kind · who · when, excerpt. */
export function renderResult({ item, excerpt: text }: FoundItem, labels: SearchLabels): HTMLLIElement {
  const entry = element('li', 'search-result');
  const title = element('h3', 'search-result-title');
  const link = element('a', undefined, item.title ?? item.url);
  link.href = safeHref(item.url);
  title.append(link);

  const details = element('p', 'search-result-meta');
  const parts: Node[] = [element('span', 'search-result-kind', labels.types[item.type]?.one ?? item.type)];
  if (item.who) parts.push(document.createTextNode(item.who));
  if (item.date) {
    const time = element('time', undefined, item.when ?? item.date);
    time.dateTime = item.date;
    parts.push(time);
  }
  parts.forEach((part, index) => {
    if (index > 0) details.append(' · ');
    details.append(part);
  });

  const excerpt = element('p', 'search-result-excerpt');
  excerpt.append(...excerptNodes(text));
  entry.append(title, details, excerpt);
  return entry;
}
