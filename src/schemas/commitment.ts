/** Something a party promised: one entry of an article's `commitments`. */
import { z } from 'astro/zod';
import { id, isoDate, text } from './common.ts';
import { evidenceSchema } from './evidence.ts';

export const DOMAINS = [
  'land', 'air', 'sea', 'training', 'equipment', 'troops', 'monitoring', 'intelligence',
  'industry', 'reconstruction', 'finance', 'legal', 'coordination',
] as const;

export const STATUSES = [
  'proposed', 'pledged', 'conditional', 'in-progress', 'delivered', 'stalled', 'withdrawn',
] as const;

export type Domain = (typeof DOMAINS)[number];
export type Status = (typeof STATUSES)[number];

const status = z.enum(STATUSES, { error: `must be one of: ${STATUSES.join(', ')}` });

export const commitmentSchema = z.strictObject({
  /** Site-wide unique id; it becomes `/commitments/<id>/` and never changes. */
  id,
  /** Country or organisation ids that made the commitment. */
  parties: z.array(id.meta({ cms: { relation: 'countries' } })).min(1, { error: 'needs at least one country id; add who committed' }),
  /** Short name of the commitment. */
  title: text,
  /** One or two sentences on what was promised. */
  summary: text.meta({ cms: { widget: 'text' } }),
  /** What it covers. */
  domains: z
    .array(z.enum(DOMAINS, { error: `must be one of: ${DOMAINS.join(', ')}` }))
    .min(1, { error: 'needs at least one domain; add what it covers' }),
  /** Where it stands now. */
  status,
  /** What must happen first, e.g. "a ceasefire". */
  condition: text.optional(),
  /** What supports it: quote ids, or passages of the article's sources (`{ source, says }`). */
  evidence: z
    .array(evidenceSchema)
    .min(1, { error: 'needs at least one quote id or source passage; add what supports it' })
    .meta({ cms: { evidence: true } }),
  /** Old ids that used to name this entry: their URLs redirect here (ids are never reused). */
  redirect_from: z.array(id).default([]),
  /** Dated status changes, oldest first. */
  history: z
    .array(z.strictObject({ at: isoDate, status, note: text.optional() }))
    .default([]),
});

export type Commitment = z.output<typeof commitmentSchema>;
