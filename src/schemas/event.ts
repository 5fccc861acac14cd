/** An extra dated entry for the timeline: one entry of an article's `events`. */
import { z } from 'astro/zod';
import { id, isoDate, text } from './common.ts';

export const eventSchema = z.strictObject({
  /** Site-wide unique id. */
  id,
  /** When it happened. */
  at: isoDate,
  title: text,
  summary: text.meta({ cms: { widget: 'text' } }).optional(),
  /** Actor ids involved. */
  actors: z.array(id.meta({ cms: { relation: 'actors' } })).default([]),
});

export type TimelineEvent = z.output<typeof eventSchema>;
