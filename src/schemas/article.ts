/** Frontmatter of an article: a Markdown file under `content/articles/`. */
import { z } from 'astro/zod';
import { commitmentSchema } from './commitment.ts';
import { id, isoDate, text } from './common.ts';
import { correctionSchema } from './correction.ts';
import { eventSchema } from './event.ts';
import { quoteSchema } from './quote.ts';
import { sourceSchema } from './source.ts';
import { updateSchema } from './update.ts';

export const articleSchema = z.strictObject({
  title: text,
  /** One or two sentences. */
  summary: text.meta({ cms: { widget: 'text' } }),
  /** Publication date, or date-time with offset where the time is known. */
  published: isoDate,
  updated: isoDate.optional(),
  /** The event covered. */
  event: z.strictObject({ name: text, date: isoDate, location: text }).optional(),
  /** Id of the summit the article covers: its quotes and first-reported commitments belong to it. */
  summit: id.meta({ cms: { relation: 'summits' } }).optional(),
  sources: z.array(sourceSchema).min(1, { error: 'needs at least one source; add the report the article is based on' }),
  /** Actor ids appearing in the article. */
  actors: z.array(id.meta({ cms: { relation: 'actors' } })).default([]),
  quotes: z.array(quoteSchema).default([]),
  commitments: z.array(commitmentSchema).default([]),
  events: z.array(eventSchema).default([]),
  /** Later news about commitments first reported in any article. */
  updates: z.array(updateSchema).default([]),
  /** Old ids that used to name this article (its file name): their URLs redirect here (ids are never reused). */
  redirect_from: z.array(id).default([]),
  /** Where a source was wrong and what we published instead. */
  corrections: z.array(correctionSchema).default([]),
  /**
   * Work in progress: shown in `npm run dev` under a "Draft" banner, left out of everything
   * `npm run build` publishes. `npm run new` and the editing desk start every article as a
   * draft; a published article says `draft: false`.
   */
  draft: z.boolean().optional().meta({ cms: { newEntryDefault: true } }),
});

export type ArticleData = z.output<typeof articleSchema>;
