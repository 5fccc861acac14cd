/**
 * Every internal `href`/`src` must lead to a file of the built site, and every `#fragment` to an
 * element id on the page it names. Links to other origins and schemes are not checked.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SitePages } from './site-pages.ts';
import { BuildFailure, type BuildStep } from './steps.ts';

export interface BrokenLink {
  /** The page holding the link, as a site path. */
  page: string;
  href: string;
  reason: string;
}

/** The site path of the file serving `pathname`, or undefined when the site has none. */
function servedPath(siteDir: string, pages: SitePages, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname).replace(/\/index\.html$/, '/');
  if (pages.has(path)) return path;
  if (path.endsWith('/')) return undefined;
  if (pages.has(`${path}/`)) return `${path}/`;
  return existsSync(join(siteDir, path)) ? path : undefined;
}

/** Why a link on this site is broken, or undefined when it is not (or leads elsewhere). */
function brokenReason(siteDir: string, siteOrigin: string, pages: SitePages, url: URL): string | undefined {
  if (url.origin !== siteOrigin || !['http:', 'https:'].includes(url.protocol)) return undefined;
  const target = servedPath(siteDir, pages, url.pathname);
  if (!target) return 'no such page or file';
  // `#:~:text=` is a text fragment, matched against words rather than ids.
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && !fragment.startsWith(':~:') && !pages.get(target)?.ids.has(fragment)) return `no element with id "${fragment}" on ${url.pathname}`;
  return undefined;
}

/** Links that resolve the same on every page (from the site root, or absolute), judged once each. */
const PAGE_INDEPENDENT = /^(?:\/|[a-zA-Z][a-zA-Z\d+.-]*:)/;

/** The broken links of `pages`, in page order. */
export function findBrokenLinks(siteDir: string, site: string, pages: SitePages): BrokenLink[] {
  const siteOrigin = new URL(site).origin;
  const judged = new Map<string, string | undefined>();
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of pages) {
    const pageUrl = new URL(page, siteOrigin);
    for (const href of links) {
      const independent = PAGE_INDEPENDENT.test(href) && !href.startsWith('//');
      const reason =
        independent && judged.has(href) ? judged.get(href) : brokenReason(siteDir, siteOrigin, pages, new URL(href, pageUrl));
      if (independent) judged.set(href, reason);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

export const linkCheck: BuildStep = {
  name: 'link check',
  run({ siteDir, site, pages }) {
    const broken = findBrokenLinks(siteDir, site, pages);
    if (!broken.length) return;
    const list = broken.map((link) => `  ${link.page}: ${link.href} (${link.reason})`).join('\n');
    throw new BuildFailure(`${broken.length} broken internal link(s):\n${list}`);
  },
};
