/** `_redirects` and `_headers` as Netlify and Cloudflare Pages read them. */
import { expect, test } from 'vitest';
import { headersFile, HTML_CACHE, IMMUTABLE_CACHE, redirectsFile } from '../../src/lib/host-files.ts';

test('_redirects: one permanent redirect a line, after a comment', () => {
  expect(redirectsFile([{ from: '/countries/uk/', to: '/countries/gb/' }, { from: '/quotes/old/', to: '/quotes/new/' }])).toBe(
    '# Old and alternative URLs (country aliases, redirect_from), written by the build.\n/countries/uk/ /countries/gb/ 301\n/quotes/old/ /quotes/new/ 301\n',
  );
});

/** `_headers` as rules: path → its header lines. */
function rules(text: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('  ')) current.push(line.trim());
    else parsed.set(line, (current = []));
  }
  return parsed;
}

test('_headers: security headers everywhere, short caching for pages, immutable for hashed files of every index part', () => {
  const parsed = rules(headersFile(2));
  expect(parsed.get('/*')).toEqual([
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    "Content-Security-Policy: frame-ancestors 'none'",
    'X-Frame-Options: DENY',
  ]);
  for (const page of ['/', '/*/', '/*.html']) expect(parsed.get(page)).toEqual([`Cache-Control: ${HTML_CACHE}`]);
  for (const hashed of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/pagefind.*.pf_meta', '/pagefind/part-1/fragment/*', '/pagefind/part-1/pagefind.*.pf_meta']) {
    expect(parsed.get(hashed), hashed).toEqual([`Cache-Control: ${IMMUTABLE_CACHE}`]);
  }
  expect([...parsed.keys()].some((path) => path.includes('part-2'))).toBe(false);
  // No path matched by two rules that set the same header: the catch-all sets no Cache-Control.
  expect(parsed.get('/*')?.some((header) => header.startsWith('Cache-Control'))).toBe(false);
});
