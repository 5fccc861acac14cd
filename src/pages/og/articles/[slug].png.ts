/** `/og/articles/<slug>.png`: an article's share card (headline, summit, date). */
import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleData } from '../../../schemas/article.ts';
import { articleCard } from '../../../lib/share-card.ts';
import { shareCardResponse } from '../../../lib/share-image.ts';
import { getSite } from '../../../lib/site.ts';
import { requireSiteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const [articles, { contentKey }] = await Promise.all([getCollection('articles'), getSite()]);
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { data: entry.data }, cacheKey: contentKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: ArticleData }> = ({ props, site: siteUrl }) =>
  shareCardResponse(articleCard(props.data, requireSiteUrl(siteUrl)));
