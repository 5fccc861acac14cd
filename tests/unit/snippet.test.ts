/** Quoted words shortened for titles and previews: word boundaries, no dangling punctuation. */
import { describe, expect, test } from 'vitest';
import { fitToLines, shortenAtWord, withoutDanglingPunctuation } from '../../src/lib/snippet.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';

test('a trailing comma, semicolon, colon or dash is dropped; closing punctuation stays', () => {
  expect(withoutDanglingPunctuation('excellent progress,')).toBe('excellent progress');
  expect(withoutDanglingPunctuation('we agreed; ')).toBe('we agreed');
  expect(withoutDanglingPunctuation('as follows: —')).toBe('as follows');
  expect(withoutDanglingPunctuation('still ahead.')).toBe('still ahead.');
  expect(withoutDanglingPunctuation('ready?')).toBe('ready?');
});

test('a text that fits is kept whole; a longer one is cut after a whole word and ends in …', () => {
  expect(shortenAtWord('the hardest yards are still ahead.', 70)).toBe('the hardest yards are still ahead.');
  expect(shortenAtWord('politically and legally binding guarantees for Ukraine', 40)).toBe('politically and legally binding…');
  expect(shortenAtWord('one two, three four', 10)).toBe('one two…');
  expect(shortenAtWord('a b c d e', 6)).toBe('a b c…');
  expect(shortenAtWord('Supercalifragilisticexpialidocious words', 12)).toBe('Supercalifr…');
});

/** A line fits when it has at most `width` characters: a monospaced stand-in for measuring drawn text. */
const atMost = (width: number) => (line: string) => line.length <= width;

describe('fitToLines: the lines a text is drawn in, wrapped at spaces, as many as fit', () => {
  test('a text that fits is kept whole, its white space made single', () => {
    expect(fitToLines('Paris summit:\n allies  set out guarantees', 2, atMost(20))).toEqual(['Paris summit: allies', 'set out guarantees']);
    expect(fitToLines('Paris', 2, atMost(20))).toEqual(['Paris']);
    expect(fitToLines(' ', 2, atMost(20))).toEqual([]);
  });

  test('a longer one ends after the last whole word that fits, in …', () => {
    // "Paris summit: allies" (20) / "set out guarantees" (18) / "for Ukraine" would be a third line.
    expect(fitToLines('Paris summit: allies set out guarantees for Ukraine', 2, atMost(20))).toEqual(['Paris summit: allies', 'set out guarantees…']);
  });

  test('the … must fit too: a word that leaves no room for it goes', () => {
    expect(fitToLines('one two three four five', 2, atMost(9))).toEqual(['one two', 'three…']);
    expect(fitToLines('one two three fours five', 2, atMost(10))).toEqual(['one two', 'three…']);
  });

  test('no dangling comma before the …, and none at the end of a text that fits', () => {
    expect(fitToLines('we agreed, together, on hubs', 2, atMost(10))).toEqual(['we agreed,', 'together…']);
    expect(fitToLines('as follows:', 1, atMost(20))).toEqual(['as follows']);
  });

  test('a word wider than a line is broken where the line is full; cut, it keeps what fits of it', () => {
    expect(fitToLines('Supercalifragilistic is long', 3, atMost(10))).toEqual(['Supercalif', 'ragilistic', 'is long']);
    expect(fitToLines('Supercalifragilisticexpialidocious', 2, atMost(10))).toEqual(['Supercalif', 'ragilisti…']);
  });
});

const site = buildSiteIndex(validateContent(await readContent(process.cwd())).content);

describe('every quote of the content, shortened to 70 characters', () => {
  test.each(site.quotes.map(({ quote }) => [quote.id, quote.translation ?? quote.text]))('%s', (_id, words) => {
    const short = shortenAtWord(words, 70);
    expect(short.length).toBeLessThanOrEqual(70);
    expect(short).not.toMatch(/[,;:\u2013\u2014-]…?$/u);
    // Every word shown is a whole word of the quote (the last one maybe without its comma).
    const shown = short.replace(/…$/u, '').split(' ');
    const whole = words.trim().replace(/\s+/g, ' ').split(' ');
    shown.forEach((word, index) => expect(withoutDanglingPunctuation(whole[index]!)).toBe(withoutDanglingPunctuation(word)));
  });
});
