/** `/robots.txt`: everything may be crawled; the sitemap's address depends on `site`. */
import type { APIRoute } from 'astro';
import { absoluteUrl, requireSiteUrl, sitemapIndexUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(sitemapIndexUrl(), requireSiteUrl(site))}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
