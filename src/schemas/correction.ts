/**
 * A visible record of a correction: where a source was wrong and what we publish instead, or
 * where we were wrong and what we publish now.
 */
import { z } from 'astro/zod';
import { id, isoDate, text } from './common.ts';

export const correctionSchema = z.strictObject({
  /** Who printed what is corrected: the `source` we report from, or this `site`. */
  printed_by: z.enum(['source', 'site'], { error: 'must be "source" or "site"' }).default('source'),
  /** What was printed, word for word. */
  printed: text.meta({ cms: { widget: 'text' } }),
  /** What is correct, as published here. */
  corrected: text.meta({ cms: { widget: 'text' } }),
  /** When the correction was published; without it, the article's publication date. */
  at: isoDate.optional(),
  /** Why, briefly. */
  note: text.meta({ cms: { widget: 'text' } }).optional(),
  /**
   * The id of a commitment we published and then took off the tracker because the source does not
   * support it: its URL now leads to this correction, and the id is never reused.
   */
  removed_commitment: id.optional(),
});

export type Correction = z.output<typeof correctionSchema>;
