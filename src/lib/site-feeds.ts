/**
 * The feeds' side of a build: the site's changes filed once for every feed endpoint
 * (every `feed.xml.ts` under src/pages, and src/pages/changes.xml.ts), and the response each endpoint gives.
 */
import { atomFeed, followedChanges, type FeedChange, type FeedSubject, type FollowedChanges } from './feeds.ts';
import { getSite } from './site.ts';
import type { SiteIndex } from './site-index.ts';
import { requireSiteUrl } from './urls.ts';

/** Each commitment's first report, then the steps of its history, in the form a feed reads. */
function siteChanges(site: SiteIndex): FeedChange[] {
  return site.commitments.flatMap(({ commitment, article }) => {
    const data = site.articleBySlug.get(article);
    const reported: FeedChange = {
      anchor: 'reported',
      commitment: commitment.id,
      at: data?.event?.date ?? data?.published ?? '',
      status: commitment.status,
      article,
      evidence: commitment.evidence,
    };
    const steps = commitment.history.map((step, place): FeedChange => ({
      anchor: `change-${place + 1}`,
      commitment: commitment.id,
      at: step.at,
      status: step.status,
      previous: place === 0 ? reported.status : commitment.history[place - 1]?.status,
      note: step.note,
      article,
      evidence: [],
    }));
    return [reported, ...steps];
  });
}

let followed: Promise<FollowedChanges> | undefined;

/** The site's changes, filed by what they concern: once per build, shared by every feed. */
export function getFollowedChanges(): Promise<FollowedChanges> {
  followed ??= getSite().then((site) => followedChanges(siteChanges(site), site));
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
