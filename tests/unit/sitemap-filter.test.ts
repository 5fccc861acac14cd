/** The sitemap keeps canonical pages and leaves redirect pages out. */
import { expect, test } from 'vitest';
import { canonicalPagesOnly, redirectPaths } from '../../src/lib/sitemap-filter.ts';

test('country aliases are redirects, canonical pages are not', async () => {
  const redirects = await redirectPaths(process.cwd());
  expect(redirects.has('/countries/uk/')).toBe(true);
  const keep = canonicalPagesOnly(redirects);
  expect(keep('https://tracker.test/countries/uk/')).toBe(false);
  expect(keep('https://tracker.test/countries/gb/')).toBe(true);
  expect(keep('https://tracker.test/data/')).toBe(true);
});
