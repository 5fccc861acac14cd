/** `/data/quotes.json`: every quote, with its speaker, source, article and commitments. */
import type { APIRoute } from 'astro';
import { dataFile, jsonFileText, quoteDataRecords } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const base = requireSiteUrl(siteUrl);
  const file = dataFile(quoteDataRecords(site, base), site, base);
  return new Response(jsonFileText(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
