/** `/countries/<id>/feed.xml`: each commitment the party is in, as first reported and as its status changes (Atom). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Country } from '../../../schemas/country.ts';
import { countryFeedSubject } from '../../../lib/feeds.ts';
import { feedResponse } from '../../../lib/site-feeds.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [...site.countries].map(([id, country]) => ({ params: { id }, props: { country }, cacheKey: site.contentKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ country: Country }, { id: string }> = ({ params: { id }, props: { country }, site }) =>
  feedResponse(countryFeedSubject(id, country), (changes) => changes.byParty.get(id), site);
