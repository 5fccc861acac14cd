/** The content's problems as one report, the same in the terminal, the build and the dev server's browser overlay. */
import { formatProblem, type Problem } from './problems.ts';

export const contentReport = (problems: readonly Problem[]): string =>
  `Content has ${problems.length} problem(s):\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`;
