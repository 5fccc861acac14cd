/** The built site's host files: every redirect page has its 301 line, and every hashed file its immutable caching. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { IMMUTABLE_CACHE } from '../../src/lib/host-files.ts';

const DIST = 'dist';
const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)"/;

/** Every page of the built site as a site path, with its HTML. */
function pages(): [string, string][] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => [`/${file.replace(/index\.html$/, '')}`, readFileSync(join(DIST, file), 'utf8')]);
}

test('every redirect page has its line in _redirects, as a 301 to the same page', () => {
  const lines = new Set(readFileSync(join(DIST, '_redirects'), 'utf8').split('\n'));
  const redirects = pages().flatMap(([path, html]) => {
    const to = REFRESH.exec(html)?.[1];
    return to ? [`${path} ${to} 301`] : [];
  });
  expect(redirects.length).toBeGreaterThan(0);
  for (const line of redirects) expect(lines, line).toContain(line);
  // And nothing else: each line is a redirect page.
  expect([...lines].filter((line) => line && !line.startsWith('#')).sort()).toEqual(redirects.sort());
});

test('_headers gives every hashed file of Astro and of each search index part immutable caching', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const immutable = headers.split(/\n(?=\S)/).filter((rule) => rule.includes(IMMUTABLE_CACHE)).map((rule) => rule.split('\n')[0] ?? '');
  expect(immutable).toContain('/_astro/*');
  const parts = readdirSync(join(DIST, 'pagefind')).filter((name) => name.startsWith('part-')).map((name) => `/pagefind/${name}/`);
  for (const part of ['/pagefind/', ...parts]) {
    for (const folder of ['fragment', 'index', 'filter']) {
      if (existsSync(join(DIST, part, folder))) expect(immutable, `${part}${folder}`).toContain(`${part}${folder}/*`);
    }
  }
  expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'");
});
