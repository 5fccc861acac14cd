/** `/data/changes.json`: every status event of every commitment, oldest first. */
import type { APIRoute } from 'astro';
import { changeDataRecords, dataFile, jsonFileText } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const base = requireSiteUrl(siteUrl);
  const file = dataFile(changeDataRecords(site, base), site, base);
  return new Response(jsonFileText(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
