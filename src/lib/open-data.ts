/**
 * Open data: every quote and commitment as flat records, for `/data/*.json` and `/data/*.csv`.
 * The record schemas below are the one description of each field: they shape the files,
 * generate `/data/schema.json`, give the CSV its columns and the data page its field list.
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { DOMAINS, STATUSES } from '../schemas/commitment.ts';
import { ID_PATTERN } from '../schemas/common.ts';
import { evidencePassages, evidenceQuoteIds } from '../schemas/evidence.ts';
import { TRANSLATORS } from '../schemas/quote.ts';
import { timestamp } from './dates.ts';
import { ISO_DATE_PATTERN, JSON_SCHEMA_DIALECT, type JsonSchema } from './json-schema.ts';
import { LICENSE, QUOTES_NOTICE, SITE_NAME } from './publisher.ts';
import type { SiteIndex } from './site-index.ts';
import { absoluteUrl, articleUrl, commitmentUrl, dataPageUrl, dataSchemaUrl, quoteUrl } from './urls.ts';

/** Raised only when a field changes meaning or disappears; new fields keep the version. */
export const OPEN_DATA_SCHEMA_VERSION = 1;

/** Joins list values in a CSV cell. Ids never contain it; names are checked when written. */
export const CSV_LIST_SEPARATOR = '|';

const recordId = z.string().regex(ID_PATTERN);
const dateText = z.string().regex(new RegExp(ISO_DATE_PATTERN));
const link = z.url();
const optionalText = z.string().nullable();
const status = z.enum(STATUSES);

const articleFields = {
  article_id: recordId.describe('Id of the article that published it (its URL is `article_url`).'),
  article_title: z.string().describe('Title of that article.'),
  article_url: link.describe('Link to that article.'),
  article_published: dateText.describe('When that article was published.'),
};

export const quoteDataRecordSchema = z.strictObject({
  id: recordId.describe('Quote id: permanent, never reused.'),
  url: link.describe('Permanent link to the quote’s page.'),
  speaker_id: recordId.describe('Id of who said it; their page is /actors/<speaker_id>/.'),
  speaker_name: z.string().describe('Name of who said it.'),
  text: z
    .string()
    .describe('The words in their original language (`lang`): verbatim for direct quotes, as the source puts them for reported speech.'),
  lang: z.string().describe('BCP 47 language tag of `text`, e.g. en, fr, uk.'),
  translation: optionalText.describe('English translation when `lang` is not English; empty otherwise.'),
  translated_by: z
    .enum(TRANSLATORS)
    .nullable()
    .describe('Who made the translation: `source` (published by the source we quote from), `official` (the speaker’s office) or `site` (ours); empty without a translation.'),
  kind: z.enum(['direct', 'reported']).describe('`direct`: the speaker’s own words; `reported`: a paraphrase by the source.'),
  said: dateText.describe('When it was said: YYYY-MM-DD, or a date-time with its offset where the time is known.'),
  dated_by: z
    .enum(['statement', 'report'])
    .describe('`statement`: `said` is the day the words were said; `report`: the source does not say, and `said` is the day it reported them.'),
  context: optionalText.describe('The situation the words belong to.'),
  source_title: optionalText.describe('Title of the source the quote was taken from.'),
  source_publisher: optionalText.describe('Who published that source.'),
  source_url: optionalText.describe('Link to where the words were published, where the source gives one (never made up).'),
  ...articleFields,
  commitment_ids: z.array(recordId).describe('Ids of the commitments this quote is evidence for.'),
  former_ids: z.array(recordId).describe('Ids this quote had before; their URLs redirect to `url`.'),
});

export const commitmentHistorySchema = z.strictObject({
  at: dateText,
  status,
  note: optionalText,
});

export const commitmentDataRecordSchema = z.strictObject({
  id: recordId.describe('Commitment id: permanent, never reused.'),
  url: link.describe('Permanent link to the commitment’s page: the link to cite.'),
  title: z.string().describe('Short name of the commitment.'),
  summary: z.string().describe('What was promised, in one or two sentences.'),
  party_ids: z.array(recordId).describe('Ids of the countries and organisations that committed; their pages are /countries/<id>/.'),
  party_names: z.array(z.string()).describe('Names of those parties, in the same order as `party_ids`.'),
  domains: z.array(z.enum(DOMAINS)).describe(`What it covers: one or more of ${DOMAINS.join(', ')}.`),
  status: status.describe(`Where it stands now: one of ${STATUSES.join(', ')}.`),
  condition: optionalText.describe('What must happen first, e.g. "a ceasefire"; empty when none was stated.'),
  evidence_quote_ids: z.array(recordId).describe('Ids of the quotes that support it (see quotes.json).'),
  evidence_passages: z
    .array(z.strictObject({ source_title: z.string(), says: z.string() }))
    .describe('Passages of a source, verbatim, that support it where no quote does (the report’s own narration). In CSV, a JSON array in one cell.'),
  history: z
    .array(commitmentHistorySchema)
    .describe('Dated status changes, oldest first: `at`, `status`, `note`. In CSV, a JSON array in one cell.'),
  event_date: optionalText.describe('Date of the event where it was made, when the article names one.'),
  ...articleFields,
  former_ids: z.array(recordId).describe('Ids this commitment had before; their URLs redirect to `url`.'),
});

