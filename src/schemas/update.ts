/**
 * Later news about a commitment: one entry of an article's `updates`. The commitment may have
 * been first reported in any article; the update moves it without editing that article.
 */
import { z } from 'astro/zod';
import { commitmentSchema } from './commitment.ts';
import { id, isoDate, text } from './common.ts';

export const updateSchema = z.strictObject({
  /** Id of the commitment that moved. */
  commitment: id,
  /** When it moved. */
  at: isoDate,
  /** Where it stands from that date. */
  status: commitmentSchema.shape.status,
  /** What changed, in one sentence. */
  note: text.optional(),
  /** What supports the change: the same kinds of evidence a commitment takes. */
  evidence: commitmentSchema.shape.evidence.optional(),
  /** True once the commitment's condition has happened. */
  condition_met: z.boolean({ error: 'must be true or false' }).optional(),
});

export type CommitmentUpdate = z.output<typeof updateSchema>;
