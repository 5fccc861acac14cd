/**
 * `/og/speakers/<actor-id>.png`: the share card of an actor (name, role, country), used by the
 * actor's page and by every quote of theirs: one image per actor, not per quote.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Actor } from '../../../schemas/actor.ts';
import { speakerCard } from '../../../lib/share-card.ts';
import { shareCardResponse } from '../../../lib/share-image.ts';
import { getSite } from '../../../lib/site.ts';
import { requireSiteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.actors.entries()].map(([id, actor]) => ({ params: { id }, props: { actor }, cacheKey: site.contentKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ actor: Actor }> = async ({ props, site: siteUrl }) =>
  shareCardResponse(speakerCard(props.actor, await getSite(), requireSiteUrl(siteUrl)));
