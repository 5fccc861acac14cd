/**
 * What a correction changed: the words of the printed text that went, and of the corrected text
 * that came, so a reader sees at once which words differ (a misprinted letter included).
 */
import { diffWords } from 'diff';
import type { MarkedRun } from './marked-text.ts';

/**
 * Below this share of the shorter text's letters (spaces aside) in common, the two are different
 * texts ("Removed from the commitments we track." for a whole commitment): marking nearly every
 * word would show nothing. "UK President" and "UK Prime Minister" share 0.18.
 */
const MIN_COMMON_SHARE = 0.15;

const letters = (text: string) => text.replace(/\s/g, '').length;

/** A changed run, marked without its outer spaces. */
function runs(text: string, changed: boolean): MarkedRun[] {
  if (!changed) return [{ text, marked: false }];
  const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return [{ text: before, marked: false }, { text: words, marked: true }, { text: after, marked: false }].filter((run) => run.text);
}

/**
 * `text` as runs, marked where `other` lacks the words. The diff runs from `other` to `text`
 * because a word diff keeps the spacing of the text it goes to: the runs spell `text` exactly,
 * as a quotation must (checked: otherwise nothing is marked).
 */
function sideOf(other: string, text: string): { runs: MarkedRun[]; common: number } {
  const changes = diffWords(other, text).filter((change) => !change.removed);
  const common = changes.filter((change) => !change.added).reduce((sum, change) => sum + letters(change.value), 0);
  const marked = changes.flatMap((change) => runs(change.value, Boolean(change.added)));
  return marked.map((run) => run.text).join('') === text ? { runs: marked, common } : { runs: [{ text, marked: false }], common: 0 };
}

/** Each text as runs; none marked when the texts have too little in common. */
export function correctionDiff(printed: string, corrected: string): { printed: MarkedRun[]; corrected: MarkedRun[] } {
  const [before, after] = [sideOf(corrected, printed), sideOf(printed, corrected)];
  if (Math.min(before.common, after.common) < Math.min(letters(printed), letters(corrected)) * MIN_COMMON_SHARE) {
    return { printed: [{ text: printed, marked: false }], corrected: [{ text: corrected, marked: false }] };
  }
  return { printed: before.runs, corrected: after.runs };
}
