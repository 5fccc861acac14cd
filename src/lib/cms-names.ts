/**
 * Names shared by the desk's generated configuration (cms-config.ts) and its browser code
 * (src/admin/desk.ts), kept free of zod so that the browser bundle stays small.
 */

/** Custom field types the desk registers. */
export const SAME_ENTRY_WIDGET = 'same_entry_id';
export const EVIDENCE_WIDGET = 'evidence';

/** Custom file formats the desk registers: the canonical YAML writer (content-yaml.ts), one per collection. */
export const CONTENT_FORMATS = {
  // Sveltia accepts a Markdown extension only with a format whose name ends in "-frontmatter".
  articles: 'summit-frontmatter',
  actors: 'summit-actor',
  countries: 'summit-country',
  summits: 'summit-summit',
} as const;
