/** A visible record of where a source was wrong and what we published instead. */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const correctionSchema = z.strictObject({
  /** What the source printed, word for word. */
  printed: text,
  /** What is correct, as published here. */
  corrected: text,
  /** Why, briefly. */
  note: text.optional(),
});

export type Correction = z.output<typeof correctionSchema>;
