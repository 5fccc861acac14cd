/** A commitment's statuses over time: periods from its change log, laid end to end on the strip. */
import { describe, expect, test } from 'vitest';
import type { StatusEvent } from '../../src/lib/change-log.ts';
import { buildSiteIndex } from '../../src/lib/site-index.ts';
import { STRIP_WIDTH, statusStrip } from '../../src/lib/status-strip.ts';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';

const event = (at: string, status: StatusEvent['status']): StatusEvent => ({
  anchor: `change-${at}-${status}`,
  commitment: 'fictional-commitment',
  kind: 'update',
  at,
  status,
  article: 'fictional-article',
  evidence: [],
});

describe('statusStrip', () => {
  test('a period per status, each as long as it lasted, the last one up to the latest change', () => {
    const strip = statusStrip([event('2026-01-01', 'proposed'), event('2026-01-11', 'pledged'), event('2026-02-10', 'delivered')], '2026-03-02');
    expect(strip.segments.map(({ status, from, to }) => [status, from, to])).toEqual([
      ['proposed', '2026-01-01', '2026-01-11'],
      ['pledged', '2026-01-11', '2026-02-10'],
      ['delivered', '2026-02-10', '2026-03-02'],
    ]);
    // 10, 30 and 20 days of 60.
    expect(strip.segments.map(({ width }) => width)).toEqual([10 / 60, 30 / 60, 20 / 60].map((share) => expect.closeTo(share * STRIP_WIDTH)));
    expect(strip.segments[0]?.x).toBe(0);
    expect(strip.segments[2]!.x + strip.segments[2]!.width).toBeCloseTo(STRIP_WIDTH);
    expect(strip.text).toBe(
      'Proposed from 1 January 2026 to 11 January 2026; Pledged from 11 January 2026 to 10 February 2026; Delivered from 10 February 2026 to 2 March 2026',
    );
  });

  test('an entry that repeats the status continues its period; a later entry the same day replaces it', () => {
    const strip = statusStrip(
      [event('2026-01-01', 'pledged'), event('2026-01-05', 'pledged'), event('2026-01-09T10:00:00+01:00', 'stalled'), event('2026-01-09T18:00:00+01:00', 'withdrawn')],
      '2026-01-09',
    );
    expect(strip.segments.map(({ status, from, to }) => [status, from, to])).toEqual([
      ['pledged', '2026-01-01', '2026-01-09'],
      ['withdrawn', '2026-01-09', '2026-01-09'],
    ]);
  });

  test('a log of one day fills the strip with its one status', () => {
    const strip = statusStrip([event('2026-01-06', 'pledged')], '2026-01-06');
    expect(strip.segments).toEqual([{ status: 'pledged', from: '2026-01-06', to: '2026-01-06', x: 0, width: STRIP_WIDTH }]);
    expect(strip.text).toBe('Pledged from 6 January 2026');
  });
});

const site = buildSiteIndex(validateContent(await readContent(process.cwd())).content);

describe('the strip of every commitment in the content', () => {
  const asOf = site.changeLog.events.at(-1)!.at;
  test.each([...site.changeLog.byCommitment])('%s: its periods run end to end from its first report, and end on its current status', (_id, events) => {
    const strip = statusStrip(events, asOf);
    let edge = 0;
    for (const segment of strip.segments) {
      expect(segment.x).toBeCloseTo(edge);
      edge = segment.x + segment.width;
    }
    expect(edge).toBeCloseTo(STRIP_WIDTH);
    expect(strip.segments[0]?.from).toBe(events[0]!.at.slice(0, 10));
    expect(strip.segments.at(-1)?.status).toBe(events.at(-1)!.status);
  });
});
