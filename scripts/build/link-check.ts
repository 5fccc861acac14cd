/**
 * Post-build link check: every internal `href`/`src` must point at a file of the built site,
 * and every `#fragment` at an element id on the target page.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { glob } from 'tinyglobby';

export interface BrokenLink {
  /** The page holding the link, as a site path. */
  page: string;
  href: string;
  reason: string;
}

/** `index.html` files → the site path they serve (`quotes/x/index.html` → `/quotes/x/`). */
const pagePath = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The file a site path is served from, or undefined when the site has none. */
function fileFor(outDir: string, path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.map((candidate) => join(outDir, candidate)).find((file) => existsSync(file));
}

export async function findBrokenLinks(outDir: string, site: string): Promise<BrokenLink[]> {
  const files = await glob('**/*.html', { cwd: outDir });
  const idsByFile = new Map<string, Set<string>>();
  const linksByPage = new Map<string, string[]>();
  for (const file of files) {
    const root = parse(await readFile(join(outDir, file), 'utf8'));
    idsByFile.set(join(outDir, file), new Set(root.querySelectorAll('[id]').map((element) => element.id)));
    linksByPage.set(
      pagePath(file),
      root.querySelectorAll('[href], [src]').flatMap((element) => {
        const value = element.getAttribute('href') ?? element.getAttribute('src');
        return value === undefined ? [] : [value];
      }),
    );
  }

  const siteOrigin = new URL(site).origin;
  const broken: BrokenLink[] = [];
  for (const [page, links] of linksByPage) {
    for (const href of links) {
      const target = new URL(href, new URL(page, siteOrigin));
      if (target.origin !== siteOrigin || !['http:', 'https:'].includes(target.protocol)) continue;
      const file = fileFor(outDir, target.pathname);
      if (!file) {
        broken.push({ page, href, reason: 'no such page or file' });
        continue;
      }
      // `#:~:text=` is a text fragment, matched against words rather than ids.
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && !idsByFile.get(file)?.has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}" on ${target.pathname}` });
      }
    }
  }
  return broken;
}
