/**
 * Indexes the built pages with Pagefind's Node API and writes the index into `<site>/pagefind/`.
 * Only pages marked `data-pagefind-body` (detail pages) are indexed, so listings never duplicate
 * a result. Pagefind reports problems in `errors` instead of throwing: every one fails the build,
 * as does an index with no pages (a site without search must never be published).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export class SearchIndexFailure extends Error {}

/**
 * Text repeated on many pages that would make each of them match: the source and article links
 * and the byline under a quote on its own page ("Report on the Paris summit on security
 * guarantees…" made every quote a "security guarantees" result), the article link and the
 * permanent-link box of a commitment. Excluding it also keeps the first query's download small.
 * Only an optimisation: if a selector stops matching, search still works, just noisier.
 */
const BOILERPLATE = [
  '.quote-lead .quote-byline',
  '.quote-lead .quote-links',
  '.meta dd a[href^="/articles/"]',
  'section[aria-labelledby="link-heading"]',
  // Pagefind joins a <dt> to its <dd> without a space ("Conditiona ceasefire"), which breaks
  // words; the labels themselves ("Status", "Condition") say nothing worth finding.
  '.meta dt',
];

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length) throw new SearchIndexFailure(`search index: ${step} failed: ${errors.join('; ')}`);
}

/** Pages in the written index, per its entry file (`addDirectory`'s count includes skipped files). */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Builds the index of `siteDir` into `<siteDir>/pagefind/` and returns how many pages it holds. */
export async function buildSearchIndex(siteDir: string): Promise<{ pageCount: number; outputPath: string }> {
  try {
    // One English index: quotes in other languages sit inside English pages, and one index keeps
    // the first query to one set of files.
    const { errors: createErrors, index } = await pagefind.createIndex({
      forceLanguage: 'en',
      excludeSelectors: BOILERPLATE,
    });
    failOn('createIndex', createErrors);
    if (!index) throw new SearchIndexFailure('search index: createIndex returned no index');

    const { errors: addErrors, page_count: filesRead } = await index.addDirectory({ path: siteDir });
    failOn(`addDirectory(${siteDir})`, addErrors);
    if (filesRead === 0) throw new SearchIndexFailure(`search index: no HTML file found in ${siteDir}`);

    const { errors: writeErrors, outputPath } = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    failOn('writeFiles', writeErrors);
    const pageCount = await indexedPageCount(outputPath);
    if (pageCount === 0) {
      throw new SearchIndexFailure(`search index: no page of ${siteDir} was indexed (is data-pagefind-body on the detail pages?)`);
    }
    return { pageCount, outputPath };
  } finally {
    await pagefind.close();
  }
}
