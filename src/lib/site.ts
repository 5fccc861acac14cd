/**
 * The site's data, read from the content collections once per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';

let index: Promise<SiteIndex> | undefined;

export function getSite(): Promise<SiteIndex> {
  index ??= (async () =>
    buildSiteIndex({
      actors: await getCollection('actors'),
      countries: await getCollection('countries'),
      articles: await getCollection('articles'),
      summits: await getCollection('summits'),
    }))();
  return index;
}
