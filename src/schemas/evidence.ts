/**
 * What supports a commitment: one entry of its `evidence`. Either the id of a quote, or, where
 * only the report's own narration supports it, a passage of one of the article's sources.
 */
import { z } from 'astro/zod';
import { id, text } from './common.ts';

export const sourcePassageSchema = z.strictObject({
  /** Id of the article source (`sources[].id`) that says it. */
  source: id,
  /** The source's words, verbatim, character for character. */
  says: text.meta({ cms: { widget: 'text' } }),
});

export const evidenceSchema = z.union([id, sourcePassageSchema], {
  error: 'must be a quote id, or { source: <source id>, says: "<the source\'s words, verbatim>" }',
});

export type SourcePassage = z.output<typeof sourcePassageSchema>;
export type Evidence = z.output<typeof evidenceSchema>;

/** The quote ids among a commitment's evidence. */
export const evidenceQuoteIds = (evidence: readonly Evidence[]): string[] =>
  evidence.filter((item): item is string => typeof item === 'string');

/** The source passages among a commitment's evidence. */
export const evidencePassages = (evidence: readonly Evidence[]): SourcePassage[] =>
  evidence.filter((item): item is SourcePassage => typeof item !== 'string');
