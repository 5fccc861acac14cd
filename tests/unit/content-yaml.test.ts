/** The canonical YAML writer: schema order, inline id lists, blocks for long text, quoted date-times. */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { formatContentText, toCanonicalYaml } from '../../src/lib/content-yaml.ts';
import { fieldOrder } from '../../src/lib/field-order.ts';
import { listContent, parseContentFile } from '../../src/lib/validation/read-content.ts';
import { COLLECTION_SCHEMAS } from '../../src/lib/validation/validate.ts';

const articleOrder = fieldOrder(COLLECTION_SCHEMAS.articles);
const LONG = 'Plainly fictional test words, long enough that they cannot share a line with their key in the file.';

describe('toCanonicalYaml', () => {
  test('puts keys in schema order at every depth, unknown keys last, and leaves out empty values and defaults', () => {
    const text = toCanonicalYaml(
      {
        zzz_unknown: 1,
        quotes: [{ said: '2026-02-01', text: 'Test words.', kind: 'direct', speaker: 'test-speaker', id: 'test-quote', redirect_from: [], context: '', lang: 'en' }],
        title: 'Test title',
        summary: null,
      },
      articleOrder,
    );
    expect(text).toBe(
      'title: Test title\nquotes:\n  - id: test-quote\n    speaker: test-speaker\n    text: Test words.\n    said: 2026-02-01\nzzz_unknown: 1\n',
    );
  });

  test('writes short lists inline, long ones as blocks', () => {
    const ids = Array.from({ length: 12 }, (_, index) => `test-actor-${index}`);
    expect(toCanonicalYaml({ commitments: [{ parties: ['gb', 'fr'], evidence: ['test-quote', { source: 'report', says: 'Test.' }] }], actors: ids }, articleOrder)).toBe(
      `actors:\n${ids.map((id) => `  - ${id}\n`).join('')}commitments:\n  - parties: [gb, fr]\n    evidence:\n      - test-quote\n      - source: report\n        says: Test.\n`,
    );
  });

  test('quotes date-times (keeping their offset), folds long text and keeps line breaks as a literal block', () => {
    const text = toCanonicalYaml({ quotes: [{ text: `${LONG} ${LONG}`, context: 'Line one.\nLine two.', said: '2026-02-01T18:30:00+01:00' }] }, articleOrder);
    expect(text).toContain('  - text: >-\n      Plainly fictional');
    expect(text).toContain('    context: |-\n      Line one.\n      Line two.\n');
    expect(text).toContain('    said: "2026-02-01T18:30:00+01:00"\n');
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
  });

  test('is read back as the same data by the build, and is stable', () => {
    const data = { title: 'Test: a title with a colon', summary: LONG.repeat(3), quotes: [{ id: 'q', text: '"Quoted," she said: #1 — ok', said: '2026-02-01T18:30:00Z' }] };
    const text = toCanonicalYaml(data, articleOrder);
    const file = `---\n${text}---\n\nBody\n`;
    expect(parseContentFile('articles', 'content/articles/test.md', file).data).toEqual(data);
    expect(formatContentText(file, true, articleOrder)).toBe(file);
  });
});

test('every committed content file is in canonical form and reads back as the same data', async () => {
  for (const { collection, absolute, file } of await listContent(process.cwd())) {
    const source = readFileSync(absolute, 'utf8');
    const formatted = formatContentText(source, collection === 'articles', fieldOrder(COLLECTION_SCHEMAS[collection]));
    expect(formatted, `${file}: run npm run format:content`).toBe(source);
    const reformatted = formatContentText(source.replace(/: \[(.*)\]$/gm, (_, list: string) => `:\n${list.split(', ').map((item) => `  - ${item}`).join('\n')}`), collection === 'articles', fieldOrder(COLLECTION_SCHEMAS[collection]));
    expect(reformatted === undefined || isDeepStrictEqual(parseContentFile(collection, file, reformatted).data, parseContentFile(collection, file, source).data)).toBe(true);
  }
});
