/** `/summits/<id>/feed.xml`: the commitments made at the summit, as first reported and as their status changes (Atom). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Summit } from '../../../schemas/summit.ts';
import { summitFeedSubject } from '../../../lib/feeds.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.summits.map(({ id, data }) => ({ params: { id }, props: { summit: data }, cacheKey: site.contentKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ summit: Summit }, { id: string }> = ({ params: { id }, props: { summit }, site }) =>
  feedResponse(summitFeedSubject(id, summit), (changes) => changes.bySummit.get(id), site);
