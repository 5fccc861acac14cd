/** The who-promised-what matrix, against the site's own content and on edge cases. */
import { describe, expect, test } from 'vitest';
import { cellMarks, commitmentMatrix, statusOf } from '../../src/lib/matrix.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { DOMAINS, STATUSES } from '../../src/schemas/commitment.ts';

const { content, problems } = validateContent(await readContent(process.cwd()));
const site = buildSiteIndex(content);

describe('the matrix of the whole site', () => {
  const matrix = commitmentMatrix(site.commitments, site.countries);

  test('the content is valid and has commitments to lay out', () => {
    expect(problems).toEqual([]);
    expect(site.commitments.length).toBeGreaterThan(0);
  });

  test('every commitment appears in the cell of each of its parties and each of its domains, and nowhere else', () => {
    for (const record of site.commitments) {
      const { parties, domains, id } = record.commitment;
      for (const row of matrix.rows) {
        matrix.domains.forEach((domain, column) => {
          const expected = parties.includes(row.party) && domains.includes(domain);
          expect(row.cells[column]!.includes(record), `${id} in ${row.party} × ${domain}`).toBe(expected);
        });
      }
    }
  });

  test('rows are the parties with commitments, by name; columns the domains in use, in schema order', () => {
    const parties = new Set(site.commitments.flatMap(({ commitment }) => commitment.parties));
    expect(matrix.rows.map((row) => row.party)).toEqual([...site.countries.keys()].filter((id) => parties.has(id)));
    expect(matrix.rows.map((row) => row.name)).toEqual(matrix.rows.map((row) => site.countries.get(row.party)!.name));
    const domains = new Set(site.commitments.flatMap(({ commitment }) => commitment.domains));
    expect(matrix.domains).toEqual(DOMAINS.filter((domain) => domains.has(domain)));
    for (const row of matrix.rows) expect(row.cells).toHaveLength(matrix.domains.length);
  });

  test('the cells hold as many entries as the commitments have party-domain pairs', () => {
    const cellEntries = matrix.rows.flatMap((row) => row.cells).reduce((sum, cell) => sum + cell.length, 0);
    const pairs = site.commitments.reduce((sum, { commitment }) => sum + commitment.parties.length * commitment.domains.length, 0);
    expect(cellEntries).toBe(pairs);
  });
});

test('a subset of commitments (one summit) gives only its parties and domains', () => {
  const [first] = site.commitments;
  const matrix = commitmentMatrix([first!], site.countries);
  expect(matrix.rows.map((row) => row.party)).toEqual([...site.countries.keys()].filter((id) => first!.commitment.parties.includes(id)));
  expect(matrix.domains).toEqual(DOMAINS.filter((domain) => first!.commitment.domains.includes(domain)));
  expect(matrix.rows.every((row) => row.cells.every((cell) => cell.length === 1 && cell[0] === first))).toBe(true);
});

test('no commitments: an empty matrix; an unknown party keeps its id as its name, after the known ones', () => {
  expect(commitmentMatrix([], site.countries)).toEqual({ domains: [], rows: [] });
  const [first] = site.commitments;
  const stray = { ...first!, commitment: { ...first!.commitment, parties: ['zz-unknown', ...first!.commitment.parties] } };
  const rows = commitmentMatrix([stray], site.countries).rows;
  expect(rows.at(-1)).toMatchObject({ party: 'zz-unknown', name: 'zz-unknown' });
});

test('a crowded cell counts its commitments by status instead of listing each', () => {
  const cell = site.commitments.slice(0, 6);
  expect(cellMarks(cell, 6)).toEqual({ kind: 'each', records: cell });
  const summary = cellMarks(cell, 2);
  if (summary.kind !== 'by-status') throw new Error('expected counts by status');
  expect(summary.counts.reduce((sum, { count }) => sum + count, 0)).toBe(cell.length);
  expect(summary.counts.map(({ status }) => status)).toEqual(STATUSES.filter((status) => cell.some((record) => statusOf(record) === status)));
});
