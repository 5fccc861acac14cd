/** A summit or meeting that coverage reports on: `content/summits/<id>.yaml`. */
import { z } from 'astro/zod';
import { id, isoDate, text } from './common.ts';

export const summitSchema = z.strictObject({
  /** Display name, e.g. "Coalition of the Willing leaders' meeting". */
  name: text,
  /** The first day. */
  starts: isoDate,
  /** The last day, for a meeting of more than one day. */
  ends: isoDate.optional(),
  /** Where it took place, e.g. "Paris, France". */
  location: text,
  /** Country id of the host, only where a source says who hosted. */
  host: id.meta({ cms: { relation: 'countries' } }).optional(),
  /** Country or organisation ids that took part, as the sources name them. */
  participants: z.array(id.meta({ cms: { relation: 'countries' } })).min(1, { error: 'needs at least one country id; add who took part' }),
  /** One or two sentences on what it was about. */
  summary: text,
  /** Old ids that used to name this summit: their URLs redirect here (ids are never reused). */
  redirect_from: z.array(id).default([]),
});

export type Summit = z.output<typeof summitSchema>;
