/**
 * Asks for the files a search starts with, as the build listed them: `preload` for this page's
 * search, `prefetch` for the search page a reader is about to open (kept five minutes for it).
 */
import type { SearchIndexListing } from '../../lib/search-state.ts';
import { searchIndexPartsUrl } from '../../lib/urls.ts';

let listing: Promise<SearchIndexListing> | undefined;

export function fetchSearchStart(rel: 'preload' | 'prefetch'): Promise<SearchIndexListing> {
  listing ??= fetch(searchIndexPartsUrl()).then((response) => {
    if (!response.ok) throw new Error(`search: ${searchIndexPartsUrl()} answered ${response.status}`);
    return response.json() as Promise<SearchIndexListing>;
  });
  listing.catch(() => (listing = undefined));
  return listing.then((listed) => {
    const files = [...(rel === 'prefetch' ? [searchIndexPartsUrl()] : []), ...listed.parts.flatMap((part) => part.startup)];
    const links = [{ href: listed.script, rel: rel === 'preload' ? 'modulepreload' : rel }, ...files.map((href) => ({ href, rel }))];
    for (const { href, rel: kind } of links) {
      document.head.append(Object.assign(document.createElement('link'), { rel: kind, href, crossOrigin: 'anonymous', ...(kind === 'preload' ? { as: 'fetch' } : {}) }));
    }
    return listed;
  });
}
