/**
 * `/actors/<id>/feed.xml`: the commitments the speaker's words are evidence for, as first
 * reported and as their status changes, and any change whose evidence quotes them (Atom).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Actor } from '../../../schemas/actor.ts';
import { actorFeedSubject } from '../../../lib/feeds.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.actors].map(([id, actor]) => ({ params: { id }, props: { actor }, cacheKey: site.contentKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ actor: Actor }, { id: string }> = ({ params: { id }, props: { actor }, site }) =>
  feedResponse(actorFeedSubject(id, actor), (changes) => changes.bySpeaker.get(id), site);
