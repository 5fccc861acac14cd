/**
 * Field types shared by every entity: ids, dates, URLs and language tags.
 * Each carries an error message that says how to fix the value, because editors read them.
 */
import { z } from 'astro/zod';
// Deep imports: the package index loads every date-fns module (about 4 s of start-up).
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { DATE_ONLY, DATE_TIME } from '../lib/date-patterns.ts';

/** Lowercase words joined by single hyphens, e.g. `keir-starmer`. Ids appear in URLs forever. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const id = z
  .string({ error: 'must be an id (text such as "keir-starmer")' })
  .regex(ID_PATTERN, {
    error: 'is not a valid id; use lowercase letters and digits joined by single hyphens, e.g. "keir-starmer"',
  });


/** True when the written date exists on the calendar (YAML readers roll 2026-02-30 over to March). */
export function isRealDateText(text: string): boolean {
  const match = DATE_ONLY.exec(text) ?? DATE_TIME.exec(text);
  if (!match) return false;
  const [, year, month, day, hours, , , , offset] = match;
  const parsed = parseISO(`${year}-${month}-${day}`);
  // A time must exist on the clock (00:00 to 23:59) and an offset on the globe (-12:00 to +14:00):
  // date-fns accepts 24:00 and +99:00, which Date.parse (used to sort the timeline) does not.
  const offsetMatch = offset && offset !== 'Z' ? /^[+-](\d{2}):(\d{2})$/.exec(offset) : undefined;
  return (
    isValid(parsed) &&
    parsed.getFullYear() === Number(year) &&
    parsed.getMonth() + 1 === Number(month) &&
    parsed.getDate() === Number(day) &&
    (hours === undefined || Number(hours) <= 23) &&
    (!offsetMatch || (Number(offsetMatch[1]) <= 14 && Number(offsetMatch[2]) <= 59)) &&
    isValid(parseISO(text)) &&
    !Number.isNaN(Date.parse(text))
  );
}

/**
 * YAML turns an unquoted date into a Date (in UTC); we keep dates as ISO text so that a
 * date without a time never gains an invented one.
 */
function dateToText(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** An ISO date (`2026-01-06`) or a date-time with its offset (`2026-01-06T18:30:00+01:00`). */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'must be a date such as 2026-01-06' })
  .transform((value) => (value instanceof Date ? dateToText(value) : value))
  .refine((text) => isRealDateText(text), {
    error:
      'is not a real date; write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known',
  });

/** An absolute http(s) link; other schemes (javascript:, data:, file:) are refused. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'must be a full http(s) link such as https://example.org/page; leave it out if the source gives none',
});

/** A BCP 47 language tag such as `en`, `fr` or `uk`. */
export const langTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    error: 'is not a language tag; use a BCP 47 tag such as "en", "fr" or "uk"',
  });

/** A one-line piece of text that must not be empty. */
export const text = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, { error: 'must not be empty' });
