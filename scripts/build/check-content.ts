/** The validation step: every content problem, one line each, before anything is written. */
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { checkedContent } from '../../src/lib/validation/checked-content.ts';

/** Prints every problem to stderr; returns true when the content is valid. */
export async function checkContent(root: string): Promise<boolean> {
  const { files, problems, drafts } = await checkedContent(root);
  if (drafts.length) {
    console.log(`${drafts.length} draft(s), shown by \`npm run dev\` and left out of \`npm run build\` until their \`draft: true\` is removed:`);
    for (const draft of drafts) console.log(`  ${draft}`);
  }
  if (problems.length === 0) {
    console.log(`Content OK: ${files.length} files checked.`);
    return true;
  }
  console.error(`Content has ${problems.length} problem(s); nothing was built:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  return false;
}
