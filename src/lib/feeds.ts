/**
 * Atom 1.0 feeds of what changed (PRODUCT.md, "Tracking over time"): the whole site's
 * (`/changes.xml`) and one beside every commitment, party, speaker and summit page. Each entry
 * is one change-log entry: a commitment first reported, or a later status change. The `feed`
 * library writes the XML; this module decides what goes in.
 */
import escapeHtml from 'escape-html';
import { Feed } from 'feed';
import { timestamp } from './dates.ts';
import { STATUS_LABELS } from './labels.ts';
import { LICENSE, SITE_NAME } from './publisher.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Country } from '../schemas/country.ts';
import { evidenceQuoteIds } from '../schemas/evidence.ts';
import type { Summit } from '../schemas/summit.ts';
import type { StatusEvent } from './change-log.ts';
import type { CommitmentRecord, SiteIndex } from './site-index.ts';
import {
  absoluteUrl,
  actorFeedUrl,
  actorUrl,
  changeLogEntryUrl,
  changesFeedUrl,
  changesUrl,
  commitmentFeedUrl,
  commitmentUrl,
  countryFeedUrl,
  countryUrl,
  homeUrl,
  summitFeedUrl,
  summitUrl,
} from './urls.ts';

/**
 * One change-log entry (change-log.ts), as a feed reads it: the commitment's first report
 * (`kind: 'reported'`) or a dated status. Its anchor on the commitment page stays the same from
 * build to build.
 */
export type FeedChange = Pick<
  StatusEvent,
  'anchor' | 'commitment' | 'kind' | 'at' | 'status' | 'previous' | 'note' | 'article' | 'evidence'
>;

/** What a feed follows: the page it sits beside, and what a feed reader shows for it. */
export interface FeedSubject {
  /** What the reader follows, for the visible link: "Follow <name>". */
  name: string;
  /** Feed title, also the `title` of the page's `<link rel="alternate">`. */
  title: string;
  description: string;
  /** Site path of the page the feed follows (its alternate link). */
  pageUrl: string;
  /** Site path of the feed itself. */
  feedUrl: string;
}

/** What the feed reads from the site: names of commitments and articles. */
export type FeedLookups = Pick<SiteIndex, 'commitmentById' | 'articleBySlug'>;

