/**
 * The change log: first reports, same-article history and later updates in date order, with
 * stable anchors, previous statuses, the current status and whether a condition was met.
 */
import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { summitSchema } from '../../src/schemas/summit.ts';
import {
  buildChangeLog,
  commitmentLog,
  conditionMet,
  currentStatus,
  newestFirst,
  reportedAt,
  reportedStatus,
} from '../../src/lib/change-log.ts';

const summits = new Map([
  ['testville-2030-03-01', summitSchema.parse({ name: 'Testville meeting (fictional)', starts: '2030-03-01', location: 'Testville', participants: ['xa'], summary: 'A fictional meeting.' })],
]);

const commitment = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  id, parties: ['xa'], title: `Title of ${id}`, summary: 'What.', domains: ['legal'], status, evidence: ['q-1'], ...extra,
});

const first = articleSchema.parse({
  title: 'First', summary: 'S.', published: '2030-03-05', summit: 'testville-2030-03-01', sources: [{ title: 'Report' }],
  commitments: [commitment('alpha', 'conditional', { condition: 'a ceasefire' }), commitment('beta', 'proposed', { history: [{ at: '2030-03-03', status: 'pledged', note: 'Agreed two days later.' }] })],
});
const second = articleSchema.parse({
  title: 'Second', summary: 'S.', published: '2030-04-01', sources: [{ title: 'Report' }],
  commitments: [commitment('gamma', 'pledged')],
});
// Listed before the articles it updates: order of input must not matter.
const later = articleSchema.parse({
  title: 'Later', summary: 'S.', published: '2030-06-01', sources: [{ title: 'Report' }],
  updates: [
    { commitment: 'alpha', at: '2030-05-20', status: 'in-progress', note: 'Work began.', evidence: ['q-2'], condition_met: true },
    { commitment: 'gamma', at: '2030-05-20', status: 'stalled' },
    { commitment: 'gamma', at: '2030-05-21', status: 'stalled', note: 'Still stalled.' },
    { commitment: 'nobody-reported-this', at: '2030-05-20', status: 'delivered' },
  ],
});
const articles = [
  { id: 'later', data: later },
  { id: 'first', data: first },
  { id: 'second', data: second },
];
const log = buildChangeLog(articles, summits);

describe('buildChangeLog', () => {
  test('a commitment is first reported on its summit’s first day, else on its article’s publication', () => {
    expect(reportedAt(first, summits)).toBe('2030-03-01');
    expect(reportedAt(second, summits)).toBe('2030-04-01');
    expect(reportedStatus(log, 'alpha')).toMatchObject({ at: '2030-03-01', status: 'conditional', article: 'first', kind: 'reported', evidence: ['q-1'] });
  });

  test('one commitment’s log: oldest first, with previous statuses, notes, articles and stable anchors', () => {
    expect(commitmentLog(log, 'alpha')).toEqual([
      { anchor: 'change-2030-03-01-conditional', commitment: 'alpha', kind: 'reported', at: '2030-03-01', status: 'conditional', article: 'first', evidence: ['q-1'] },
      { anchor: 'change-2030-05-20-in-progress', commitment: 'alpha', kind: 'update', at: '2030-05-20', status: 'in-progress', previous: 'conditional', note: 'Work began.', article: 'later', evidence: ['q-2'], conditionMet: true },
    ]);
    expect(commitmentLog(log, 'beta').map((event) => [event.kind, event.at, event.status, event.previous])).toEqual([
      ['reported', '2030-03-01', 'proposed', undefined],
      ['history', '2030-03-03', 'pledged', 'proposed'],
    ]);
  });

  test('a repeated day and status gets a numbered anchor, so every anchor of a log is unique', () => {
    const anchors = commitmentLog(log, 'gamma').map((event) => event.anchor);
    expect(anchors).toEqual(['change-2030-04-01-pledged', 'change-2030-05-20-stalled', 'change-2030-05-21-stalled']);
    const twice = buildChangeLog([{ id: 'x', data: articleSchema.parse({ ...later, updates: [later.updates[1], later.updates[1]] }) }, { id: 'second', data: second }], summits);
    expect(commitmentLog(twice, 'gamma').map((event) => event.anchor)).toEqual(['change-2030-04-01-pledged', 'change-2030-05-20-stalled', 'change-2030-05-20-stalled-2']);
  });

  test('anchors do not depend on the order the articles are read in', () => {
    const reversed = buildChangeLog(articles.toReversed(), summits);
    expect(reversed.events).toEqual(log.events);
  });

  test('the current status is the latest entry’s; the condition is met once an entry says so', () => {
    expect(currentStatus(log, 'alpha')).toMatchObject({ status: 'in-progress', at: '2030-05-20' });
    expect(currentStatus(log, 'beta')).toMatchObject({ status: 'pledged', at: '2030-03-03' });
    expect(conditionMet(log, 'alpha')).toBe(true);
    expect(conditionMet(log, 'beta')).toBe(false);
    expect(currentStatus(log, 'unknown')).toBeUndefined();
  });

  test('every event site-wide in date order; an update to an unreported commitment is left out', () => {
    expect(log.events.map((event) => `${event.at} ${event.commitment}`)).toEqual([
      '2030-03-01 alpha',
      '2030-03-01 beta',
      '2030-03-03 beta',
      '2030-04-01 gamma',
      '2030-05-20 alpha',
      '2030-05-20 gamma',
      '2030-05-21 gamma',
    ]);
    expect(log.byCommitment.has('nobody-reported-this')).toBe(false);
    expect(newestFirst(log).map((event) => event.anchor)[0]).toBe('change-2030-05-21-stalled');
  });
});
