/**
 * Stage 1 of `npm run build` (scripts/build.ts), in a process of its own: checks the content and,
 * from valid content, writes what the later stages need: the search index's input into `<search
 * input folder>` (stage 3 indexes it), the rest into `<result file>` as JSON (ContentStageResult).
 * The content itself goes with the process.
 */
import { writeFileSync } from 'node:fs';
import { checkContent } from './check-content.ts';
import { searchIndexInput } from './search-index.ts';
import { writeSearchInput } from './search-input.ts';
import { timed } from './steps.ts';
import { contentRedirects, type Redirect } from '../../src/lib/redirects.ts';
import { searchRecords } from '../../src/lib/search-records.ts';

export interface ContentStageResult {
  /** The content files' fingerprint, to notice a change while the site is built. */
  fingerprint: string;
  redirects: Redirect[];
}

const [root, searchInput, resultFile] = process.argv.slice(2);
if (!root || !searchInput || !resultFile) throw new Error('usage: content-stage.ts <project root> <search input folder> <result file>');
const checked = await timed('check content', () => checkContent(root));
if (checked) {
  writeSearchInput(searchInput, searchIndexInput(searchRecords(checked.published)));
  const result: ContentStageResult = { fingerprint: checked.fingerprint, redirects: contentRedirects(checked.published) };
  writeFileSync(resultFile, JSON.stringify(result));
}
