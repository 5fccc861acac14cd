/**
 * `/_redirects` (src/lib/host-files.ts): a route named `_redirects.ts` would be skipped, as Astro
 * skips every file whose name starts with `_`. `_headers` is written by the build once the
 * search index, whose parts it names, exists (scripts/build.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { redirectsFile } from '../lib/host-files.ts';
import { getSite } from '../lib/site.ts';

export const getStaticPaths = (async () => {
  const { contentKey } = await getSite();
  return [{ params: { hostFile: '_redirects' }, cacheKey: contentKey }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response(redirectsFile((await getSite()).redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
