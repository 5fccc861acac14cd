/** The validation step: every content problem, one line each, before anything is written. */
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { checkedContent } from '../../src/lib/validation/checked-content.ts';
import type { ContentSet } from '../../src/lib/validation/cross-check.ts';

/** Prints every problem to stderr; returns the content when it is valid, else undefined. */
export async function checkContent(root: string): Promise<ContentSet | undefined> {
  const { files, problems, content } = await checkedContent(root);
  if (problems.length === 0) {
    console.log(`Content OK: ${files.length} files checked.`);
    return content;
  }
  console.error(`Content has ${problems.length} problem(s); nothing was built:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  return undefined;
}
