/**
 * The floor's collections: the same files as the site, with permissive schemas that only
 * name what the minimal pages read (no cross-checks, no date checks).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const id = ({ entry }: { entry: string }) => entry.split('/').pop()?.replace(/\.(md|yaml)$/, '') ?? entry;
const date = z.union([z.string(), z.date()]).transform(String);

const quote = z.looseObject({ id: z.string(), speaker: z.string(), text: z.string(), said: date });
const commitment = z.looseObject({
  id: z.string(),
  parties: z.array(z.string()),
  title: z.string(),
  summary: z.string(),
  status: z.string(),
  evidence: z.array(z.string()),
});

export const collections = {
  actors: defineCollection({
    loader: glob({ base: './content/actors', pattern: '*.yaml', generateId: id }),
    schema: z.looseObject({ name: z.string(), role: z.string(), country: z.string() }),
  }),
  countries: defineCollection({
    loader: glob({ base: './content/countries', pattern: '*.yaml', generateId: id }),
    schema: z.looseObject({ name: z.string(), kind: z.string() }),
  }),
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '**/*.md', generateId: id }),
    schema: z.looseObject({
      title: z.string(),
      summary: z.string(),
      published: date,
      quotes: z.array(quote).default([]),
      commitments: z.array(commitment).default([]),
    }),
  }),
};
