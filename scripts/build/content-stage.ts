/**
 * Stage 1 of `npm run build` (scripts/build.ts), in a process of its own: checks the content and,
 * from valid content, writes what the later stages need as JSON: the search index's records into
 * `<records file>` (stage 3 indexes them), the rest into `<result file>` (ContentStageResult). The
 * content itself goes with the process.
 */
import { writeFileSync } from 'node:fs';
import { checkContent } from './check-content.ts';
import { timed } from './steps.ts';
import { contentRedirects, type Redirect } from '../../src/lib/redirects.ts';
import { searchRecords } from '../../src/lib/search-records.ts';

export interface ContentStageResult {
  /** The content files' fingerprint, to notice a change while the site is built. */
  fingerprint: string;
  redirects: Redirect[];
}

const [root, recordsFile, resultFile] = process.argv.slice(2);
if (!root || !recordsFile || !resultFile) throw new Error('usage: content-stage.ts <project root> <records file> <result file>');
const checked = await timed('check content', () => checkContent(root));
if (checked) {
  writeFileSync(recordsFile, JSON.stringify(searchRecords(checked.published)));
  const result: ContentStageResult = { fingerprint: checked.fingerprint, redirects: contentRedirects(checked.published) };
  writeFileSync(resultFile, JSON.stringify(result));
}
