/**
 * What a correction changed: the words of the printed text that went, and of the corrected text
 * that came, so a reader sees at once which words differ (a misprinted letter included).
 */
import { diffWords } from 'diff';

/** A run of words, `changed` when it is not in the other text. */
export type DiffSegment = { text: string; changed: boolean };

/**
 * Below this share of the shorter text's letters (spaces aside) in common, the two are different
 * texts ("Removed from the commitments we track." for a whole commitment): marking nearly every
 * word would show nothing. "UK President" and "UK Prime Minister" share 0.18.
 */
const MIN_COMMON_SHARE = 0.15;

const letters = (text: string) => text.replace(/\s/g, '').length;

/** A changed run without its outer spaces, which stay unmarked. */
function segments(text: string, changed: boolean): DiffSegment[] {
  if (!changed) return [{ text, changed }];
  const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return [{ text: before, changed: false }, { text: words, changed: true }, { text: after, changed: false }].filter((segment) => segment.text);
}

/**
 * `text` as segments, changed where `other` lacks the words. The diff runs from `other` to `text`
 * because a word diff keeps the spacing of the text it goes to: the segments spell `text` exactly,
 * as a quotation must (checked: otherwise nothing is marked).
 */
function sideOf(other: string, text: string): { segments: DiffSegment[]; common: number } {
  const changes = diffWords(other, text).filter((change) => !change.removed);
  const common = changes.filter((change) => !change.added).reduce((sum, change) => sum + letters(change.value), 0);
  const marked = changes.flatMap((change) => segments(change.value, Boolean(change.added)));
  return marked.map((segment) => segment.text).join('') === text ? { segments: marked, common } : { segments: [{ text, changed: false }], common: 0 };
}

/** Each text as segments; every segment unchanged when the texts have too little in common. */
export function correctionDiff(printed: string, corrected: string): { printed: DiffSegment[]; corrected: DiffSegment[] } {
  const [before, after] = [sideOf(corrected, printed), sideOf(printed, corrected)];
  if (Math.min(before.common, after.common) < Math.min(letters(printed), letters(corrected)) * MIN_COMMON_SHARE) {
    return { printed: [{ text: printed, changed: false }], corrected: [{ text: corrected, changed: false }] };
  }
  return { printed: before.segments, corrected: after.segments };
}
