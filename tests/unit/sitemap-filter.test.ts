/** The sitemap keeps canonical pages and leaves out the redirect pages the build wrote. */
import { expect, test } from 'vitest';
import { canonicalPagesOnly, sitePathOfFile } from '../../src/lib/sitemap-filter.ts';

const outDir = new URL('file:///work/site/.dist-staging/');

test('a written page gives its site path', () => {
  expect(sitePathOfFile(outDir, new URL('countries/uk/index.html', outDir))).toBe('/countries/uk/');
  expect(sitePathOfFile(outDir, new URL('quotes/%C3%A9t%C3%A9/index.html', outDir))).toBe('/quotes/été/');
  expect(sitePathOfFile(outDir, new URL('index.html', outDir))).toBe('/');
  expect(sitePathOfFile(new URL('file:///work/site/.dist-staging'), new URL('countries/uk/index.html', outDir))).toBe('/countries/uk/');
  expect(() => sitePathOfFile(outDir, new URL('file:///elsewhere/index.html'))).toThrow(/not inside the output folder/);
});

test('redirect pages are left out, canonical pages kept', () => {
  const keep = canonicalPagesOnly(new Set(['/countries/uk/']));
  expect(keep('https://tracker.test/countries/uk/')).toBe(false);
  expect(keep('https://tracker.test/countries/gb/')).toBe(true);
  expect(keep('https://tracker.test/data/')).toBe(true);
});
