/** The status bars of every party in the content: the counts add up and the segments fill the bar. */
import { describe, expect, test } from 'vitest';
import { statusOf } from '../../src/lib/matrix.ts';
import { BAR_WIDTH, statusBar } from '../../src/lib/status-bar.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { STATUSES } from '../../src/schemas/commitment.ts';

const site = buildSiteIndex(validateContent(await readContent(process.cwd())).content);

describe.each([...site.commitmentsByParty].map(([party, records]) => [party, records] as const))('the bar of %s', (_party, records) => {
  const bar = statusBar(records);

  test('its counts add up to the party’s commitments, status by status', () => {
    expect(bar.total).toBe(records.length);
    expect(bar.segments.reduce((sum, segment) => sum + segment.count, 0)).toBe(records.length);
    for (const { status, count } of bar.segments) {
      expect(count).toBe(records.filter((record) => statusOf(record) === status).length);
    }
  });

  test('its segments follow the statuses’ order and fill the bar end to end', () => {
    expect(bar.segments.map((segment) => segment.status)).toEqual(
      STATUSES.filter((status) => records.some((record) => statusOf(record) === status)),
    );
    let edge = 0;
    for (const segment of bar.segments) {
      expect(segment.x).toBeCloseTo(edge);
      expect(segment.width).toBeCloseTo((segment.count / records.length) * BAR_WIDTH);
      edge = segment.x + segment.width;
    }
    expect(edge).toBeCloseTo(BAR_WIDTH);
  });

  test('its words carry the same numbers', () => {
    expect(bar.text).toMatch(new RegExp(`^${records.length} commitments?: `));
    for (const { count } of bar.segments) expect(bar.text).toContain(`${count} `);
  });
});

test('every party with commitments has a bar, and a list of none says so', () => {
  expect(site.commitmentsByParty.size).toBeGreaterThan(0);
  expect(statusBar([])).toEqual({ total: 0, segments: [], text: 'No commitments' });
});

test('the words name each status present with its count', () => {
  const all = site.commitments;
  const bar = statusBar(all);
  const pledged = all.filter((record) => statusOf(record) === 'pledged').length;
  if (pledged > 0) expect(bar.text).toContain(`${pledged} pledged`);
  expect(bar.text.startsWith(`${all.length} commitments: `)).toBe(true);
});
