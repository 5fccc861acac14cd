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

const SCHEMAS = { actors: actorSchema, countries: countrySchema, articles: articleSchema } satisfies Record<
  CollectionName,
  z.ZodType
>;

export interface ValidationResult {
  problems: Problem[];
  /** The entries that passed their schema (cross-checks run over these). */
  content: ContentSet;
}

export function validateContent(files: readonly RawFile[]): ValidationResult {
  const problems: Problem[] = [];
  const content: ContentSet = { actors: [], countries: [], articles: [] };
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
      continue;
    }
    const result = SCHEMAS[raw.collection].safeParse(raw.data);
    if (!result.success) {
      problems.push(...problemsFromZod(raw.file, result.error, raw.data));
      continue;
    }
    (content[raw.collection] as ContentEntry<unknown>[]).push({ id: raw.id, file: raw.file, data: result.data });
  }
  problems.push(...crossCheck(content));
  return { problems, content };
}
