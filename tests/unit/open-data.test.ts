/** Open data shaping: records, the JSON envelope, RFC 4180 CSV, the JSON Schema and field docs. */
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import {
  COMMITMENT_COLUMNS,
  CSV_LIST_SEPARATOR,
  QUOTE_COLUMNS,
  commitmentDataRecordSchema,
  commitmentDataRecords,
  commitmentsFileSchema,
  dataFile,
  fieldDocs,
  jsonFileText,
  newestContentDate,
  openDataJsonSchema,
  quoteDataRecordSchema,
  quoteDataRecords,
  quotesFileSchema,
  toCsv,
} from '../../src/lib/open-data.ts';
import { SITE_URL, smallSite } from './fixtures/small-site.ts';

const site = smallSite();
const quotes = quoteDataRecords(site, SITE_URL);
const commitments = commitmentDataRecords(site, SITE_URL);

describe('quote records', () => {
  test('one record per quote, oldest first, each valid against its schema', () => {
    expect(quotes.map((record) => record.id)).toEqual(['macron-unity', 'starmer-hubs']);
    for (const record of quotes) expect(quoteDataRecordSchema.parse(record)).toEqual(record);
  });

  test('speaker by id and name, source, article, commitments, former ids and absolute URLs', () => {
    const starmer = quotes.find((record) => record.id === 'starmer-hubs');
    expect(starmer).toMatchObject({
      url: 'https://tracker.test/quotes/starmer-hubs/',
      speaker_id: 'keir-starmer',
      speaker_name: 'Keir Starmer',
      said: '2026-01-06T18:30:00+01:00',
      translation: null,
      translated_by: null,
      source_title: 'Report on the Paris summit',
      source_publisher: 'A newspaper',
      source_url: 'https://news.test/report',
      article_id: 'paris-summit',
      article_url: 'https://tracker.test/articles/paris-summit/',
      article_published: '2026-01-07',
      commitment_ids: ['uk-france-hubs'],
      former_ids: ['starmer-old-id'],
    });
  });

  test('a quote in French keeps its text and language, with its translation and how it is dated', () => {
    expect(quotes.find((record) => record.id === 'macron-unity')).toMatchObject({
      lang: 'fr',
      text: 'Une unité sans précédent </script><!--',
      translation: 'An unprecedented unity',
      translated_by: 'source',
      dated_by: 'report',
      context: null,
      source_url: null,
    });
  });

  test('every record has every field, missing values as null', () => {
    for (const record of quotes) expect(Object.keys(record)).toEqual(QUOTE_COLUMNS);
  });
});

describe('commitment records', () => {
  test('parties by id and name, status, condition, evidence, history and event date', () => {
    const hubs = commitments.find((record) => record.id === 'uk-france-hubs');
    expect(hubs).toMatchObject({
      url: 'https://tracker.test/commitments/uk-france-hubs/',
      party_ids: ['gb', 'fr'],
      party_names: ['United Kingdom', 'France'],
      domains: ['land', 'equipment'],
      status: 'conditional',
      condition: 'a ceasefire',
      evidence_quote_ids: ['starmer-hubs'],
      evidence_passages: [],
      history: [
        { at: '2026-01-06', status: 'proposed', note: null },
        { at: '2026-02-01', status: 'conditional', note: 'Agreed, "subject" to a ceasefire' },
      ],
      event_date: '2026-01-06',
      former_ids: [],
    });
    expect(commitments.find((record) => record.id === 'coalition-unity')).toMatchObject({
      condition: null,
      evidence_quote_ids: ['macron-unity'],
      evidence_passages: [{ source_title: 'Report on the Paris summit', says: 'Leaders showed unity.' }],
    });
  });

  test('each record is valid against its schema and has every column', () => {
    for (const record of commitments) {
      expect(commitmentDataRecordSchema.parse(record)).toEqual(record);
      expect(Object.keys(record)).toEqual(COMMITMENT_COLUMNS);
    }
  });
});

