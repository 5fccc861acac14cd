/** The editors' JSON Schemas in schemas/: up to date with the zod schemas, and sensible. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { objectDocsFromSource } from '../../scripts/lib/schema-docs.ts';
import { generateContentSchemaFiles } from '../../scripts/lib/content-schema-files.ts';
import { ISO_DATE_PATTERN } from '../../src/lib/json-schema.ts';
import { isRealDateText } from '../../src/schemas/common.ts';

const root = process.cwd();
const files = await generateContentSchemaFiles(root);
const article = JSON.parse(files.get(join('schemas', 'article.schema.json')) ?? '{}');

test('the committed files in schemas/ are what `npm run schemas` generates now', async () => {
  // Four JSON Schemas (article, actor, country, summit) and the desk's config.
  expect(files.size).toBe(5);
  for (const [path, text] of files) {
    const committed = await readFile(join(root, path), 'utf8').catch(() => 'missing');
    expect(committed, `${path} is out of date: run npm run schemas`).toBe(text);
  }
});

describe('the article frontmatter schema', () => {
  test('dates are strings in the format the build accepts, described for editors', () => {
    expect(article.properties.published).toMatchObject({ type: 'string', pattern: ISO_DATE_PATTERN });
    expect(article.properties.published.description).toMatch(/^Publication date.*YYYY-MM-DD/);
    const pattern = new RegExp(ISO_DATE_PATTERN);
    for (const text of ['2026-01-06', '2026-01-06T18:30:00+01:00', '2026-01-06T18:30Z']) {
      expect(isRealDateText(text)).toBe(true);
      expect(pattern.test(text), text).toBe(true);
    }
    expect(pattern.test('6 January 2026')).toBe(false);
  });

  test('fields carry the doc comments of the zod schemas, and unknown fields are refused', () => {
    const quote = article.properties.quotes.items;
    expect(quote.properties.speaker.description).toBe('Actor id of who said it.');
    expect(quote.additionalProperties).toBe(false);
    expect(quote.required).toEqual(expect.arrayContaining(['id', 'speaker', 'text', 'said']));
    expect(quote.required).not.toContain('lang');
    expect(article.properties.commitments.items.properties.status.enum).toContain('conditional');
  });

  test('a quote not in English needs a translation', () => {
    expect(article.properties.quotes.items).toMatchObject({
      if: { required: ['lang'], properties: { lang: { not: { pattern: '^en(-|$)' } } } },
      then: { required: ['translation'] },
    });
  });
});

test('doc comments are read from object schemas, shorthand fields included', () => {
  const docs = objectDocsFromSource(`
    const a = z.strictObject({
      /** The id. */
      id,
      /** Two
       * lines. */
      name: text,
      plain: text,
    });`);
  expect(docs).toEqual([{ fields: ['id', 'name', 'plain'], docs: { id: 'The id.', name: 'Two lines.' } }]);
});
