/**
 * The derived indexes on a small in-memory site. Entries go through the real schemas, so that
 * defaults are filled exactly as in a build.
 */
import { describe, expect, test } from 'vitest';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { DOMAINS } from '../../src/schemas/commitment.ts';
import { buildSiteIndex, contentKey, countByStatus, groupByDay, groupByKeys, type SiteIndex } from '../../src/lib/site-index.ts';

const countries = [
  { id: 'gb', data: countrySchema.parse({ name: 'United Kingdom', kind: 'country', aliases: ['uk'] }) },
  { id: 'fr', data: countrySchema.parse({ name: 'France', kind: 'country' }) },
  { id: 'ua', data: countrySchema.parse({ name: 'Ukraine', kind: 'country' }) },
  { id: 'eu', data: countrySchema.parse({ name: 'European Union', kind: 'organization', members: ['fr'] }) },
];

const actors = [
  { id: 'keir-starmer', data: actorSchema.parse({ name: 'Keir Starmer', role: 'Prime Minister', country: 'gb' }) },
  { id: 'emmanuel-macron', data: actorSchema.parse({ name: 'Emmanuel Macron', role: 'President', country: 'fr' }) },
  { id: 'volodymyr-zelensky', data: actorSchema.parse({ name: 'Volodymyr Zelensky', role: 'President', country: 'ua' }) },
];

const paris = articleSchema.parse({
  title: 'Paris summit',
  summary: 'Guarantees after a ceasefire.',
  published: '2026-01-07T09:00:00+01:00',
  sources: [{ id: 'report', title: 'Report' }, { title: 'Unnamed source' }],
  quotes: [
    { id: 'starmer-hubs', speaker: 'keir-starmer', text: 'military hubs', said: '2026-01-06T18:30:00+01:00', via: 'report' },
    { id: 'starmer-progress', speaker: 'keir-starmer', text: 'excellent progress', said: '2026-01-06' },
    {
      id: 'macron-unity',
      speaker: 'emmanuel-macron',
      lang: 'fr',
      text: 'une unité sans précédent',
      translation: 'an unprecedented unity',
      translated_by: 'source',
      said: '2026-01-06T17:00:00+01:00',
    },
  ],
  commitments: [
    {
      id: 'uk-france-hubs',
      parties: ['gb', 'fr'],
      title: 'Military hubs',
      summary: 'Hubs after a ceasefire.',
      domains: ['land'],
      status: 'conditional',
      evidence: ['starmer-hubs', 'starmer-progress'],
      history: [
        { at: '2026-01-06', status: 'proposed' },
        { at: '2026-01-08', status: 'conditional', note: 'Tied to a ceasefire.' },
      ],
    },
    {
      id: 'france-troops',
      parties: ['fr'],
      title: 'French troops',
      summary: 'Several thousand troops.',
      domains: ['troops'],
      status: 'pledged',
      evidence: ['macron-unity'],
    },
  ],
  events: [{ id: 'paris-meeting', at: '2026-01-06T15:00:00+01:00', title: 'Leaders meet', summary: 'In Paris.' }],
});

const kyiv = articleSchema.parse({
  title: 'Kyiv follow-up',
  summary: 'Details are worked out.',
  published: '2026-01-20',
  sources: [{ title: 'Follow-up report' }],
  quotes: [
    { id: 'zelensky-details', speaker: 'volodymyr-zelensky', text: 'We have the details.', kind: 'reported', said: '2026-01-19' },
  ],
  commitments: [
    {
      id: 'ukraine-planning',
      parties: ['ua', 'fr'],
      title: 'Planning',
      summary: 'Force planning.',
      domains: ['coordination'],
      status: 'in-progress',
      evidence: ['zelensky-details', 'starmer-hubs'],
    },
  ],
});

const site: SiteIndex = buildSiteIndex({
  actors,
  countries,
  articles: [
    { id: 'paris-summit', data: paris },
    { id: 'kyiv-follow-up', data: kyiv },
  ],
});

