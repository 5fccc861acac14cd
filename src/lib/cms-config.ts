/**
 * The web editing desk's configuration (Sveltia CMS, `/admin/config.yml`), generated from the zod
 * schemas, so that the desk offers exactly the fields the build accepts. A field's label comes from
 * its name (or its `.meta({ title })`), its hint from its doc comment, and desk-only hints from
 * `.meta({ cms: {...} })` in the schema (see `CmsHint`).
 * Rules the desk cannot express (site-wide unique ids, cross-file references, the permalink
 * ledger) stay with `npm run check:content`, which CI runs on every pull request.
 */
import { z } from 'astro/zod';
import { actorSchema } from '../schemas/actor.ts';
import { articleSchema } from '../schemas/article.ts';
import { countrySchema } from '../schemas/country.ts';
import { summitSchema } from '../schemas/summit.ts';
import { CONTENT_FORMATS, EVIDENCE_WIDGET, SAME_ENTRY_WIDGET } from './cms-names.ts';
import { ISO_DATE_PATTERN, isDateUnion, type ObjectDocs } from './json-schema.ts';

/** Desk-only hints a schema field can carry in `.meta({ cms })`. */
export interface CmsHint {
  /** `text` for a multi-line text box. */
  widget?: 'text';
  /** The field holds ids of entries of this collection (one, or a list). */
  relation?: 'actors' | 'countries' | 'summits';
  /** The field holds the id of an item of this list in the same article (`via` → `sources`). */
  sameEntry?: 'sources';
  /** The field holds a commitment's evidence: this article's quote ids or source passages. */
  evidence?: true;
  /** What an entry made at the desk starts with, where the schema gives no default. */
  newEntryDefault?: boolean | string;
}

export type CmsField = Record<string, unknown>;

const RELATIONS = {
  actors: { collection: 'actors', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] },
  countries: { collection: 'countries', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] },
  summits: { collection: 'summits', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] },
} as const;

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

const hintOf = (schema: z.core.$ZodType) => (z.globalRegistry.get(schema as z.ZodType) as { cms?: CmsHint; title?: string } | undefined);

/** "redirect_from" → "Redirect from" */
const labelOf = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ');

interface Unwrapped {
  schema: z.core.$ZodType;
  required: boolean;
  defaultValue?: unknown;
  hint: CmsHint;
  title?: string;
}

/** Looks through optional, default and metadata layers to the type a field holds. */
function unwrap(start: z.core.$ZodType): Unwrapped {
  const found: Unwrapped = { schema: start, required: true, hint: {} };
  for (let schema = start; ; ) {
    const meta = hintOf(schema);
    found.hint = { ...meta?.cms, ...found.hint };
    if (found.title === undefined && meta?.title !== undefined) found.title = meta.title;
    const def = schema._zod.def as Def;
    if (def.type === 'optional' || def.type === 'default') {
      found.required = false;
      if (def.type === 'default') found.defaultValue = (def as unknown as z.core.$ZodDefaultDef).defaultValue;
      schema = (def as unknown as { innerType: z.core.$ZodType }).innerType;
      continue;
    }
    found.schema = schema;
    return found;
  }
}

const isDate = (schema: z.core.$ZodType) => {
  const def = schema._zod.def as Def;
  return isDateUnion(schema) || (def.type === 'pipe' && isDateUnion((def as unknown as z.core.$ZodPipeDef).in));
};

const enumValues = (schema: z.core.$ZodType): string[] | undefined => {
  const def = schema._zod.def as Def;
  return def.type === 'enum' ? Object.values((def as unknown as z.core.$ZodEnumDef).entries).map(String) : undefined;
};

const shapeOf = (schema: z.core.$ZodType) => {
  const def = schema._zod.def as Def;
  return def.type === 'object' ? (def as unknown as z.core.$ZodObjectDef).shape : undefined;
};

/** The desk's fields for an object schema, in schema order. */
export function cmsFields(schema: z.core.$ZodType, docs: readonly ObjectDocs[]): CmsField[] {
  const shape = shapeOf(schema) ?? {};
  const names = Object.keys(shape);
  const own = docs.find((candidate) => candidate.fields.length === names.length && names.every((name) => candidate.fields.includes(name)));
  return names.map((name) => cmsField(name, shape[name] as z.core.$ZodType, own?.docs[name], docs));
}

