/**
 * `/actors/<id>/feed.xml`: the commitments the speaker's words are evidence for, as first
 * reported and as their status changes, and any change whose evidence quotes them (Atom). Also
 * written under each old id (`redirect_from`), so a subscription never breaks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Actor } from '../../../schemas/actor.ts';
import { actorFeedSubject } from '../../../lib/feeds.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.actors].flatMap(([id, actor]) =>
    [id, ...actor.redirect_from].map((path) => ({ params: { id: path }, props: { id, actor }, cacheKey: site.contentKey })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; actor: Actor }> = ({ props: { id, actor }, site }) =>
  feedResponse(actorFeedSubject(id, actor), (changes) => changes.bySpeaker.get(id), site);
