/**
 * Content read and validated once per process for each state of the files: `astro dev` runs
 * the content guard again whenever it reloads its config, and each pass costs seconds at 10,000
 * articles. Keyed by every file's path, size and modification time, so it still sees edits.
 */
import { fingerprinted, readContent, unreadFileProblem, type RawFile } from './read-content.ts';
import { validateContent, type ValidationResult } from './validate.ts';

export interface CheckedContent extends ValidationResult {
  files: RawFile[];
}

interface Memo {
  fingerprint: string;
  result: Promise<CheckedContent>;
}

// On globalThis: Astro loads its config and integrations through Vite's module runner, which
// gives them their own copy of this module; the process is the same.
const MEMO = Symbol.for('summit-tracker.checked-content');
const memos = ((globalThis as { [MEMO]?: Map<string, Memo> })[MEMO] ??= new Map<string, Memo>());

/** Reads and validates every content file, with the content's fingerprint. */
export async function readCheckedContent(root: string): Promise<CheckedContent & { fingerprint: string }> {
  const { paths, unread, fingerprint } = await fingerprinted(root);
  const files = await readContent(root, paths);
  const validated = validateContent(files);
  // A file that is not read is never silently skipped.
  return { fingerprint, files, ...validated, problems: [...unread.map(unreadFileProblem), ...validated.problems] };
}

/** readCheckedContent, kept for the process while the files stay as they are (`astro dev`). */
export async function checkedContent(root: string): Promise<CheckedContent> {
  const { fingerprint } = await fingerprinted(root);
  const memo = memos.get(root);
  if (memo?.fingerprint === fingerprint) return memo.result;
  const result = readCheckedContent(root);
  memos.set(root, { fingerprint, result });
  return result;
}
