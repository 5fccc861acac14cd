/** Validates all content at once: every schema problem and every cross-file problem together. */
import type { z } from 'astro/zod';
import { actorSchema } from '../../schemas/actor.ts';
import { articleSchema, type ArticleData } from '../../schemas/article.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { countrySchema } from '../../schemas/country.ts';
import { summitSchema } from '../../schemas/summit.ts';
import type { CollectionName } from '../content-paths.ts';
import { crossCheck, type ContentEntry, type ContentSet, type UncheckedIds } from './cross-check.ts';
import { placeholderProblems } from './placeholders.ts';
import { formatProblem, problemsFromZod, type Problem } from './problems.ts';
import type { RawFile } from './read-content.ts';

/** The schema of each collection's files. */
export const COLLECTION_SCHEMAS = { actors: actorSchema, countries: countrySchema, articles: articleSchema, summits: summitSchema } satisfies Record<
  CollectionName,
  z.ZodType
>;

export interface ValidationResult {
  problems: Problem[];
  /** The entries that passed their schema (cross-checks run over these), drafts included. */
  content: ContentSet;
  /** The files of the articles marked `draft: true`, which the build leaves out. */
  drafts: string[];
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
    const result = COLLECTION_SCHEMAS[raw.collection].safeParse(raw.data);
    if (!result.success) {
      problems.push(...problemsFromZod(raw.file, result.error, raw.data, COLLECTION_SCHEMAS[raw.collection]));
      setAside(raw);
      continue;
    }
    const isDraft = raw.collection === 'articles' && (result.data as ArticleData).draft;
    if (!isDraft) problems.push(...placeholderProblems(raw.file, raw.data, raw.bodyPlaceholder === true, raw.collection === 'articles'));
    (content[raw.collection] as ContentEntry<unknown>[]).push({ id: raw.id, file: raw.file, data: result.data, ...(raw.body === undefined ? {} : { body: raw.body }) });
  }
  const drafts = content.articles.filter((article) => article.data.draft).map((article) => article.file);
  const crossProblems = crossCheck(content, unchecked);
  problems.push(...crossProblems, ...referencesToDrafts(content, unchecked, drafts, crossProblems));
  return { problems, content, drafts };
}

/**
 * What published content cites from a draft (a quote as evidence, say): the build leaves the
 * draft out, so the reference would break. Found as the problems that checking the published
 * content alone adds to checking everything.
 */
function referencesToDrafts(content: ContentSet, unchecked: UncheckedIds, drafts: readonly string[], withDraftsProblems: readonly Problem[]): Problem[] {
  if (!drafts.length) return [];
  const published = withoutDrafts(content);
  const withDrafts = new Set(withDraftsProblems.map(formatProblem));
  return crossCheck(published, unchecked)
    .filter((problem) => !withDrafts.has(formatProblem(problem)))
    .map((problem) => ({
      ...problem,
      message: `${problem.message} outside drafts`,
      fix: 'it is only in a draft, which the build leaves out: publish that article first (set its `draft: false`), or remove this reference',
    }));
}

/** The content `npm run build` publishes: everything but the draft articles. */
export const withoutDrafts = (content: ContentSet): ContentSet => ({ ...content, articles: content.articles.filter((article) => !article.data.draft) });
