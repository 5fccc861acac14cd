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

/** The longest start of `word` that fits, one character at least (code points, never half of one). */
function fittingStart(word: string, fits: (line: string) => boolean): string {
  const characters = [...word];
  let low = 1;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(characters.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return characters.slice(0, low).join('');
}

/**
 * `text` wrapped at spaces, as a browser wraps it, into lines that each `fit` (the caller
 * measures them as drawn). A word wider than a line is broken where the line is full. Stops
 * at one line more than `maxLines`, the one that tells the text does not fit.
 */
function wrap(text: string, maxLines: number, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (fits(longer)) {
      line = longer;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && [...line].length > 1) {
      const start = fittingStart(line, fits);
      lines.push(start);
      line = line.slice(start.length);
    }
    if (lines.length > maxLines) return lines;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A line ending in "…" that still fits: words leave from its end until the "…" has room, and
 * punctuation left dangling goes with them. Only a single word too wide for its "…" is cut.
 */
function endWithEllipsis(line: string, fits: (line: string) => boolean): string {
  const words = line.split(' ');
  let kept = withoutDanglingPunctuation(line);
  while (words.length > 1 && !fits(`${kept}…`)) {
    words.pop();
    kept = withoutDanglingPunctuation(words.join(' '));
  }
  if (!fits(`${kept}…`)) kept = fittingStart(kept, (start) => fits(`${start}…`));
  return `${kept}…`;
}

/**
 * The lines to draw `text` in, at most `maxLines`, each of which `fits`; when not all of the
 * text fits, the last line ends in "…" after a whole word. White space is made single and
 * dangling punctuation at the end dropped, as in `shortenAtWord`.
 */
export function fitToLines(text: string, maxLines: number, fits: (line: string) => boolean): string[] {
  const whole = withoutDanglingPunctuation(text.replace(/\s+/g, ' '));
  if (!whole) return [];
  const lines = wrap(whole, maxLines, fits);
  if (lines.length <= maxLines) return lines;
  const shown = lines.slice(0, maxLines);
  return [...shown.slice(0, -1), endWithEllipsis(shown.at(-1)!, fits)];
}
