/** Atom feeds of changes: what goes in each, and what a real feed parser makes of it. */
import { parse as parseHtml } from 'node-html-parser';
import { expect, test } from 'vitest';
import {
  actorFeedSubject,
  atomFeed,
  changeTitle,
  changesFeedSubject,
  commitmentFeedSubject,
  followedChanges,
  type FeedChange,
} from '../../src/lib/feeds.ts';
import { newestFirst } from '../../src/lib/change-log.ts';
import { parseFeeds } from '../support/feedparser.ts';
import { SITE_URL, smallSite } from './fixtures/small-site.ts';

const site = smallSite();
const base = new URL(SITE_URL);

/** The small site's change log, newest first: the hubs' report sits between two steps of its history. */
const CHANGES = newestFirst(site.changeLog);
const followed = followedChanges(CHANGES, site);

/** Entry titles and summaries are HTML: the text a reader sees in one. */
const shownText = (html: string | undefined) => parseHtml(html ?? '').text;

test('changes are filed newest first under their commitment, each party, each speaker and their summit', () => {
  const anchors = (changes: readonly FeedChange[] | undefined) => changes?.map((change) => `${change.commitment}#${change.anchor}`);
  const hubs = ['uk-france-hubs#change-2026-02-01-conditional', 'uk-france-hubs#change-2026-01-07-conditional', 'uk-france-hubs#change-2026-01-06-proposed'];
  expect(anchors(followed.all)).toEqual([...hubs.slice(0, 2), 'coalition-unity#change-2026-01-07-pledged', hubs[2]]);
  expect(anchors(followed.byCommitment.get('uk-france-hubs'))).toEqual(hubs);
  expect(anchors(followed.byParty.get('fr'))).toEqual(hubs);
  expect(anchors(followed.byParty.get('coalition'))).toEqual(['coalition-unity#change-2026-01-07-pledged']);
  // Starmer's words are the hubs' evidence: all of its changes, though its history cites no quote.
  expect(anchors(followed.bySpeaker.get('keir-starmer'))).toEqual(hubs);
  expect(anchors(followed.bySpeaker.get('emmanuel-macron'))).toEqual(['coalition-unity#change-2026-01-07-pledged']);
  expect(followed.bySummit.size).toBe(0);

  const atSummit = { ...site, commitmentsBySummit: new Map([['paris-2026-01-06', [site.commitmentById.get('coalition-unity')!]]]) };
  expect(anchors(followedChanges(CHANGES, atSummit).bySummit.get('paris-2026-01-06'))).toEqual(['coalition-unity#change-2026-01-07-pledged']);
});

test('entry titles: a first report, a change, and a status that opens the log or repeats', () => {
  const [step, report, , first] = CHANGES;
  expect(changeTitle(report!, 'Hubs')).toBe('New commitment: Hubs (Conditional)');
  expect(changeTitle({ ...step!, previous: 'proposed' }, 'Hubs')).toBe('Hubs: now Conditional (was Proposed)');
  expect(changeTitle(step!, 'Hubs')).toBe('Hubs: Conditional');
  expect(changeTitle(first!, 'Hubs')).toBe('Hubs: Proposed');
});

test('a change whose own evidence quotes a speaker reaches that speaker’s feed', () => {
  const cited: FeedChange = { ...CHANGES[0]!, kind: 'update', anchor: 'change-2026-03-01-delivered', at: '2026-03-01', status: 'delivered', evidence: ['macron-unity'] };
  const { bySpeaker } = followedChanges([cited, ...CHANGES], site);
  expect(bySpeaker.get('emmanuel-macron')?.map((change) => `${change.commitment}#${change.anchor}`)).toEqual([
    'uk-france-hubs#change-2026-03-01-delivered',
    'coalition-unity#change-2026-01-07-pledged',
  ]);
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
      { rel: 'alternate', href: 'https://tracker.test/changes/' },
    ]),
  );
  expect(parsed?.entries).toEqual([
    {
      id: 'https://tracker.test/commitments/uk-france-hubs/#change-2026-02-01-conditional',
      link: 'https://tracker.test/commitments/uk-france-hubs/#change-2026-02-01-conditional',
      title: 'Military hubs: Conditional',
      summary: 'Agreed, &quot;subject&quot; to a ceasefire Reported in “Paris summit”.',
      updated: '2026-02-01T00:00:00.000Z',
    },
    {
      id: 'https://tracker.test/commitments/uk-france-hubs/#change-2026-01-07-conditional',
      link: 'https://tracker.test/commitments/uk-france-hubs/#change-2026-01-07-conditional',
      title: 'New commitment: Military hubs (Conditional)',
      summary: 'Hubs across Ukraine, after a ceasefire. Reported in “Paris summit”.',
      updated: '2026-01-07T00:00:00.000Z',
    },
    {
      id: 'https://tracker.test/commitments/coalition-unity/#change-2026-01-07-pledged',
      link: 'https://tracker.test/commitments/coalition-unity/#change-2026-01-07-pledged',
      title: 'New commitment: Unity statement (Pledged)',
      summary: 'A joint statement. Reported in “Paris summit”.',
      updated: '2026-01-07T00:00:00.000Z',
    },
    {
      id: 'https://tracker.test/commitments/uk-france-hubs/#change-2026-01-06-proposed',
      link: 'https://tracker.test/commitments/uk-france-hubs/#change-2026-01-06-proposed',
      title: 'Military hubs: Proposed',
      summary: 'Reported in “Paris summit”.',
      updated: '2026-01-06T00:00:00.000Z',
    },
  ]);
});

test('text with markup characters reaches the reader as written, in the feed and its entries', () => {
  const record = site.commitmentById.get('uk-france-hubs')!;
  const awkward = { ...record, commitment: { ...record.commitment, title: 'Hubs <b>&amp; "all" ]]> </title>' } };
  const lookups = { ...site, commitmentById: new Map([...site.commitmentById, ['uk-france-hubs', awkward]]) };
  const changes = [{ ...CHANGES[0]!, previous: 'proposed' as const, note: 'A <script>alert(1)</script> & "more"' }];
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
    'feed /changes.xml: change change-2026-02-01-conditional names unknown commitment nowhere',
  );
});
