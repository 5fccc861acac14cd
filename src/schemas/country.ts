/** A country or organisation that can be a party to commitments: `content/countries/<id>.yaml`. */
import { z } from 'astro/zod';
import { id, text } from './common.ts';

export const countrySchema = z.strictObject({
  /** Display name, e.g. "United Kingdom". */
  name: text,
  /** `country` for a state, `organization` for the EU, NATO, a coalition... */
  kind: z.enum(['country', 'organization'], { error: 'must be "country" or "organization"' }),
  /** Other ids that redirect here, e.g. `uk` for `gb`. */
  aliases: z.array(id).default([]),
  /** For an organisation: the country ids of its members (optional, may be partial). */
  members: z.array(id.meta({ cms: { relation: 'countries' } })).default([]),
});

export type Country = z.output<typeof countrySchema>;
