import { expect, test } from 'vitest';
import { buildSearchExamples, buildSearchLabels, labelsJson } from '../../src/lib/search-labels.ts';
import type { SiteIndex } from '../../src/lib/site-index.ts';

const actor = (name: string, country: string) => ({ name, role: 'Role', country, aliases: [], links: [], redirect_from: [] });
const quote = (id: string, speaker: string, lang = 'en') => ({ quote: { id, speaker, lang } }) as SiteIndex['quotes'][number];

const site = {
  actors: new Map([
    ['keir-starmer', actor('Keir Starmer', 'gb')],
    ['emmanuel-macron', actor('Emmanuel Macron', 'fr')],
    ['jared-kushner', actor('Jared Kushner', 'us')],
  ]),
  countries: new Map([
    ['gb', { name: 'United Kingdom', kind: 'country', aliases: ['uk'], members: [] }],
    ['fr', { name: 'France', kind: 'country', aliases: [], members: [] }],
  ]),
  quotes: [quote('a', 'keir-starmer'), quote('b', 'emmanuel-macron', 'fr')],
} as unknown as Pick<SiteIndex, 'actors' | 'countries' | 'quotes'>;

test('labels list only speakers with quotes, by name, and the quotes’ languages', () => {
  const labels = buildSearchLabels(site);
  expect(Object.entries(labels.speaker)).toEqual([
    ['emmanuel-macron', 'Emmanuel Macron'],
    ['keir-starmer', 'Keir Starmer'],
  ]);
  expect(Object.keys(labels.country)).toEqual(['fr', 'gb']);
  expect(labels.lang).toEqual({ en: 'English', fr: 'French' });
  expect(labels.status['in-progress']).toBe('In progress');
  expect(labels.types['actor']).toEqual({ one: 'Person', many: 'People' });
});

test('the embedded JSON cannot close its script element', () => {
  const labels = buildSearchLabels(site);
  labels.speaker['x'] = '</script><script>alert(1)</script>';
  const json = labelsJson(labels);
  expect(json).not.toContain('<');
  expect(JSON.parse(json).speaker.x).toBe('</script><script>alert(1)</script>');
});

test('examples on a blank search page come from the content: top speaker, status and party', () => {
  const commitment = (id: string, status: string, parties: string[]) => ({ commitment: { id, parties }, current: { status } });
  const commitments = [commitment('a', 'pledged', ['gb']), commitment('b', 'conditional', ['fr', 'gb']), commitment('c', 'conditional', ['fr'])];
  const examples = buildSearchExamples(
    {
      quotesBySpeaker: new Map([['keir-starmer', [quote('a', 'keir-starmer'), quote('c', 'keir-starmer')]], ['emmanuel-macron', [quote('b', 'emmanuel-macron')]]]),
      commitmentsByParty: new Map([['gb', commitments.slice(0, 2)], ['fr', commitments.slice(1)]]),
      commitments,
    } as unknown as Parameters<typeof buildSearchExamples>[0],
    buildSearchLabels(site),
  );
  expect(examples).toEqual([
    { label: 'every quote by Keir Starmer', url: '/search/?speaker=keir-starmer' },
    { label: 'conditional commitments', url: '/search/?type=commitment&status=conditional' },
    { label: 'everything involving United Kingdom', url: '/search/?country=gb' },
  ]);
});
