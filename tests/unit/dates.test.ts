import { describe, expect, test } from 'vitest';
import { byDate, dayOf, formatDate, formatDay, formatDays, formatTime, hasTime, timestamp } from '../../src/lib/dates.ts';

describe('hasTime and dayOf', () => {
  test('a date has no time; a date-time with an offset or Z has one', () => {
    expect(hasTime('2026-01-06')).toBe(false);
    expect(hasTime('2026-01-06T18:30:00+01:00')).toBe(true);
    expect(hasTime('2026-01-06T18:30+01:00')).toBe(true);
    expect(hasTime('2026-01-06T18:30:00.500Z')).toBe(true);
    expect(hasTime('2026-01-06T18:30:00')).toBe(false);
  });

  test('dayOf is the calendar day as written, whatever the offset', () => {
    expect(dayOf('2026-01-06')).toBe('2026-01-06');
    expect(dayOf('2026-01-06T23:30:00-05:00')).toBe('2026-01-06');
    expect(dayOf('2026-01-07T00:30:00+01:00')).toBe('2026-01-07');
  });
});

describe('formatDay, formatTime and formatDate', () => {
  test('formatDay writes the day in words', () => {
    expect(formatDay('2026-01-06')).toBe('6 January 2026');
    expect(formatDay('2026-12-31')).toBe('31 December 2026');
    expect(formatDay('2026-01-06T23:30:00-05:00')).toBe('6 January 2026');
    expect(formatDay('2026-01-07T00:30:00+14:00')).toBe('7 January 2026');
  });

  test('formatDays writes one day, or the first and last of a meeting of several', () => {
    expect(formatDays('2026-01-06')).toBe('6 January 2026');
    expect(formatDays('2026-01-06', '2026-01-07')).toBe('6 January 2026 to 7 January 2026');
  });

  test('formatTime shows the time with its own offset, or nothing for a date', () => {
    expect(formatTime('2026-01-06T18:30:00+01:00')).toBe('18:30 UTC+01:00');
    expect(formatTime('2026-01-06T08:05-05:00')).toBe('08:05 UTC-05:00');
    expect(formatTime('2026-01-06T18:30:00Z')).toBe('18:30 UTC');
    expect(formatTime('2026-01-06T18:30:00.123+00:00')).toBe('18:30 UTC');
    expect(formatTime('2026-01-06')).toBe('');
  });

  test('formatDate never invents a time', () => {
    expect(formatDate('2026-01-06')).toBe('6 January 2026');
    expect(formatDate('2026-01-06T18:30:00+01:00')).toBe('6 January 2026, 18:30 UTC+01:00');
    expect(formatDate('2026-01-06T23:30:00-05:00')).toBe('6 January 2026, 23:30 UTC-05:00');
  });
});

describe('timestamp and byDate', () => {
  test('timestamp is the instant; a date counts as midnight UTC', () => {
    expect(timestamp('2026-01-06')).toBe(Date.UTC(2026, 0, 6));
    expect(timestamp('2026-01-06T18:30:00+01:00')).toBe(Date.UTC(2026, 0, 6, 17, 30));
    expect(timestamp('2026-01-06T18:30:00Z')).toBe(Date.UTC(2026, 0, 6, 18, 30));
  });

  test('byDate sorts oldest first, comparing instants across offsets', () => {
    const items = [
      { id: 'c', at: '2026-01-07' },
      { id: 'b', at: '2026-01-06T18:30:00+01:00' },
      { id: 'a', at: '2026-01-06' },
      { id: 'd', at: '2026-01-06T17:45:00Z' },
      { id: 'e', at: '2025-12-31T23:59:59-12:00' },
    ];
    expect([...items].sort(byDate((item) => item.at)).map((item) => item.id)).toEqual(['e', 'a', 'b', 'd', 'c']);
  });

  test('byDate keeps the order of items on the same instant', () => {
    const items = ['x', 'y', 'z'].map((id) => ({ id, at: '2026-01-06' }));
    expect([...items].sort(byDate((item) => item.at)).map((item) => item.id)).toEqual(['x', 'y', 'z']);
  });
});
