/** Quoted words shortened for titles and previews: word boundaries, no dangling punctuation. */
import { describe, expect, test } from 'vitest';
import { shortenAtWord, withoutDanglingPunctuation } from '../../src/lib/snippet.ts';
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