const ids = (records: readonly { commitment: { id: string } }[] | undefined) => records?.map((r) => r.commitment.id);
const quoteIds = (records: readonly { quote: { id: string } }[] | undefined) => records?.map((r) => r.quote.id);

describe('buildSiteIndex', () => {
  test('articles newest first, and by slug', () => {
    expect(site.articles.map((entry) => entry.id)).toEqual(['kyiv-follow-up', 'paris-summit']);
    expect(site.articleBySlug.get('paris-summit')?.title).toBe('Paris summit');
  });

  test('countries sorted by name, and aliases to canonical ids', () => {
    expect([...site.countries.keys()]).toEqual(['eu', 'fr', 'ua', 'gb']);
    expect([...site.countryAliases]).toEqual([['uk', 'gb']]);
  });

  test('quotes oldest first, each with its article and, when named, its source', () => {
    expect(quoteIds(site.quotes)).toEqual(['starmer-progress', 'macron-unity', 'starmer-hubs', 'zelensky-details']);
    expect(site.quoteById.get('starmer-hubs')).toMatchObject({ article: 'paris-summit', source: { id: 'report', title: 'Report' } });
    expect(site.quoteById.get('starmer-progress')).not.toHaveProperty('source');
    expect(site.quoteById.get('zelensky-details')?.article).toBe('kyiv-follow-up');
  });

  test('quotesBySpeaker', () => {
    expect(Object.fromEntries([...site.quotesBySpeaker].map(([speaker, records]) => [speaker, quoteIds(records)]))).toEqual({
      'keir-starmer': ['starmer-progress', 'starmer-hubs'],
      'emmanuel-macron': ['macron-unity'],
      'volodymyr-zelensky': ['zelensky-details'],
    });
  });

  test('commitmentsByParty: a commitment with two parties is listed under both', () => {
    expect(ids(site.commitmentsByParty.get('gb'))).toEqual(['uk-france-hubs']);
    expect(ids(site.commitmentsByParty.get('fr'))).toEqual(['ukraine-planning', 'uk-france-hubs', 'france-troops']);
    expect(ids(site.commitmentsByParty.get('ua'))).toEqual(['ukraine-planning']);
    expect(site.commitmentsByParty.has('eu')).toBe(false);
    expect(site.commitmentById.get('france-troops')?.article).toBe('paris-summit');
  });

  test('commitmentsByQuote: every commitment that cites a quote, across articles', () => {
    expect(ids(site.commitmentsByQuote.get('starmer-hubs'))).toEqual(['ukraine-planning', 'uk-france-hubs']);
    expect(ids(site.commitmentsByQuote.get('macron-unity'))).toEqual(['france-troops']);
    expect(site.commitmentsByQuote.has('nobody-said-this')).toBe(false);
  });

  test('commitmentsByActor: through the speakers of the evidence, each commitment once', () => {
    // uk-france-hubs cites two quotes by Starmer: it is listed once.
    expect(ids(site.commitmentsByActor.get('keir-starmer'))).toEqual(['ukraine-planning', 'uk-france-hubs']);
    expect(ids(site.commitmentsByActor.get('emmanuel-macron'))).toEqual(['france-troops']);
    expect(ids(site.commitmentsByActor.get('volodymyr-zelensky'))).toEqual(['ukraine-planning']);
  });

  test('the timeline: days in order, each day sorted by time, then events, words, status and coverage', () => {
    const days = site.timeline.map((day) => [day.day, day.entries.map((entry) => `${entry.kind} ${entry.at} ${entry.url}`)]);
    expect(days).toEqual([
      [
        '2026-01-06',
        [
          'quote 2026-01-06 /quotes/starmer-progress/',
          'status 2026-01-06 /commitments/uk-france-hubs/',
          'event 2026-01-06T15:00:00+01:00 /articles/paris-summit/',
          'quote 2026-01-06T17:00:00+01:00 /quotes/macron-unity/',
          'quote 2026-01-06T18:30:00+01:00 /quotes/starmer-hubs/',
        ],
      ],
      ['2026-01-07', ['publication 2026-01-07T09:00:00+01:00 /articles/paris-summit/']],
      ['2026-01-08', ['status 2026-01-08 /commitments/uk-france-hubs/']],
      ['2026-01-19', ['quote 2026-01-19 /quotes/zelensky-details/']],
      ['2026-01-20', ['publication 2026-01-20 /articles/kyiv-follow-up/']],
    ]);
  });

  test('timeline entries carry titles and summaries', () => {
    const entries = site.timeline.flatMap((day) => day.entries);
    expect(entries.find((entry) => entry.url === '/quotes/macron-unity/')).toMatchObject({
      title: 'Emmanuel Macron',
      summary: expect.stringContaining('an unprecedented unity'),
    });
    expect(entries.find((entry) => entry.kind === 'event')).toMatchObject({ title: 'Leaders meet', summary: 'In Paris.' });
    expect(entries.filter((entry) => entry.kind === 'status').map((entry) => entry.title)).toEqual([
      'Military hubs: proposed',
      'Military hubs: conditional',
    ]);
    expect(entries.find((entry) => entry.at === '2026-01-08')?.summary).toBe('Tied to a ceasefire.');
  });
});

