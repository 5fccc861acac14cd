/**
 * The built site's pages, read once for every post-build step: each HTML file parsed with
 * htmlparser2's tokenizer (no DOM is built), keeping only what the steps check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

export interface SitePage {
  /** The HTML file, relative to the site folder: `quotes/x/index.html`. */
  file: string;
  /** Its element ids. */
  ids: Set<string>;
  /** Its links: every `href` and `src`, entity-decoded, once each. */
  links: string[];
  /** For a page with an article body (`data-article-body`): whether the body holds text. */
  articleBodyHasText?: boolean;
}

/** Site path → page: `/quotes/x/` for `quotes/x/index.html`, `/404.html` for `404.html`. */
export type SitePages = Map<string, SitePage>;

/** The site path a built page is served at: `quotes/x/index.html` → `/quotes/x/`. */
export const sitePathOfPage = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The HTML files under a folder, as sorted relative paths. A synchronous walk: twice as fast as a glob. */
export function htmlFiles(siteDir: string): string[] {
  const files: string[] = [];
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(join(siteDir, folder), { withFileTypes: true })) {
      const path = folder + entry.name;
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) folders.push(`${path}/`);
      else if (path.endsWith('.html')) files.push(path);
    }
  }
  return files.sort();
}

/** What the tokenizer collects from one page (attribute by attribute: no object per element). */
class PageReader {
  ids = new Set<string>();
  links = new Set<string>();
  articleBodyHasText: boolean | undefined;
  /** Open elements inside the article body, the body's own included; 0 outside it. */
  private bodyDepth = 0;
  onopentagname(): void {
    if (this.bodyDepth > 0) this.bodyDepth += 1;
  }

  onattribute(name: string, value: string): void {
    if (name === 'id') this.ids.add(value);
    else if (name === 'href' || name === 'src') this.links.add(value);
    else if (name === 'data-article-body' && this.bodyDepth === 0) {
      this.bodyDepth = 1;
      this.articleBodyHasText ??= false;
    }
  }

  onclosetag(): void {
    if (this.bodyDepth > 0) this.bodyDepth -= 1;
  }

  ontext(text: string): void {
    if (this.bodyDepth > 0 && text.trim()) this.articleBodyHasText = true;
  }
}

/**
 * Copies of the parser's strings: attribute values are slices of the page's HTML, and kept as
 * they are they would keep every page's whole HTML in memory (2.7 GB at 10,000 articles).
 */
const detached = (values: Set<string>): string[] => (values.size ? [...values].join('\0').split('\0') : []);

/** Reads every HTML page of the site. */
export function readSitePages(siteDir: string): SitePages {
  const pages: SitePages = new Map();
  // One copy of each link for the whole site: the header's and footer's links are on every page.
  const links = new Map<string, string>();
  const shared = (link: string) => links.get(link) ?? (links.set(link, link), link);
  for (const file of htmlFiles(siteDir)) {
    const reader = new PageReader();
    const parser = new Parser(reader, { decodeEntities: true, lowerCaseAttributeNames: true });
    parser.end(readFileSync(join(siteDir, file), 'utf8'));
    const page: SitePage = { file, ids: new Set(detached(reader.ids)), links: detached(reader.links).map(shared) };
    if (reader.articleBodyHasText !== undefined) page.articleBodyHasText = reader.articleBodyHasText;
    pages.set(sitePathOfPage(file), page);
  }
  return pages;
}
