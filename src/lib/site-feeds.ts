/**
 * The feeds' side of a build: the site's changes filed once for every feed endpoint
 * (every `feed.xml.ts` under src/pages, and src/pages/changes.xml.ts), and the response each endpoint gives.
 */
import { newestFirst } from './change-log.ts';
import { atomFeed, followedChanges, type FeedChange, type FeedSubject, type FollowedChanges } from './feeds.ts';
import { getSite } from './site.ts';
import { requireSiteUrl } from './urls.ts';

let followed: Promise<FollowedChanges> | undefined;

/** The site's changes, filed by what they concern: once per build, shared by every feed. */
export function getFollowedChanges(): Promise<FollowedChanges> {
  followed ??= getSite().then((site) => followedChanges(newestFirst(site.changeLog), site));
  return followed;
}

/** An endpoint's Atom feed of `subject`, holding the changes `pick` chooses. */
export async function feedResponse(
  subject: FeedSubject,
  pick: (changes: FollowedChanges) => readonly FeedChange[] | undefined,
  siteUrl: URL | undefined,
): Promise<Response> {
  const [site, changes] = await Promise.all([getSite(), getFollowedChanges()]);
  const xml = atomFeed(subject, pick(changes) ?? [], site, requireSiteUrl(siteUrl), changes.latest);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
