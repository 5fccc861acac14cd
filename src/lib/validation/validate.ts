/** Validates all content at once: every schema problem and every cross-file problem together. */
import type { z } from 'astro/zod';
import { actorSchema } from '../../schemas/actor.ts';
import { articleSchema } from '../../schemas/article.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { countrySchema } from '../../schemas/country.ts';
import { summitSchema } from '../../schemas/summit.ts';
import type { CollectionName } from '../content-paths.ts';
import { crossCheck, type ContentEntry, type ContentSet } from './cross-check.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import type { RawFile } from './read-content.ts';

const SCHEMAS = { actors: actorSchema, countries: countrySchema, articles: articleSchema, summits: summitSchema } satisfies Record<
  CollectionName,
  z.ZodType
>;

export interface ValidationResult {
  problems: Problem[];
  /** The entries that passed their schema (cross-checks run over these). */
  content: ContentSet;
}

/** The ids in a list field (`quotes`, `commitments`) of an article that failed its schema, as far as they can be read. */
function idsIn(data: unknown, field: 'quotes' | 'commitments'): string[] {
  const list = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[field] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const itemId = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return typeof itemId === 'string' ? [itemId] : [];
  });
}

export function validateContent(files: readonly RawFile[]): ValidationResult {
  const problems: Problem[] = [];
  const content: ContentSet = { actors: [], countries: [], articles: [], summits: [] };
  // Ids of the files that fail below: their problems are reported once, not at every reference.
  const unchecked = {
    actors: new Set<string>(),
    countries: new Set<string>(),
    summits: new Set<string>(),
    quotes: new Set<string>(),
    commitments: new Set<string>(),
  };
  const setAside = (raw: RawFile) => {
    if (raw.collection !== 'articles') unchecked[raw.collection].add(raw.id);
    else {
      for (const quoteId of idsIn(raw.data, 'quotes')) unchecked.quotes.add(quoteId);
      for (const commitmentId of idsIn(raw.data, 'commitments')) unchecked.commitments.add(commitmentId);
    }
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
    const result = SCHEMAS[raw.collection].safeParse(raw.data);
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
