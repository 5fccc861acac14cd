/** The redirects the content declares: one per country alias and per old id of every kind. */
import { expect, test } from 'vitest';
import { contentRedirects, redirectPaths } from '../../src/lib/redirects.ts';

const article = (slug: string, redirect_from: string[] = []) => ({
  id: slug,
  data: {
    redirect_from,
    quotes: [
      { id: 'starmer-hubs', redirect_from: ['starmer-old', 'starmer-older'] },
      { id: 'macron-unity', redirect_from: [] },
    ],
    commitments: [{ id: 'uk-france-hubs', redirect_from: ['hubs'] }],
    corrections: [{}, { removed_commitment: 'us-backstop' }],
  },
});

const content = {
  countries: [
    { id: 'gb', data: { aliases: ['uk'] } },
    { id: 'fr', data: { aliases: [] } },
  ],
  actors: [
    { id: 'keir-starmer', data: { redirect_from: ['kier-starmer'] } },
    { id: 'emmanuel-macron', data: { redirect_from: [] } },
  ],
  articles: [article('paris-summit', ['paris'])],
};

test('every alias and redirect_from of every kind points from its old URL to the current one; a removed commitment to its correction', () => {
  expect(contentRedirects(content)).toEqual([
    { from: '/countries/uk/', to: '/countries/gb/' },
    { from: '/actors/kier-starmer/', to: '/actors/keir-starmer/' },
    { from: '/articles/paris/', to: '/articles/paris-summit/' },
    { from: '/quotes/starmer-old/', to: '/quotes/starmer-hubs/' },
    { from: '/quotes/starmer-older/', to: '/quotes/starmer-hubs/' },
    { from: '/commitments/hubs/', to: '/commitments/uk-france-hubs/' },
    { from: '/commitments/us-backstop/', to: '/corrections/#paris-summit-2' },
  ]);
});

test('content that renamed nothing declares no redirect', () => {
  expect(contentRedirects({ countries: [{ id: 'fr', data: { aliases: [] } }], actors: [], articles: [] })).toEqual([]);
  expect(contentRedirects({ ...content, countries: [], actors: [], articles: [article('kyiv-talks')] })).not.toContainEqual(
    expect.objectContaining({ to: '/articles/kyiv-talks/' }),
  );
});

test('the redirect pages are known by their site paths', () => {
  const paths = redirectPaths(contentRedirects(content));
  expect(paths.has('/articles/paris/')).toBe(true);
  expect(paths.has('/articles/paris-summit/')).toBe(false);
  expect(paths.size).toBe(7);
});
