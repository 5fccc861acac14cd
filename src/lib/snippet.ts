/**
 * Short forms of quoted words for titles and link previews: cut at a word boundary, and never
 * ending on punctuation that leaves the sentence hanging (a fragment quoted as "excellent
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
