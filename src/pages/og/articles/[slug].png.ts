/** `/og/articles/<slug>.png`: a published article's share card (headline, summit, date). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleData } from '../../../schemas/article.ts';
import { articleCard, hasOwnCard } from '../../../lib/share-card.ts';
import { shareCardResponse } from '../../../lib/share-image.ts';
import { getSite } from '../../../lib/site.ts';
import { requireSiteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.articles.filter(({ data }) => hasOwnCard(data)).map(({ id, data }) => ({ params: { slug: id }, props: { data }, cacheKey: site.contentKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: ArticleData }> = async ({ props, site: siteUrl }) =>
  shareCardResponse(articleCard(props.data, await getSite(), requireSiteUrl(siteUrl)));
