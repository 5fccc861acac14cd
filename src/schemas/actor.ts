/** A person (or named body) who speaks or acts: `content/actors/<id>.yaml`. */
import { z } from 'astro/zod';
import { httpUrl, id, text } from './common.ts';

export const actorSchema = z.strictObject({
  /** Name as readers know it, correctly spelled, e.g. "Keir Starmer". */
  name: text,
  /** Role at the time of the coverage, e.g. "Prime Minister of the United Kingdom". */
  role: text,
  /** Country id (from `content/countries/`) the actor belongs to. */
  country: id.meta({ cms: { relation: 'countries' } }),
  /** Other correct names or spellings, e.g. "Zelenskyy": shown on pages and published as names. */
  aliases: z.array(text).default([]),
  /**
   * Misspellings that search must find but that are never published as a name, e.g. "Kier
   * Starmer" from a source's typo.
   */
  misspellings: z.array(text).default([]),
  /** Wikidata item id, e.g. "Q42". */
  wikidata: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, { error: 'is not a Wikidata id; write it as Q followed by digits, e.g. Q42' })
    .optional(),
  /** Old ids that used to name this entry: their URLs redirect here (ids are never reused). */
  redirect_from: z.array(id).default([]),
  /** Official pages or profiles. */
  links: z.array(z.strictObject({ title: text, url: httpUrl })).default([]),
});

export type Actor = z.output<typeof actorSchema>;
