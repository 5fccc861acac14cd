/** `/data/commitments.csv`: the records of commitments.json as RFC 4180 CSV. */
import type { APIRoute } from 'astro';
import { COMMITMENT_COLUMNS, commitmentDataRecords, toCsv } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const csv = toCsv(commitmentDataRecords(await getSite(), requireSiteUrl(siteUrl)), COMMITMENT_COLUMNS);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
