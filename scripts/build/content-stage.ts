/**
 * Stage 1 of `npm run build` (scripts/build.ts), in a process of its own: checks the content and,
 * from valid content, writes its search index aside (it needs no page). What the later stages
 * need goes into `<result file>` as JSON (ContentStageResult); the content itself goes with the process.
 */
import { writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { checkContent } from './check-content.ts';
import { writeSearchIndex } from './search-index.ts';
import { timed } from './steps.ts';
import { contentRedirects, type Redirect } from '../../src/lib/redirects.ts';
import { searchRecords } from '../../src/lib/search-records.ts';

export interface ContentStageResult {
  /** The content files' fingerprint, to notice a change while the site is built. */
  fingerprint: string;
  redirects: Redirect[];
  searchIndex: { summary: string; partCount: number };
}

const [root, searchStaging, resultFile] = process.argv.slice(2);
if (!root || !searchStaging || !resultFile) throw new Error('usage: content-stage.ts <project root> <search index folder> <result file>');
const checked = await timed('check content', () => checkContent(root));
if (checked) {
  const records = searchRecords(checked.published);
  await rm(searchStaging, { recursive: true, force: true });
  const searchIndex = await timed('search index', () => writeSearchIndex(searchStaging, records));
  const result: ContentStageResult = { fingerprint: checked.fingerprint, redirects: contentRedirects(checked.published), searchIndex };
  writeFileSync(resultFile, JSON.stringify(result));
}