export type QuoteDataRecord = z.output<typeof quoteDataRecordSchema>;
export type CommitmentDataRecord = z.output<typeof commitmentDataRecordSchema>;

const licenseSchema = z.strictObject({
  id: z.string().describe('SPDX id of the licence.'),
  name: z.string(),
  url: link,
  attribution: z.string().describe('How to credit us.'),
  notice: z.string().describe('What the licence does not cover.'),
});

function dataFileSchema<T extends z.ZodType>(records: T, what: string) {
  return z.strictObject({
    $schema: link.describe('This file’s JSON Schema.'),
    schemaVersion: z.literal(OPEN_DATA_SCHEMA_VERSION).describe('Changes only when a field changes meaning or is removed.'),
    generated: dateText
      .nullable()
      .describe('Date of the newest content the file holds (not the build time, so the same content gives the same file).'),
    license: licenseSchema,
    documentation: link.describe('The page that documents every field.'),
    records: z.array(records).describe(what),
  });
}

export const quotesFileSchema = dataFileSchema(quoteDataRecordSchema, 'Every quote, oldest first.');
export const commitmentsFileSchema = dataFileSchema(commitmentDataRecordSchema, 'Every commitment, in article order.');

export type DataFile<T> = Omit<z.output<typeof quotesFileSchema>, 'records'> & { records: T[] };

/** `null` for a missing optional value: every record has every field. */
const orNull = (value: string | undefined) => value ?? null;

export function quoteDataRecords(site: SiteIndex, siteUrl: URL | string): QuoteDataRecord[] {
  return site.quotes.map(({ quote, article, source }) => {
    const articleData = site.articleBySlug.get(article);
    return {
      id: quote.id,
      url: absoluteUrl(quoteUrl(quote.id), siteUrl),
      speaker_id: quote.speaker,
      speaker_name: site.actors.get(quote.speaker)?.name ?? quote.speaker,
      text: quote.text,
      lang: quote.lang,
      translation: orNull(quote.translation),
      translated_by: quote.translated_by ?? null,
      kind: quote.kind,
      said: quote.said,
      dated_by: quote.dated_by,
      context: orNull(quote.context),
      source_title: orNull(source?.title),
      source_publisher: orNull(source?.publisher),
      source_url: orNull(quote.source ?? source?.url),
      article_id: article,
      article_title: articleData?.title ?? article,
      article_url: absoluteUrl(articleUrl(article), siteUrl),
      article_published: articleData?.published ?? '',
      commitment_ids: (site.commitmentsByQuote.get(quote.id) ?? []).map((record) => record.commitment.id),
      former_ids: [...quote.redirect_from],
    };
  });
}

export function commitmentDataRecords(site: SiteIndex, siteUrl: URL | string): CommitmentDataRecord[] {
  return site.commitments.map(({ commitment, article }) => {
    const articleData = site.articleBySlug.get(article);
    return {
      id: commitment.id,
      url: absoluteUrl(commitmentUrl(commitment.id), siteUrl),
      title: commitment.title,
      summary: commitment.summary,
      party_ids: [...commitment.parties],
      party_names: commitment.parties.map((party) => site.countries.get(party)?.name ?? party),
      domains: [...commitment.domains],
      status: commitment.status,
      condition: orNull(commitment.condition),
      evidence_quote_ids: evidenceQuoteIds(commitment.evidence),
      evidence_passages: evidencePassages(commitment.evidence).map((passage) => ({
        source_title: articleData?.sources.find((source) => source.id === passage.source)?.title ?? passage.source,
        says: passage.says,
      })),
      history: commitment.history.map((change) => ({ at: change.at, status: change.status, note: orNull(change.note) })),
      event_date: orNull(articleData?.event?.date),
      article_id: article,
      article_title: articleData?.title ?? article,
      article_url: absoluteUrl(articleUrl(article), siteUrl),
      article_published: articleData?.published ?? '',
      former_ids: [...commitment.redirect_from],
    };
  });
}

/**
 * The newest date anywhere in the content (publications, updates, quotes, events, status
 * changes): the data files' `generated`, so that a rebuild of the same content is identical.
 */
export function newestContentDate(site: SiteIndex): string | null {
  const dates = [
    ...site.timeline.flatMap((day) => day.entries.map((entry) => entry.at)),
    ...site.articles.flatMap(({ data }) => (data.updated ? [data.updated] : [])),
  ];
  let newest: string | null = null;
  for (const date of dates) if (newest === null || timestamp(date) > timestamp(newest)) newest = date;
  return newest;
}

