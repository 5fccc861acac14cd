/** `/data/changes.csv`: the records of changes.json as RFC 4180 CSV. */
import type { APIRoute } from 'astro';
import { CHANGE_COLUMNS, changeDataRecords, toCsv } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const csv = toCsv(changeDataRecords(await getSite(), requireSiteUrl(siteUrl)), CHANGE_COLUMNS);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
