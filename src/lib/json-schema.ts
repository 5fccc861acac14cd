/**
 * JSON Schemas generated from our zod schemas: for editors (autocompletion and validation of
 * content files, `npm run schemas`) and for the open data files (`/data/schema.json`).
 * zod's own output needs two touches: dates, and descriptions.
 */
import { z } from 'astro/zod';
import { actorSchema } from '../schemas/actor.ts';
import { articleSchema } from '../schemas/article.ts';
import { countrySchema } from '../schemas/country.ts';
import { summitSchema } from '../schemas/summit.ts';

export type JsonSchema = Record<string, unknown>;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
/** Editors' YAML support (yaml-language-server) is surest with draft-07, and we need nothing newer. */
export const EDITOR_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

/** What `isoDate` accepts, as one pattern (the calendar check itself stays in the build). */
export const ISO_DATE_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$';

const DATE_DESCRIPTION =
  'A date, YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known.';

/** Field name → doc comment, for one object schema, found by its set of field names. */
export interface ObjectDocs {
  fields: readonly string[];
  docs: Readonly<Record<string, string>>;
}

const sameFields = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((name, index) => name === [...b].sort()[index]);

/**
 * Our date fields are `string | Date` unions with a transform (YAML may hand over a Date).
 * zod renders that as `anyOf: [{type: string}, {}]`, which tells an editor nothing: we
 * describe the text editors write instead.
 */
export function isDateUnion(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def;
  return def.type === 'union' && (def as z.core.$ZodUnionDef).options.some((option) => option._zod.def.type === 'date');
}

/**
 * Converts a content schema to the JSON Schema of what editors write (`io: 'input'`: defaults
 * make fields optional), with dates as patterned strings and each field's doc comment as its
 * description.
 */
export function contentJsonSchema(
  schema: z.ZodType,
  meta: { title: string; description: string },
  objectDocs: readonly ObjectDocs[] = [],
): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    // A bare z.date() only appears inside our date unions, which the override replaces.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // The web editing desk's hints (`.meta({ cms })`, see cms-config.ts) mean nothing to editors' tools.
      delete (jsonSchema as JsonSchema).cms;
      if (!isDateUnion(zodSchema)) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
      Object.assign(jsonSchema, { type: 'string', pattern: ISO_DATE_PATTERN, description: DATE_DESCRIPTION });
    },
  });
  // zod shares one JSON object between uses of one schema (`text` is everywhere): describe a copy.
  const { $schema: _dialect, ...rest } = structuredClone(generated) as JsonSchema;
  addFieldDocs(rest, objectDocs);
  requireTranslations(rest);
  return { $schema: EDITOR_SCHEMA_DIALECT, title: meta.title, description: meta.description, ...rest };
}

/**
 * The quote schema's own rules (a non-English quote needs a translation, and a translation says
 * who made it) are code, which JSON Schema cannot see: restate them on every object with `lang`
 * and `translation`.
 */
function requireTranslations(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const properties = (node as JsonSchema).properties as Record<string, unknown> | undefined;
  if (properties && 'lang' in properties && 'translation' in properties) {
    Object.assign(node, {
      if: { required: ['lang'], properties: { lang: { not: { pattern: '^en(-|$)' } } } },
      then: { required: ['translation'] },
      ...('translated_by' in properties ? { dependentRequired: { translation: ['translated_by'] } } : {}),
    });
  }
  for (const value of Object.values(node)) requireTranslations(value);
}

/** Gives each property of each object the doc comment of its field, before any format description. */
function addFieldDocs(node: unknown, objectDocs: readonly ObjectDocs[]): void {
  if (Array.isArray(node)) {
    for (const item of node) addFieldDocs(item, objectDocs);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const properties = (node as JsonSchema).properties as Record<string, JsonSchema> | undefined;
  if (properties && typeof properties === 'object') {
    const docs = objectDocs.find((candidate) => sameFields(candidate.fields, Object.keys(properties)))?.docs ?? {};
    for (const [name, property] of Object.entries(properties)) {
      const doc = docs[name];
      if (doc) property.description = property.description ? `${doc} ${String(property.description)}` : doc;
    }
  }
  for (const value of Object.values(node)) addFieldDocs(value, objectDocs);
}

/** The content schemas editors can point their editor at, and the file each is written to. */
export const CONTENT_SCHEMAS = [
  {
    file: 'article.schema.json',
    schema: articleSchema,
    title: 'Summit Tracker article frontmatter',
    description: 'The YAML frontmatter of content/articles/**/<slug>.md.',
  },
  {
    file: 'actor.schema.json',
    schema: actorSchema,
    title: 'Summit Tracker actor',
    description: 'A person or named body who speaks or acts: content/actors/<actor-id>.yaml.',
  },
  {
    file: 'country.schema.json',
    schema: countrySchema,
    title: 'Summit Tracker country or organisation',
    description: 'A country or organisation that can be a party to commitments: content/countries/<country-id>.yaml.',
  },
  {
    file: 'summit.schema.json',
    schema: summitSchema,
    title: 'Summit Tracker summit',
    description: 'A summit or meeting that coverage reports on: content/summits/<summit-id>.yaml.',
  },
] as const;

/** Folder, relative to the project root, where `npm run schemas` writes the content schemas. */
export const CONTENT_SCHEMA_DIR = 'schemas';

/** Stable text of a schema file: two-space indent and a final newline, so diffs stay small. */
export const schemaFileText = (schema: JsonSchema) => `${JSON.stringify(schema, null, 2)}\n`;
