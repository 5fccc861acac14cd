/**
 * The placeholder text `npm run new` writes where the editor must write ("TODO: …"): allowed in
 * a draft, refused in anything published.
 */
import { formatPath, type PathSegment, type Problem } from './problems.ts';

/** How every placeholder of the scaffolds (src/lib/scaffold.ts) begins. */
export const PLACEHOLDER_MARK = 'TODO:';

const isPlaceholder = (text: string) => text.trimStart().startsWith(PLACEHOLDER_MARK);

/** The field paths of `data` whose text is still a placeholder. */
export function placeholderFields(data: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (typeof data === 'string') return isPlaceholder(data) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => placeholderFields(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => placeholderFields(value, [...path, key]));
  }
  return [];
}

/** True when a Markdown body still has a line of placeholder text. */
export const bodyHasPlaceholder = (body: string): boolean => body.split('\n').some(isPlaceholder);

const PLACEHOLDER_MESSAGE = 'still holds the placeholder text of `npm run new`';

export const isPlaceholderProblem = (problem: Problem): boolean => problem.message === PLACEHOLDER_MESSAGE;

/** One problem per placeholder left in a file that is not a draft. */
export function placeholderProblems(file: string, data: unknown, inBody: boolean, draftFix: boolean): Problem[] {
  const fix = `write the real text${draftFix ? ', or keep `draft: true` until the article is ready' : ''}`;
  const message = PLACEHOLDER_MESSAGE;
  return [
    ...placeholderFields(data).map((path) => ({ file, path: formatPath(path), message, fix })),
    ...(inBody ? [{ file, path: 'body', message, fix }] : []),
  ];
}
