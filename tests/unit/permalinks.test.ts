/** The permalinks the content produces, from the content alone, and how they compare with the ledger. */
import { expect, test } from 'vitest';
import { compareWithLedger, contentPermalinks } from '../../src/lib/permalinks.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { summitSchema } from '../../src/schemas/summit.ts';

const content = {
  countries: [{ id: 'gb', data: countrySchema.parse({ name: 'United Kingdom', kind: 'country', aliases: ['uk'] }) }],
  actors: [{ id: 'keir-starmer', data: actorSchema.parse({ name: 'Keir Starmer', role: 'Prime Minister', country: 'gb', redirect_from: ['kier-starmer'] }) }],
  summits: [
    {
      id: 'paris-2026-01-06',
      data: summitSchema.parse({ name: 'Meeting (fictional)', starts: '2026-01-06', location: 'Paris', participants: ['gb'], summary: 'S.', redirect_from: ['paris-meeting'] }),
    },
  ],
  articles: [
    {
      id: 'paris',
      data: articleSchema.parse({
        title: 'Paris (fictional)',
        summary: 'S.',
        published: '2026-01-07',
        sources: [{ title: 'Report' }],
        redirect_from: ['paris-old'],
        quotes: [{ id: 'q-new', speaker: 'keir-starmer', text: 'words', said: '2026-01-06', redirect_from: ['q-old'] }],
        commitments: [{ id: 'c', parties: ['gb'], title: 'T', summary: 'S.', domains: ['land'], status: 'pledged', evidence: ['q-new'] }],
      }),
    },
  ],
};

test('every page of an article, quote, commitment, actor, country and summit, every old URL that redirects, and the feeds under each', () => {
  expect(contentPermalinks(content)).toEqual([
    '/actors/keir-starmer/',
    '/actors/keir-starmer/feed.xml',
    '/actors/kier-starmer/',
    '/actors/kier-starmer/feed.xml',
    '/articles/paris-old/',
    '/articles/paris/',
    '/changes.xml',
    '/commitments/c/',
    '/commitments/c/feed.xml',
    '/countries/gb/',
    '/countries/gb/feed.xml',
    '/countries/uk/',
    '/countries/uk/feed.xml',
    '/quotes/q-new/',
    '/quotes/q-old/',
    '/summits/paris-2026-01-06/',
    '/summits/paris-2026-01-06/feed.xml',
    '/summits/paris-meeting/',
    '/summits/paris-meeting/feed.xml',
  ]);
});

test('the ledger comparison: lost URLs fail, new ones are to be recorded', () => {
  expect(compareWithLedger(['/quotes/q-old/', '/quotes/gone/'], ['/quotes/q-new/', '/quotes/q-old/'])).toEqual({
    lost: ['/quotes/gone/'],
    unrecorded: ['/quotes/q-new/'],
  });
});
