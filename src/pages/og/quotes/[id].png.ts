/** `/og/quotes/<id>.png`: the share card of a quote (its words and speaker). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { quoteCard } from '../../../lib/share-card.ts';
import { shareCardResponse } from '../../../lib/share-image.ts';
import type { QuoteRecord } from '../../../lib/site-index.ts';
import { getSite } from '../../../lib/site.ts';
import { requireSiteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.quotes.map((record) => ({ params: { id: record.quote.id }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: QuoteRecord }> = async ({ props, site: siteUrl }) =>
  shareCardResponse(quoteCard(props.record, await getSite(), requireSiteUrl(siteUrl)));
