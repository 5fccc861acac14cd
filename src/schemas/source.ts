/** Where the reporting comes from: one entry of an article's `sources`. */
import { z } from 'astro/zod';
import { httpUrl, id, isoDate, text } from './common.ts';

export const sourceSchema = z.strictObject({
  /** Optional id so that a quote can name the source it was taken from (`quotes[].via`). */
  id: id.optional(),
  /** Title of the report, post or document. */
  title: text,
  /** Who published it, e.g. "Office of the President of France". */
  publisher: text.optional(),
  /** Link to it; leave out where the source gives none (never make one up). */
  url: httpUrl.optional(),
  /** Date it was published. */
  published: isoDate.optional(),
  /** Anything a reader should know about it, e.g. "embedded in the report". */
  note: text.meta({ cms: { widget: 'text' } }).optional(),
});

export type Source = z.output<typeof sourceSchema>;
