import { describe, expect, test } from 'vitest';
import { correctionDiff } from '../../src/lib/correction-diff.ts';
import type { MarkedRun } from '../../src/lib/marked-text.ts';

const changedWords = (runs: MarkedRun[]) => runs.filter(({ marked }) => marked).map(({ text }) => text);
const whole = (runs: MarkedRun[]) => runs.map(({ text }) => text).join('');

describe('correctionDiff', () => {
  test.each([
    { case: 'marks the words that differ', printed: 'Keir Starmer, the UK President, said', corrected: 'Keir Starmer, the UK Prime Minister, said', went: ['President'], came: ['Prime Minister'] },
    { case: 'marks a short correction', printed: 'UK President', corrected: 'UK Prime Minister', went: ['President'], came: ['Prime Minister'] },
    { case: 'leaves the spaces around a changed run unmarked', printed: 'The US delegation was led by Special Envoy Steve Witkoff', corrected: 'Special Envoy Steve Witkoff, joined by', went: ['The US delegation was led by'], came: [', joined by'] },
    { case: 'marks a misprinted letter before an apostrophe alone', printed: 'entre la Coalition des volontaires, I’Ukraine et les États-Unis', corrected: 'entre la Coalition des volontaires, l’Ukraine et les États-Unis', went: ['I'], came: ['l'] },
    {
      case: "keeps each text's own spacing where the other differs",
      printed: 'the United States backed security guarantees for Ukraine for the first time, and the UK and France said they would',
      corrected: 'the United States for the first time openly supported security guarantees for Ukraine, and Keir Starmer said the UK and France would',
      went: ['backed', 'for the first time', 'said they'],
      came: ['openly supported security guarantees for Ukraine', 'Keir Starmer said'],
    },
    { case: 'marks nothing in identical texts', printed: 'same words', corrected: 'same words', went: [], came: [] },
  ])('$case, each text spelt exactly', ({ printed, corrected, went, came }) => {
    const diff = correctionDiff(printed, corrected);
    expect(whole(diff.printed)).toBe(printed);
    expect(whole(diff.corrected)).toBe(corrected);
    expect(changedWords(diff.printed)).toEqual(went);
    expect(changedWords(diff.corrected)).toEqual(came);
  });

  test('texts with little in common are left unmarked', () => {
    const printed = 'Joint statement standing by Ukraine: the EU joined the joint statement. (Status: pledged.)';
    const corrected = 'Removed from the commitments we track.';
    expect(correctionDiff(printed, corrected)).toEqual({ printed: [{ text: printed, marked: false }], corrected: [{ text: corrected, marked: false }] });
  });
});
