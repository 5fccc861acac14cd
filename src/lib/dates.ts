/**
 * Dates are kept as the ISO text editors wrote: `2026-01-06` or `2026-01-06T18:30:00+01:00`.
 * A date without a time is shown without one; a time is shown with its offset.
 */
// Deep imports: the package index loads every date-fns module (about 4 s of start-up).
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

const TIME_PART = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const hasTime = (text: string) => TIME_PART.test(text);

/** The calendar day as written (a time's own offset decides the day, not the build machine). */
export const dayOf = (text: string) => text.slice(0, 10);

/** Milliseconds since the epoch; a date without a time counts as midnight UTC. */
export const timestamp = (text: string) => Date.parse(text);

// Few distinct days, formatted on many pages: date-fns parsing and formatting each time cost
// about a second of a 1,000-article build.
const dayLabels = new Map<string, string>();

/** "6 January 2026" */
export function formatDay(text: string): string {
  const day = dayOf(text);
  let label = dayLabels.get(day);
  if (label === undefined) {
    label = format(parseISO(day), 'd MMMM yyyy');
    dayLabels.set(day, label);
  }
  return label;
}

/** "6 January 2026", or "6 January 2026 to 7 January 2026" for a meeting of more than one day. */
export const formatDays = (starts: string, ends?: string) => (ends ? `${formatDay(starts)} to ${formatDay(ends)}` : formatDay(starts));

/** "18:30 UTC+01:00", or an empty string for a date without a time. */
export function formatTime(text: string): string {
  const match = TIME_PART.exec(text);
  if (!match) return '';
  const [, hours, minutes, offset] = match;
  return `${hours}:${minutes} ${offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`}`;
}

/** "6 January 2026" or "6 January 2026, 18:30 UTC+01:00" */
export function formatDate(text: string): string {
  const time = formatTime(text);
  return time ? `${formatDay(text)}, ${time}` : formatDay(text);
}

/** Sorts ISO date texts oldest first. */
export const byDate = <T>(dateOf: (item: T) => string) => (a: T, b: T) =>
  timestamp(dateOf(a)) - timestamp(dateOf(b));
