/**
 * The sitemap lists canonical pages only: redirect pages (country aliases, old ids in
 * `redirect_from`) are left out. @astrojs/sitemap's filter sees only URLs, so the redirects
 * are worked out from the content when the config loads, with the same index the pages use.
 */
import { buildSiteIndex } from './site-index.ts';
import { readBuildHandoff } from './validation/build-handoff.ts';
import { checkedContent } from './validation/checked-content.ts';

/**
 * Site paths (`/countries/uk/`) of every redirect page the build will write: as the build that
 * started this process found them, or worked out from the content.
 */
export async function redirectPaths(root: string): Promise<Set<string>> {
  const handoff = await readBuildHandoff(root);
  if (handoff) return new Set(handoff.redirects);
  const { content } = await checkedContent(root);
  return new Set(buildSiteIndex(content).redirects.map((redirect) => redirect.from));
}

/** A sitemap filter: true for a page (absolute URL) that is not a redirect. */
export function canonicalPagesOnly(redirects: ReadonlySet<string>): (page: string) => boolean {
  return (page) => !redirects.has(new URL(page).pathname);
}