describe('groupByDay', () => {
  test('same instant: events, then quotes, then status changes, then publications', () => {
    const at = '2026-01-06';
    const days = groupByDay([
      { kind: 'publication', at, title: 'p', url: '/p/' },
      { kind: 'status', at, title: 's', url: '/s/' },
      { kind: 'quote', at, title: 'q', url: '/q/' },
      { kind: 'event', at, title: 'e', url: '/e/' },
    ]);
    expect(days.map((day) => [day.day, day.entries.map((entry) => entry.kind)])).toEqual([
      ['2026-01-06', ['event', 'quote', 'status', 'publication']],
    ]);
  });

  test('each written day once, in order, whatever the offsets', () => {
    const entry = (at: string) => ({ kind: 'event' as const, at, title: at, url: '/e/' });
    const days = groupByDay([
      entry('2026-01-07T02:00:00Z'),
      entry('2026-01-06T20:00:00-05:00'),
      entry('2026-01-07'),
      entry('2026-01-07T09:00:00+01:00'),
    ]);
    expect(days.map((day) => [day.day, day.entries.map((item) => item.at)])).toEqual([
      ['2026-01-06', ['2026-01-06T20:00:00-05:00']],
      ['2026-01-07', ['2026-01-07', '2026-01-07T02:00:00Z', '2026-01-07T09:00:00+01:00']],
    ]);
  });

  test('no entries, no days', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('groupByKeys and countByStatus', () => {
  test('groupByKeys: an item under each of its keys, keys in the given order, empty groups left out', () => {
    const groups = groupByKeys(site.commitments, (record) => record.commitment.domains, DOMAINS);
    expect(groups.map(([domain, records]) => [domain, ids(records)])).toEqual([
      ['land', ['uk-france-hubs']],
      ['troops', ['france-troops']],
      ['coordination', ['ukraine-planning']],
    ]);
  });

  test('groupByKeys ignores keys that are not in the order', () => {
    expect(groupByKeys([{ keys: ['a', 'z'] as const }], (item) => item.keys, ['a'])).toEqual([['a', [{ keys: ['a', 'z'] }]]]);
  });

  test('countByStatus', () => {
    expect(Object.fromEntries(countByStatus(site.commitments))).toEqual({ conditional: 1, pledged: 1, 'in-progress': 1 });
    expect(countByStatus([]).size).toBe(0);
  });
});

describe('redirects', () => {
  test('a country alias redirects to the canonical country page', () => {
    expect(site.redirects).toContainEqual({ from: '/countries/uk/', to: '/countries/gb/' });
  });

  test('every redirect_from becomes a redirect to the current URL (see redirects.test.ts)', () => {
    const renamed = buildSiteIndex({
      countries,
      actors,
      articles: [{ id: 'paris-summit', data: articleSchema.parse({ ...paris, redirect_from: ['paris'] }) }],
    });
    expect(renamed.redirects).toContainEqual({ from: '/articles/paris/', to: '/articles/paris-summit/' });
    expect(renamed.redirects).toHaveLength(2);
  });
});

describe('contentKey', () => {
  const entries = [
    { id: 'a', data: {}, digest: '1' },
    { id: 'b', data: {}, digest: '2' },
  ];
  const key = contentKey({ articles: entries, actors: [{ id: 'x', data: {}, digest: '3' }] });

  test('the same content gives the same key', () => {
    expect(contentKey({ articles: entries.map((entry) => ({ ...entry })), actors: [{ id: 'x', data: {}, digest: '3' }] })).toBe(key);
  });

  test('a change to any entry, its id or its collection changes the key', () => {
    expect(contentKey({ articles: entries, actors: [{ id: 'x', data: {}, digest: '4' }] })).not.toBe(key);
    expect(contentKey({ articles: [entries[0]!, { ...entries[1]!, id: 'c' }], actors: [{ id: 'x', data: {}, digest: '3' }] })).not.toBe(key);
    expect(contentKey({ articles: entries, countries: [{ id: 'x', data: {}, digest: '3' }] })).not.toBe(key);
    expect(contentKey({ articles: entries.slice(1), actors: [{ id: 'x', data: {}, digest: '3' }] })).not.toBe(key);
  });

  test('entries without a digest (built in memory) are keyed by their data', () => {
    expect(contentKey({ actors })).not.toBe(contentKey({ actors: actors.slice(1) }));
    expect(buildSiteIndex({ actors, countries, articles: [{ id: 'paris-summit', data: paris }] }).contentKey).not.toBe(site.contentKey);
  });
});

describe('corrections', () => {
  const corrected = articleSchema.parse({
    title: 'Corrected',
    summary: 'An article with corrections.',
    published: '2026-02-01',
    sources: [{ id: 'report', title: 'Report' }],
    commitments: [
      {
        id: 'cooperation',
        parties: ['fr'],
        title: 'Cooperation',
        summary: 'A framework.',
        domains: ['training'],
        status: 'proposed',
        evidence: [{ source: 'report', says: 'The summit set a framework.' }],
      },
    ],
    corrections: [
      { printed: 'Kier', corrected: 'Keir' },
      { printed_by: 'site', at: '2026-03-01', printed: 'A pledge.', corrected: 'Removed.', removed_commitment: 'old-pledge' },
      { printed_by: 'site', at: '2026-03-01', printed: 'Almost everything.', corrected: 'Three things.' },
    ],
  });
  const withCorrections = buildSiteIndex({ actors, countries, articles: [{ id: 'paris-summit', data: paris }, { id: 'corrected', data: corrected }] });

  test('newest first, a day keeping its article order, each with its anchor and date', () => {
    expect(withCorrections.corrections.map(({ anchor, at }) => [anchor, at])).toEqual([
      ['corrected-2', '2026-03-01'],
      ['corrected-3', '2026-03-01'],
      ['corrected-1', '2026-02-01'],
    ]);
  });

  test('a removed commitment\'s URL leads to its correction', () => {
    expect(withCorrections.redirects).toContainEqual({ from: '/commitments/old-pledge/', to: '/corrections/#corrected-2' });
  });

  test('a source passage is evidence, but no quote\'s', () => {
    expect(withCorrections.commitmentById.get('cooperation')?.commitment.evidence).toEqual([{ source: 'report', says: 'The summit set a framework.' }]);
    expect([...withCorrections.commitmentsByQuote.values()].flat().map((record) => record.commitment.id)).not.toContain('cooperation');
  });
});