/** The JSON file around the records: schema, version, date, licence. */
export function dataFile<T>(records: T[], site: SiteIndex, siteUrl: URL | string): DataFile<T> {
  return {
    $schema: absoluteUrl(dataSchemaUrl(), siteUrl),
    schemaVersion: OPEN_DATA_SCHEMA_VERSION,
    generated: newestContentDate(site),
    license: {
      ...LICENSE,
      attribution: `${SITE_NAME}, ${absoluteUrl('/', siteUrl)}`,
      notice: QUOTES_NOTICE,
    },
    documentation: absoluteUrl(dataPageUrl(), siteUrl),
    records,
  };
}

/** Pretty-printed with a final newline: readable, and diffs between builds stay small. */
export const jsonFileText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

type CellValue = string | number | boolean | null | readonly string[] | readonly object[];

function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) {
      const items = value as readonly string[];
      if (items.some((item) => item.includes(CSV_LIST_SEPARATOR))) {
        throw new Error(`A list value contains "${CSV_LIST_SEPARATOR}", which separates list items in CSV: ${items.join(', ')}`);
      }
      return items.join(CSV_LIST_SEPARATOR);
    }
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * RFC 4180 CSV: a header row of the schema's field names (`id` first), CRLF line ends, fields
 * quoted where they hold a comma, a quote or a line break. Lists are joined with "|"; lists of
 * objects (a commitment's history) are JSON text.
 */
export function toCsv<T extends Record<string, CellValue>>(records: readonly T[], columns: readonly (keyof T & string)[]): string {
  return stringify(
    records.map((record) => columns.map((column) => csvCell(record[column] ?? null))),
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR,
    // which many readers would take for the end of the row: quote those too.
    { header: true, columns: [...columns], record_delimiter: 'windows', quoted_match: /\r|\n/ },
  );
}

/** The CSV columns of each file: the record schema's fields, in order. */
export const QUOTE_COLUMNS = Object.keys(quoteDataRecordSchema.shape) as (keyof QuoteDataRecord & string)[];
export const COMMITMENT_COLUMNS = Object.keys(commitmentDataRecordSchema.shape) as (keyof CommitmentDataRecord & string)[];

/** `/data/schema.json`: both files, as `$defs`, and a document that is either one. */
export function openDataJsonSchema(siteUrl: URL | string): JsonSchema {
  const definition = (schema: z.ZodType, title: string): JsonSchema => {
    const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'output' }) as JsonSchema;
    return { title, ...rest };
  };
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: absoluteUrl(dataSchemaUrl(), siteUrl),
    title: `${SITE_NAME} open data`,
    description: `The files /data/quotes.json and /data/commitments.json (schema version ${OPEN_DATA_SCHEMA_VERSION}). The CSV files have the same fields as columns.`,
    oneOf: [{ $ref: '#/$defs/quotesFile' }, { $ref: '#/$defs/commitmentsFile' }],
    $defs: {
      quotesFile: definition(quotesFileSchema, 'quotes.json'),
      commitmentsFile: definition(commitmentsFileSchema, 'commitments.json'),
    },
  };
}

export interface FieldDoc {
  name: string;
  type: string;
  description: string;
}

/** A reader's name for a field's type, from its JSON Schema. */
function typeLabel(schema: JsonSchema): string {
  // zod writes a nullable string as `type: ["string", "null"]`.
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((type) => type !== 'null');
    return `${typeLabel({ ...schema, type: rest.length === 1 ? rest[0] : rest })}, or empty`;
  }
  const options = schema.anyOf as JsonSchema[] | undefined;
  if (options) {
    const present = options.filter((option) => option.type !== 'null');
    const label = present.map(typeLabel).join(' or ');
    return present.length < options.length ? `${label}, or empty` : label;
  }
  if (schema.type === 'array') {
    const items = (schema.items ?? {}) as JsonSchema;
    return items.type === 'object' ? 'list of objects' : `list of ${typeLabel(items)}s`;
  }
  if (Array.isArray(schema.enum)) return 'word from a fixed list';
  if (schema.format === 'uri') return 'URL';
  if (schema.pattern === ISO_DATE_PATTERN) return 'date';
  if (schema.pattern === ID_PATTERN.source) return 'id';
  if (schema.type === 'string') return 'text';
  return String(schema.type ?? 'value');
}

/** Name, type and meaning of each field of a record schema, in column order: for the data page. */
export function fieldDocs(schema: typeof quoteDataRecordSchema | typeof commitmentDataRecordSchema): FieldDoc[] {
  const json = z.toJSONSchema(schema, { io: 'output' }) as { properties: Record<string, JsonSchema> };
  return Object.entries(json.properties).map(([name, property]) => ({
    name,
    type: typeLabel(property),
    description: String(property.description ?? ''),
  }));
}
