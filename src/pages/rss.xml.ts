/** `/rss.xml`: every article, newest first, with its summary and link. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { timestamp } from '../lib/dates.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/publisher.ts';
import { getSite } from '../lib/site.ts';
import { absoluteUrl, articleUrl, requireSiteUrl, rssUrl } from '../lib/urls.ts';

/** Escapes text for an XML attribute or element (customData is written verbatim). */
const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const base = requireSiteUrl(siteUrl);
  return rss({
    title: SITE_NAME,
    description: SITE_TAGLINE,
    site: base,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address, which feed validators ask for.
    customData: [
      '<language>en</language>',
      `<atom:link href="${xmlText(absoluteUrl(rssUrl(), base))}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: site.articles.map(({ id, data }) => ({
      title: data.title,
      link: articleUrl(id),
      // A date without a time counts as midnight UTC, as on the timeline.
      pubDate: new Date(timestamp(data.published)),
      description: data.summary,
      ...(data.event ? { categories: [data.event.name] } : {}),
    })),
  });
};
