/** `/data/schema.json`: JSON Schema of the open data files, generated from their zod schemas. */
import type { APIRoute } from 'astro';
import { jsonFileText, openDataJsonSchema } from '../../lib/open-data.ts';
import { requireSiteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site: siteUrl }) =>
  new Response(jsonFileText(openDataJsonSchema(requireSiteUrl(siteUrl))), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
