/**
 * Short forms of text for titles, link previews and share cards: cut at a word boundary, and
 * never ending on punctuation that leaves the sentence hanging (a fragment quoted as "excellent
 * progress," is shown as "excellent progress").
 */

/** Commas, semicolons, colons and dashes (with any space) at the end of a text. */
const DANGLING = /[\s,;:\u2013\u2014-]+$/u;

export const withoutDanglingPunctuation = (text: string) => text.trim().replace(DANGLING, '');

/**
 * At most `max` characters: the whole text when it fits, else the words that fit followed by
 * "…" (a single word longer than half of `max` is cut rather than dropped).
 */
export function shortenAtWord(text: string, max: number): string {
  const whole = withoutDanglingPunctuation(text.replace(/\s+/g, ' '));
  if (whole.length <= max) return whole;
  const room = whole.slice(0, max - 1);
  const lastBreak = room.lastIndexOf(' ');
  const kept = whole[max - 1] === ' ' ? room : lastBreak > max / 2 ? room.slice(0, lastBreak) : room;
  return `${withoutDanglingPunctuation(kept)}…`;
}

/**
 * The words of `text` that fill at most `lines` lines of `lineLength` characters, wrapped at
 * spaces as a browser wraps them; when not all fit, the last line ends in "…" after a whole
 * word. A word longer than a line takes the lines it needs; the first word is always kept.
 */
export function shortenToLines(text: string, lineLength: number, lines: number): string {
  const words = withoutDanglingPunctuation(text.replace(/\s+/g, ' ')).split(' ');
  /** Per word kept: how many characters its line holds up to the word's end. */
  const lineEnds: number[] = [];
  let line = 1;
  let end = 0;
  for (const word of words) {
    if (end > 0 && end + 1 + word.length <= lineLength) end += 1 + word.length;
    else {
      const brokenLines = Math.ceil(word.length / lineLength) - 1;
      line += (end > 0 ? 1 : 0) + brokenLines;
      end = word.length - brokenLines * lineLength;
    }
    if (line > lines && lineEnds.length > 0) break;
    lineEnds.push(end);
  }
  if (lineEnds.length === words.length) return words.join(' ');
  // The "…" needs a character of room on the last line: words leave it until there is.
  let kept = lineEnds.length;
  while (kept > 1 && (lineEnds[kept - 1] ?? 0) + 1 > lineLength) kept -= 1;
  return `${withoutDanglingPunctuation(words.slice(0, kept).join(' '))}…`;
}
