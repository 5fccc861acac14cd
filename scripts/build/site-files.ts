/** The built site's files, listed the way the post-build steps (search index, link check) need them. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The HTML files under a folder, as sorted relative paths (`quotes/x/index.html`). A synchronous
 * walk: twice as fast as a glob over 90,000 pages.
 */
export function htmlFiles(outDir: string): string[] {
  const files: string[] = [];
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(join(outDir, folder), { withFileTypes: true })) {
      const path = folder + entry.name;
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) folders.push(`${path}/`);
      else if (path.endsWith('.html')) files.push(path);
    }
  }
  return files.sort();
}

/** The site path a built page is served at: `quotes/x/index.html` → `/quotes/x/`. */
export const sitePathOfPage = (file: string) => `/${file.replace(/index\.html$/, '')}`;
