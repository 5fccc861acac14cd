/**
 * The site's data, read from the content collections once per build and shared by every page.
 */
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';

let index: Promise<SiteIndex> | undefined;

/**
 * In `astro dev`, every page stops with the content's problems (in Astro's error overlay) until
 * they are fixed, as the build would: a misspelt id must not render as if it were fine.
 */
async function stopOnContentProblems(): Promise<void> {
  const [{ checkedContent }, { contentReport }] = await Promise.all([
    import('./validation/checked-content.ts'),
    import('./validation/content-report.ts'),
  ]);
  const { problems } = await checkedContent(process.cwd());
  if (problems.length) {
    throw Object.assign(new Error(contentReport(problems)), {
      name: 'ContentError',
      hint: 'Fix each file and field named above (the terminal lists them too); the page shows again once the content is valid.',
    });
  }
}

export async function getSite(): Promise<SiteIndex> {
  if (import.meta.env.DEV) await stopOnContentProblems();
  index ??= (async () =>
    buildSiteIndex({
      actors: await getCollection('actors'),
      countries: await getCollection('countries'),
      articles: await getCollection('articles'),
      summits: await getCollection('summits'),
    }))();
  return index;
}
