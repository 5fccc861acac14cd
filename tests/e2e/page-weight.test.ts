/**
 * Page weight budgets on every kind of page, from the built files: at most 20 KB of CSS, and
 * at most 10 KB of script outside /search/ (uncompressed, linked and inline together).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { PAGE_KINDS } from './page-kinds.ts';

const DIST = 'dist';
const CSS_BUDGET = 20 * 1024;
const SCRIPT_BUDGET = 10 * 1024;

async function weights(path: string) {
  const { pathname } = new URL(path, 'http://site');
  const file = join(DIST, pathname.endsWith('.html') ? pathname : join(pathname, 'index.html'));
  const root = parse(await readFile(file, 'utf8'));
  const size = async (href: string) => (await stat(join(DIST, new URL(href, 'http://site').pathname))).size;
  let css = 0;
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) css += await size(link.getAttribute('href')!);
  for (const style of root.querySelectorAll('style')) css += Buffer.byteLength(style.textContent);
  let script = 0;
  for (const element of root.querySelectorAll('script')) {
    const type = element.getAttribute('type');
    if (type === 'application/ld+json' || type === 'application/json') continue;
    const src = element.getAttribute('src');
    script += src ? await size(src) : Buffer.byteLength(element.textContent);
  }
  return { css, script };
}

test.each(Object.entries(PAGE_KINDS))('the %s page (%s) keeps within the CSS and script budgets', async (_kind, path) => {
  const { css, script } = await weights(path);
  expect(css).toBeLessThanOrEqual(CSS_BUDGET);
  if (!path.startsWith('/search/')) expect(script).toBeLessThanOrEqual(SCRIPT_BUDGET);
});
