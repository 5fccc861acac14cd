/**
 * `/countries/<id>/feed.xml`: each commitment the party is in, as first reported and as its
 * status changes (Atom). Also written under each alias (an old id kept when a country is renamed
 * is one), so a subscription never breaks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Country } from '../../../schemas/country.ts';
import { countryFeedSubject } from '../../../lib/feeds.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.countries].flatMap(([id, country]) =>
    [id, ...country.aliases].map((path) => ({ params: { id: path }, props: { id, country }, cacheKey: site.contentKey })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string; country: Country }> = ({ props: { id, country }, site }) =>
  feedResponse(countryFeedSubject(id, country), (changes) => changes.byParty.get(id), site);
