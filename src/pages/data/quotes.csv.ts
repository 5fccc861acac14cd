/** `/data/quotes.csv`: the records of quotes.json as RFC 4180 CSV. */
import type { APIRoute } from 'astro';
import { QUOTE_COLUMNS, quoteDataRecords, toCsv } from '../../lib/open-data.ts';
import { getSite } from '../../lib/site.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const csv = toCsv(quoteDataRecords(await getSite(), requireSiteUrl(siteUrl)), QUOTE_COLUMNS);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
