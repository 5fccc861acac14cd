/**
 * The validation step: every content problem, one line each, before anything is written; the
 * drafts that the build leaves out; and the permalink ledger against the URLs the content produces.
 */
import { compareWithLedger, contentPermalinks } from '../../src/lib/permalinks.ts';
import { formatProblem, type Problem } from '../../src/lib/validation/problems.ts';
import { readCheckedContent } from '../../src/lib/validation/checked-content.ts';
import type { ContentSet } from '../../src/lib/validation/cross-check.ts';
import { withoutDrafts } from '../../src/lib/validation/validate.ts';
import { LEDGER, readLedger } from './permalinks.ts';

/** New URLs listed in full up to this many. */
const LISTED = 10;

/**
 * Prints every problem to stderr. When the content is valid, returns what is published (drafts
 * left out) and the fingerprint of the files it was read from; else undefined.
 */
export async function checkContent(root: string): Promise<{ published: ContentSet; fingerprint: string } | undefined> {
  const { files, problems: contentProblems, drafts, content, fingerprint } = await readCheckedContent(root);
  if (drafts.length) {
    console.log(`${drafts.length} draft(s), shown by \`npm run dev\` and left out of \`npm run build\` until their \`draft: true\` is set to \`false\`:`);
    for (const draft of drafts) console.log(`  ${draft}`);
  }
  const published = withoutDrafts(content);
  // Compared only with valid content: a file that does not read would seem to lose all its URLs.
  const { lost, unrecorded } = contentProblems.length
    ? { lost: [], unrecorded: [] }
    : compareWithLedger(await readLedger(root), contentPermalinks(published));
  const problems: Problem[] = [
    ...contentProblems,
    ...lost.map((url) => ({
      file: LEDGER,
      path: '',
      message: `lists ${url}, which the content no longer produces`,
      fix: "a published URL must keep working: add the old id to the renamed entry's `redirect_from` (a country's old id to its `aliases`)",
    })),
  ];
  if (unrecorded.length) {
    const shown = unrecorded.slice(0, LISTED).join(', ') + (unrecorded.length > LISTED ? ` and ${unrecorded.length - LISTED} more` : '');
    console.log(`${unrecorded.length} new URL(s) not yet in ${LEDGER} (${shown}): record them with \`npm run permalinks\` when you publish.`);
  }
  if (problems.length === 0) {
    console.log(`Content OK: ${files.length} files checked.`);
    return { published, fingerprint };
  }
  console.error(`Content has ${problems.length} problem(s); nothing was built:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  return undefined;
}