/** Every change, and each followed thing's changes, newest first. */
export interface FollowedChanges {
  all: readonly FeedChange[];
  /** The date of the newest change on the site, if there is one. */
  latest: string | undefined;
  byCommitment: ReadonlyMap<string, FeedChange[]>;
  /** By country or organisation id: the changes of the commitments it is a party to. */
  byParty: ReadonlyMap<string, FeedChange[]>;
  /**
   * By actor id: the changes of the commitments their words are evidence for (those their page
   * lists), and any change whose own evidence quotes them.
   */
  bySpeaker: ReadonlyMap<string, FeedChange[]>;
  /** By summit id: the changes of the commitments made there. */
  bySummit: ReadonlyMap<string, FeedChange[]>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Files each of the site's changes, newest first as `newestFirst(changeLog)` gives them, under
 * what it concerns: one pass, and each list stays newest first.
 */
export function followedChanges(
  all: readonly FeedChange[],
  site: Pick<SiteIndex, 'commitmentById' | 'quoteById' | 'commitmentsBySummit'>,
): FollowedChanges {
  const byCommitment = new Map<string, FeedChange[]>();
  const byParty = new Map<string, FeedChange[]>();
  const bySpeaker = new Map<string, FeedChange[]>();
  const bySummit = new Map<string, FeedChange[]>();
  const speakerOf = (quoteId: string) => site.quoteById.get(quoteId)?.quote.speaker;
  const summitOf = new Map<string, string>();
  for (const [summit, records] of site.commitmentsBySummit) for (const { commitment } of records) summitOf.set(commitment.id, summit);
  for (const change of all) {
    push(byCommitment, change.commitment, change);
    const summit = summitOf.get(change.commitment);
    if (summit) push(bySummit, summit, change);
    const commitment = site.commitmentById.get(change.commitment)?.commitment;
    for (const party of commitment?.parties ?? []) push(byParty, party, change);
    const speakers = new Set(evidenceQuoteIds([...(commitment?.evidence ?? []), ...change.evidence]).map(speakerOf));
    for (const speaker of speakers) if (speaker) push(bySpeaker, speaker, change);
  }
  return { all, latest: all[0]?.at, byCommitment, byParty, bySpeaker, bySummit };
}

export const changesFeedSubject = (): FeedSubject => ({
  name: 'every change',
  title: `${SITE_NAME}: every new commitment and status change`,
  description: 'Every commitment as it is first reported, and every later change of its status, newest first.',
  pageUrl: changesUrl(),
  feedUrl: changesFeedUrl(),
});

export const commitmentFeedSubject = ({ commitment }: CommitmentRecord): FeedSubject => ({
  name: 'this commitment',
  title: `${commitment.title}: status changes`,
  description: `The commitment “${commitment.title}” as first reported, and each later change of its status, newest first.`,
  pageUrl: commitmentUrl(commitment.id),
  feedUrl: commitmentFeedUrl(commitment.id),
});

export const countryFeedSubject = (id: string, country: Country): FeedSubject => ({
  name: country.name,
  title: `${country.name}: new commitments and status changes`,
  description: `Every commitment ${country.name} is a party to as it is first reported, and each later change of its status, newest first.`,
  pageUrl: countryUrl(id),
  feedUrl: countryFeedUrl(id),
});

export const actorFeedSubject = (id: string, actor: Actor): FeedSubject => ({
  name: actor.name,
  title: `${actor.name}: commitments and status changes`,
  description: `Commitments that words of ${actor.name} are evidence for, as they are first reported and as their status changes, newest first.`,
  pageUrl: actorUrl(id),
  feedUrl: actorFeedUrl(id),
});

/**
 * Plain text for the feed's own title, subtitle and rights. The library's XML writer (xml-js)
 * escapes text, but first turns every `&amp;` back into `&` so as not to escape twice: a title
 * that says "&amp;" would lose it. Writing each `&` as `&amp;` first makes the round trip exact.
 */
const feedText = (text: string) => text.replaceAll('&', '&amp;');

export const summitFeedSubject = (id: string, summit: Summit): FeedSubject => ({
  name: 'this summit',
  title: `${summit.name}: commitments and status changes`,
  description: `The commitments made at ${summit.name}, as first reported and as their status changes, newest first.`,
  pageUrl: summitUrl(id),
  feedUrl: summitFeedUrl(id),
});

const statusLabel = (status: FeedChange['status']) => STATUS_LABELS[status].label;

/**
 * "New commitment: Military hubs (Conditional)" for a first report; "Military hubs: now In
 * progress (was Conditional)" for a change; "Military hubs: Conditional" for a status that
 * repeats or opens the log.
 */
export function changeTitle(change: FeedChange, commitmentTitle: string): string {
  const status = statusLabel(change.status);
  if (change.kind === 'reported') return `New commitment: ${commitmentTitle} (${status})`;
  if (change.previous === undefined || change.previous === change.status) return `${commitmentTitle}: ${status}`;
  return `${commitmentTitle}: now ${status} (was ${statusLabel(change.previous)})`;
}

/** `updated` of a feed on a site with no change at all: fixed, so that every build writes the same bytes. */
const NO_CHANGE_YET = '1970-01-01';

/**
 * The Atom document of `changes` (newest first, as given). The feed's `updated` is its newest
 * entry's date; a feed with no entry yet takes the site's latest change, so that two builds of
 * the same content write the same bytes.
 */
export function atomFeed(
  subject: FeedSubject,
  changes: readonly FeedChange[],
  site: FeedLookups,
  siteUrl: URL,
  siteLatest: string | undefined,
): string {
  const newest = changes[0]?.at ?? siteLatest ?? NO_CHANGE_YET;
  const feedUrl = absoluteUrl(subject.feedUrl, siteUrl);
  const feed = new Feed({
    id: feedUrl,
    // Atom's title, subtitle and rights are plain text, written as XML text.
    title: feedText(subject.title),
    description: feedText(subject.description),
    link: absoluteUrl(subject.pageUrl, siteUrl),
    feed: feedUrl,
    updated: new Date(timestamp(newest)),
    author: { name: SITE_NAME, link: absoluteUrl(homeUrl(), siteUrl) },
    copyright: feedText(`${LICENSE.name} (${LICENSE.url})`),
    language: 'en',
  });
  for (const change of changes) {
    const commitment = site.commitmentById.get(change.commitment)?.commitment;
    if (!commitment) throw new Error(`feed ${subject.feedUrl}: change ${change.anchor} names unknown commitment ${change.commitment}`);
    const article = site.articleBySlug.get(change.article);
    const link = absoluteUrl(changeLogEntryUrl(change.commitment, change.anchor), siteUrl);
    // A first report says what was promised; a change says what changed.
    const what = change.kind === 'reported' ? commitment.summary : change.note;
    const summary = [what, article && `Reported in “${article.title}”.`].filter(Boolean).join(' ');
    feed.addItem({
      // The library marks entry titles and summaries as HTML: plain text is escaped for it.
      title: escapeHtml(changeTitle(change, commitment.title)),
      // The permalink of the change-log entry: the page and the anchor never change.
      id: link,
      link,
      date: new Date(timestamp(change.at)),
      ...(summary ? { description: escapeHtml(summary) } : {}),
    });
  }
  return feed.atom1();
}
