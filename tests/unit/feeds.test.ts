/** Atom feeds of changes: what goes in each, and what a real feed parser makes of it. */
import { parse as parseHtml } from 'node-html-parser';
import { expect, test } from 'vitest';
import {
  actorFeedSubject,
  atomFeed,
  changesFeedSubject,
  commitmentFeedSubject,
  followedChanges,
  type FeedChange,
} from '../../src/lib/feeds.ts';
import { parseFeeds } from '../support/feedparser.ts';
import { SITE_URL, smallSite } from './fixtures/small-site.ts';

const site = smallSite();
const base = new URL(SITE_URL);

/** The small site's change log: each commitment's first report, then the hubs' history. */
const CHANGES: FeedChange[] = [
  { anchor: 'change-1', commitment: 'uk-france-hubs', at: '2026-01-06', status: 'proposed', article: 'paris-summit', evidence: ['starmer-hubs'] },
  { anchor: 'change-1', commitment: 'coalition-unity', at: '2026-01-06', status: 'pledged', article: 'paris-summit', evidence: ['macron-unity'] },
  {
    anchor: 'change-2',
    commitment: 'uk-france-hubs',
    at: '2026-02-01',
    status: 'conditional',
    previous: 'proposed',
    note: 'Agreed, "subject" to a ceasefire',
    article: 'paris-summit',
    evidence: [],
  },
];

const followed = followedChanges(CHANGES, site);

/** Entry titles and summaries are HTML: the text a reader sees in one. */
const shownText = (html: string | undefined) => parseHtml(html ?? '').text;

test('changes are filed newest first under their commitment, each party and each speaker', () => {
  const anchors = (changes: readonly FeedChange[] | undefined) => changes?.map((change) => `${change.commitment}#${change.anchor}`);
  expect(anchors(followed.all)).toEqual(['uk-france-hubs#change-2', 'uk-france-hubs#change-1', 'coalition-unity#change-1']);
  expect(anchors(followed.byCommitment.get('coalition-unity'))).toEqual(['coalition-unity#change-1']);
  expect(anchors(followed.byParty.get('fr'))).toEqual(['uk-france-hubs#change-2', 'uk-france-hubs#change-1']);
  expect(anchors(followed.byParty.get('coalition'))).toEqual(['coalition-unity#change-1']);
  // Starmer's words are the hubs' evidence: both of its changes, though the later cites no quote.
  expect(anchors(followed.bySpeaker.get('keir-starmer'))).toEqual(['uk-france-hubs#change-2', 'uk-france-hubs#change-1']);
  expect(anchors(followed.bySpeaker.get('emmanuel-macron'))).toEqual(['coalition-unity#change-1']);
});

test('a change whose own evidence quotes a speaker reaches that speaker’s feed', () => {
  const cited: FeedChange = { ...CHANGES[2]!, anchor: 'change-3', at: '2026-03-01', evidence: ['macron-unity'] };
  const { bySpeaker } = followedChanges([...CHANGES, cited], site);
  expect(bySpeaker.get('emmanuel-macron')?.map((change) => change.anchor)).toEqual(['change-3', 'change-1']);
});

test('the site feed: feed-level id, title, updated, self and alternate links; each entry links its change-log anchor', () => {
  const [parsed] = parseFeeds([atomFeed(changesFeedSubject(), followed.all, site, base, '2026-01-01')]);
  expect(parsed?.bozo, parsed?.bozoException).toBe(0);
  expect(parsed?.version).toBe('atom10');
  expect(parsed?.feed).toMatchObject({
    id: 'https://tracker.test/changes.xml',
    title: 'Summit Tracker: every new commitment and status change',
    updated: '2026-02-01T00:00:00.000Z',
  });
  expect(parsed?.feed.links).toEqual(
    expect.arrayContaining([
      { rel: 'self', href: 'https://tracker.test/changes.xml' },
      { rel: 'alternate', href: 'https://tracker.test/' },
    ]),
  );
  expect(parsed?.entries).toEqual([
    {
      id: 'https://tracker.test/commitments/uk-france-hubs/#change-2',
      link: 'https://tracker.test/commitments/uk-france-hubs/#change-2',
      title: 'Military hubs: now Conditional (was Proposed)',
      summary: 'Agreed, &quot;subject&quot; to a ceasefire Reported in “Paris summit”.',
      updated: '2026-02-01T00:00:00.000Z',
    },
    {
      id: 'https://tracker.test/commitments/uk-france-hubs/#change-1',
      link: 'https://tracker.test/commitments/uk-france-hubs/#change-1',
      title: 'New commitment: Military hubs (Proposed)',
      summary: 'Hubs across Ukraine, after a ceasefire. Reported in “Paris summit”.',
      updated: '2026-01-06T00:00:00.000Z',
    },
    {
      id: 'https://tracker.test/commitments/coalition-unity/#change-1',
      link: 'https://tracker.test/commitments/coalition-unity/#change-1',
      title: 'New commitment: Unity statement (Pledged)',
      summary: 'A joint statement. Reported in “Paris summit”.',
      updated: '2026-01-06T00:00:00.000Z',
    },
  ]);
});

test('text with markup characters reaches the reader as written, in the feed and its entries', () => {
  const record = site.commitmentById.get('uk-france-hubs')!;
  const awkward = { ...record, commitment: { ...record.commitment, title: 'Hubs <b>&amp; "all" ]]> </title>' } };
  const lookups = { ...site, commitmentById: new Map([...site.commitmentById, ['uk-france-hubs', awkward]]) };
  const changes = [{ ...CHANGES[2]!, note: 'A <script>alert(1)</script> & "more"' }];
  const [parsed] = parseFeeds([atomFeed(commitmentFeedSubject(awkward), changes, lookups, base, '2026-01-01')]);
  expect(parsed?.bozo, parsed?.bozoException).toBe(0);
  expect(parsed?.feed.title).toBe('Hubs <b>&amp; "all" ]]> </title>: status changes');
  expect(shownText(parsed?.entries[0]?.title)).toBe('Hubs <b>&amp; "all" ]]> </title>: now Conditional (was Proposed)');
  expect(shownText(parsed?.entries[0]?.summary)).toBe('A <script>alert(1)</script> & "more" Reported in “Paris summit”.');
});

test('the same changes give the same bytes, so entry ids and dates stay put from build to build', () => {
  const render = () => atomFeed(commitmentFeedSubject(site.commitmentById.get('uk-france-hubs')!), followed.byCommitment.get('uk-france-hubs')!, site, base, '2026-01-01');
  expect(render()).toBe(render());
});

test('a feed with nothing in it yet is still valid, dated by the site’s latest change', () => {
  const [parsed] = parseFeeds([atomFeed(actorFeedSubject('keir-starmer', site.actors.get('keir-starmer')!), [], site, base, '2026-02-01')]);
  expect(parsed?.bozo, parsed?.bozoException).toBe(0);
  expect(parsed?.feed.updated).toBe('2026-02-01T00:00:00.000Z');
  expect(parsed?.entries).toEqual([]);
});

test('a change naming an unknown commitment is refused, naming the feed and the change', () => {
  expect(() => atomFeed(changesFeedSubject(), [{ ...CHANGES[0]!, commitment: 'nowhere' }], site, base, '2026-01-01')).toThrow(
    'feed /changes.xml: change change-1 names unknown commitment nowhere',
  );
});
