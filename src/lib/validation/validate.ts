/** Validates all content at once: every schema problem and every cross-file problem together. */
import type { z } from 'astro/zod';
import { actorSchema } from '../../schemas/actor.ts';
import { articleSchema } from '../../schemas/article.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { countrySchema } from '../../schemas/country.ts';
import type { CollectionName } from '../content-paths.ts';
import { crossCheck, type ContentEntry, type ContentSet } from './cross-check.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import type { RawFile } from './read-content.ts';

/** The schema of each collection's files. */
export const COLLECTION_SCHEMAS = { actors: actorSchema, countries: countrySchema, articles: articleSchema } satisfies Record<
  CollectionName,
  z.ZodType
>;

export interface ValidationResult {
  problems: Problem[];
  /** The entries that passed their schema (cross-checks run over these). */
  content: ContentSet;
}

/** The quote ids an article that failed its schema declares, as far as they can be read. */
function quoteIdsIn(data: unknown): string[] {
  const quotes = data !== null && typeof data === 'object' ? (data as { quotes?: unknown }).quotes : undefined;
  if (!Array.isArray(quotes)) return [];
  return quotes.flatMap((quote: unknown) => {
    const quoteId = quote !== null && typeof quote === 'object' ? (quote as { id?: unknown }).id : undefined;
    return typeof quoteId === 'string' ? [quoteId] : [];
  });
}

export function validateContent(files: readonly RawFile[]): ValidationResult {
  const problems: Problem[] = [];
  const content: ContentSet = { actors: [], countries: [], articles: [] };
  // Ids of the files that fail below: their problems are reported once, not at every reference.
  const unchecked = { actors: new Set<string>(), countries: new Set<string>(), quotes: new Set<string>() };
  const setAside = (raw: RawFile) => {
    if (raw.collection !== 'articles') unchecked[raw.collection].add(raw.id);
    else for (const quoteId of quoteIdsIn(raw.data)) unchecked.quotes.add(quoteId);
  };
  for (const raw of files) {
    if (!ID_PATTERN.test(raw.id)) {
      problems.push({
        file: raw.file,
        path: '',
        message: 'has a file name that is not a valid id',
        value: raw.id,
        fix: 'rename the file to lowercase letters and digits joined by single hyphens, e.g. keir-starmer.yaml',
      });
    }
    if (raw.problem) {
      problems.push(raw.problem);
      setAside(raw);
      continue;
    }
    const result = COLLECTION_SCHEMAS[raw.collection].safeParse(raw.data);
    if (!result.success) {
      problems.push(...problemsFromZod(raw.file, result.error, raw.data));
      setAside(raw);
      continue;
    }
    (content[raw.collection] as ContentEntry<unknown>[]).push({ id: raw.id, file: raw.file, data: result.data });
  }
  problems.push(...crossCheck(content, unchecked));
  return { problems, content };
}