describe('JSON files', () => {
  test('the envelope has a schema version, the licence and the newest content date, not the build time', () => {
    const file = dataFile(quotes, site, SITE_URL);
    expect(file).toMatchObject({
      $schema: 'https://tracker.test/data/schema.json',
      schemaVersion: 1,
      generated: '2026-02-01',
      license: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      documentation: 'https://tracker.test/data/',
    });
    expect(file.license.notice).toMatch(/words of their speakers/);
    expect(quotesFileSchema.parse(file)).toEqual(file);
    expect(commitmentsFileSchema.parse(dataFile(commitments, site, SITE_URL)).records).toHaveLength(2);
  });

  test('the same content gives byte-identical files', () => {
    const again = quoteDataRecords(smallSite(), SITE_URL);
    expect(jsonFileText(dataFile(again, smallSite(), SITE_URL))).toBe(jsonFileText(dataFile(quotes, site, SITE_URL)));
  });

  test('newestContentDate looks at updates, quotes, events and status changes', () => {
    expect(newestContentDate(site)).toBe('2026-02-01');
  });
});

describe('CSV (RFC 4180)', () => {
  const csv = toCsv(quotes, QUOTE_COLUMNS);

  test('a header row starting with id, CRLF line ends, a final CRLF', () => {
    expect(csv.startsWith(`${QUOTE_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.startsWith('id,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('fields with a comma, a double quote or a line break are quoted, quotes doubled', () => {
    expect(csv).toContain('"we will build hubs, ""protected"" ones,\nacross Ukraine"');
    // A line break alone (no comma or quote) must be quoted too.
    expect(toCsv([{ id: 'a', text: 'one line\nand another' }], ['id', 'text'])).toBe('id,text\r\na,"one line\nand another"\r\n');
  });

  test('parses back to the same values: lists joined with |, history as JSON, null as empty', () => {
    const rows = parse(toCsv(commitments, COMMITMENT_COLUMNS), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(commitments.length);
    const hubs = rows.find((row) => row.id === 'uk-france-hubs');
    expect(hubs?.party_ids?.split(CSV_LIST_SEPARATOR)).toEqual(['gb', 'fr']);
    expect(hubs?.party_names).toBe('United Kingdom|France');
    expect(JSON.parse(hubs?.history ?? '')).toEqual(commitments[0]?.history);
    expect(rows.find((row) => row.id === 'coalition-unity')?.condition).toBe('');
    const quoteRows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(quoteRows.map((row) => row.text)).toEqual(quotes.map((record) => record.text));
  });

  test('a list item holding the separator is refused rather than silently split', () => {
    const [first] = commitments;
    if (!first) throw new Error('fixture has commitments');
    expect(() => toCsv([{ ...first, party_names: ['Bosnia | Herzegovina'] }], COMMITMENT_COLUMNS)).toThrow(/separates list items/);
  });
});

describe('JSON Schema and field docs', () => {
  const schema = openDataJsonSchema(SITE_URL);
  const defs = schema.$defs as Record<string, { properties: { records: { items: { properties: Record<string, unknown>; required: string[] } } } }>;

  test('describes both files, with every record field required', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://tracker.test/data/schema.json',
      oneOf: [{ $ref: '#/$defs/quotesFile' }, { $ref: '#/$defs/commitmentsFile' }],
    });
    expect(Object.keys(defs.quotesFile?.properties.records.items.properties ?? {})).toEqual(QUOTE_COLUMNS);
    expect(defs.commitmentsFile?.properties.records.items.required).toEqual(COMMITMENT_COLUMNS);
  });

  test('every field has a type and a description for the data page', () => {
    for (const docs of [fieldDocs(quoteDataRecordSchema), fieldDocs(commitmentDataRecordSchema)]) {
      for (const field of docs) {
        expect(field.description, field.name).not.toBe('');
        expect(field.type, field.name).not.toBe('');
      }
    }
    const byName = Object.fromEntries(fieldDocs(quoteDataRecordSchema).map((field) => [field.name, field.type]));
    expect(byName).toMatchObject({ id: 'id', url: 'URL', said: 'date', translation: 'text, or empty', commitment_ids: 'list of ids' });
  });
});
