/** Something an actor said: one entry of an article's `quotes`. */
import { z } from 'astro/zod';
import { httpUrl, id, isoDate, langTag, text } from './common.ts';

export const TRANSLATORS = ['source', 'official', 'site'] as const;
export type Translator = (typeof TRANSLATORS)[number];

export const quoteSchema = z
  .strictObject({
    /** Site-wide unique id; it becomes `/quotes/<id>/`. */
    id,
    /** Actor id of who said it. */
    speaker: id.meta({ cms: { relation: 'actors' } }),
    /** The words, verbatim (direct) or as the source reports them (reported), in `lang`. */
    text: z.string({ error: 'must be the quoted text' }).trim().min(1, { error: 'must not be empty' }).meta({ cms: { widget: 'text' } }),
    /** BCP 47 language of `text`. */
    lang: langTag.default('en'),
    /** English translation; required when `lang` is not English. */
    translation: text.meta({ cms: { widget: 'text' } }).optional(),
    /**
     * Who made the translation: `source` (published by the source we quote from), `official`
     * (the speaker's own office) or `site` (our own). Required with a translation.
     */
    translated_by: z.enum(TRANSLATORS, { error: `must be one of: ${TRANSLATORS.join(', ')}` }).optional(),
    /** When it was said (date, or date-time with offset where the time is known). */
    said: isoDate,
    /**
     * `statement` when `said` is the day the words were said; `report` when the source does
     * not say and `said` is the day the source reported them.
     */
    dated_by: z.enum(['statement', 'report'], { error: 'must be "statement" or "report"' }).default('statement'),
    /** `direct` for the speaker's own words, `reported` for a paraphrase by the source. */
    kind: z.enum(['direct', 'reported'], { error: 'must be "direct" or "reported"' }).default('direct'),
    /** Link to where the words were published, if the source gives one. */
    source: httpUrl.optional(),
    /** Id of the article source (`sources[].id`) the quote was taken from. */
    via: id.meta({ cms: { sameEntry: 'sources' } }).optional(),
    /** Old ids that used to name this entry: their URLs redirect here (ids are never reused). */
    redirect_from: z.array(id).default([]),
    /** The situation the words belong to. */
    context: text.meta({ cms: { widget: 'text' } }).optional(),
  })
  .superRefine((quote, ctx) => {
    if (quote.lang !== 'en' && !quote.lang.startsWith('en-') && !quote.translation) {
      ctx.addIssue({
        code: 'custom',
        path: ['translation'],
        input: undefined,
        message: `is missing for a quote in "${quote.lang}"; add an English translation of the text`,
      });
    }
    if (quote.translation && !quote.translated_by) {
      ctx.addIssue({
        code: 'custom',
        path: ['translated_by'],
        input: undefined,
        message: `is missing; say who made the translation: ${TRANSLATORS.join(', ')} (the source we quote from, the speaker's office, or us)`,
      });
    }
  });

export type Quote = z.output<typeof quoteSchema>;
