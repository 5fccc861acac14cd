/** `/data/commitments.json`: every commitment, with its parties, status, evidence and history. */
import type { APIRoute } from 'astro';
import { commitmentDataRecords, dataFile, jsonFileText } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const base = requireSiteUrl(siteUrl);
  const file = dataFile(commitmentDataRecords(site, base), site, base);
  return new Response(jsonFileText(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
