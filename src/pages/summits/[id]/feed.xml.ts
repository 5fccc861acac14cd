/**
 * `/summits/<id>/feed.xml`: the commitments made at the summit, as first reported and as their
 * status changes (Atom). Also written under each old id (`redirect_from`), so a subscription never breaks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Summit } from '../../../schemas/summit.ts';
import { summitFeedSubject } from '../../../lib/feeds.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.summits.flatMap(({ id, data }) =>
    [id, ...data.redirect_from].map((path) => ({ params: { id: path }, props: { id, summit: data }, cacheKey: site.contentKey })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; summit: Summit }> = ({ props: { id, summit }, site }) =>
  feedResponse(summitFeedSubject(id, summit), (changes) => changes.bySummit.get(id), site);
