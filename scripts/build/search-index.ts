/**
 * Indexes the built pages with Pagefind's Node API and writes the index into `<site>/pagefind/`.
 * Only pages marked `data-pagefind-body` (detail pages) are indexed, so listings never duplicate
 * a result. Pagefind reports problems in `errors` instead of throwing: every one fails the build,
 * as does an index with no pages (a site without search must never be published).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export class SearchIndexFailure extends Error {}

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new SearchIndexFailure(`search index: ${step} failed: ${errors.join('; ')}`);
}

/** Builds the index of `siteDir` and returns how many pages it holds. */
export async function buildSearchIndex(siteDir: string): Promise<{ pageCount: number; outputPath: string }> {
  try {
    // One English index: quotes in other languages sit inside English pages, and one index keeps
    // the first query to one set of files.
    const { errors: createErrors, index } = await pagefind.createIndex({ forceLanguage: 'en' });
    failOn('createIndex', createErrors);
    if (!index) throw new SearchIndexFailure('search index: createIndex returned no index');

    const { errors: addErrors, page_count: pageCount } = await index.addDirectory({ path: siteDir });
    failOn(`addDirectory(${siteDir})`, addErrors);
    if (pageCount === 0) {
      throw new SearchIndexFailure(`search index: no page of ${siteDir} was indexed (is data-pagefind-body on the detail pages?)`);
    }

    const { errors: writeErrors, outputPath } = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    failOn('writeFiles', writeErrors);
    return { pageCount, outputPath };
  } finally {
    await pagefind.close();
  }
}