function cmsField(name: string, fieldSchema: z.core.$ZodType, doc: string | undefined, docs: readonly ObjectDocs[]): CmsField {
  const { schema, required, defaultValue, hint, title } = unwrap(fieldSchema);
  const base: CmsField = { name, label: title ?? labelOf(name), ...(doc ? { hint: doc } : {}), ...(required ? {} : { required: false }) };
  const startValue = hint.newEntryDefault ?? defaultValue;
  const plainDefault = startValue !== undefined && !Array.isArray(startValue) ? { default: startValue } : {};
  if (hint.relation) return { ...base, widget: 'relation', ...RELATIONS[hint.relation] };
  if (hint.sameEntry) return { ...base, widget: SAME_ENTRY_WIDGET, list: hint.sameEntry };
  if (isDate(schema)) return { ...base, widget: 'string', pattern: [ISO_DATE_PATTERN, 'write YYYY-MM-DD, or a date-time with its offset'] };
  const options = enumValues(schema);
  if (options) return { ...base, widget: 'select', options, ...plainDefault };
  const def = schema._zod.def as Def;
  if (def.type === 'array') {
    const item = unwrap((def as unknown as z.core.$ZodArrayDef).element);
    if (hint.evidence) return { ...base, widget: 'list', field: { name: 'item', label: 'Evidence', widget: EVIDENCE_WIDGET } };
    if (item.hint.relation) return { ...base, widget: 'relation', multiple: true, ...RELATIONS[item.hint.relation] };
    const itemOptions = enumValues(item.schema);
    if (itemOptions) return { ...base, widget: 'select', multiple: true, options: itemOptions };
    if (shapeOf(item.schema)) {
      const fields = cmsFields(item.schema, docs);
      const summary = ['id', 'title', 'printed', 'at'].find((key) => fields.some((field) => field.name === key));
      return { ...base, widget: 'list', ...(summary ? { summary: `{{fields.${summary}}}` } : {}), fields };
    }
    return { ...base, widget: 'list' };
  }
  if (shapeOf(schema)) return { ...base, widget: 'object', fields: cmsFields(schema, docs) };
  if (def.type === 'boolean') return { ...base, widget: 'boolean', ...plainDefault };
  return { ...base, widget: hint.widget ?? 'string', ...plainDefault };
}

/** The file name is the id: editors type it once, when they create the entry. */
const idFromFileName = { slug: { editable: true } } as const;

/** The collections of the desk, from the content schemas. */
export function cmsCollections(docs: readonly ObjectDocs[]): CmsField[] {
  return [
    {
      name: 'articles',
      label: 'Articles',
      label_singular: 'Article',
      folder: 'content/articles',
      // Folders only sort: one per year of publication.
      path: '{{year}}/{{slug}}',
      extension: 'md',
      format: CONTENT_FORMATS.articles,
      create: true,
      ...idFromFileName,
      summary: '{{title}}',
      sortable_fields: ['published', 'title'],
      fields: [...cmsFields(articleSchema, docs), { name: 'body', label: 'Body', widget: 'markdown' }],
    },
    {
      name: 'actors',
      label: 'People and bodies',
      label_singular: 'Actor',
      folder: 'content/actors',
      extension: 'yaml',
      format: CONTENT_FORMATS.actors,
      create: true,
      ...idFromFileName,
      summary: '{{name}}',
      fields: cmsFields(actorSchema, docs),
    },
    {
      name: 'countries',
      label: 'Countries and organisations',
      label_singular: 'Country or organisation',
      folder: 'content/countries',
      extension: 'yaml',
      format: CONTENT_FORMATS.countries,
      create: true,
      ...idFromFileName,
      summary: '{{name}}',
      fields: cmsFields(countrySchema, docs),
    },
    {
      name: 'summits',
      label: 'Summits',
      label_singular: 'Summit',
      folder: 'content/summits',
      extension: 'yaml',
      format: CONTENT_FORMATS.summits,
      create: true,
      ...idFromFileName,
      summary: '{{name}}',
      fields: cmsFields(summitSchema, docs),
    },
  ];
}
