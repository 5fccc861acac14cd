/**
 * A commitment's statuses over time, as one horizontal strip: a segment per status it held, from
 * the day its change log says it took that status to the day of the next change (the last one
 * runs to the tracker's latest change, `asOf`). d3-scale maps the days onto the strip's width;
 * the words say the same periods.
 */
import { scaleUtc } from 'd3-scale';
import type { Status } from '../schemas/commitment.ts';
import type { StatusEvent } from './change-log.ts';
import { dayOf, formatDay } from './dates.ts';
import { STATUS_LABELS } from './labels.ts';

/** The strip's width in its own units (an SVG viewBox scaled to the page). */
export const STRIP_WIDTH = 100;

export interface StripSegment {
  status: Status;
  /** ISO days: when the status began, and when the next began (or `asOf`). */
  from: string;
  to: string;
  /** Left edge and length, in units of STRIP_WIDTH. */
  x: number;
  width: number;
}

export interface StatusStrip {
  segments: StripSegment[];
  /** The periods in words: "Proposed from 6 January 2026 to 3 March 2026; Pledged from 3 March 2026 to …". */
  text: string;
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** `events`: one commitment's change log, oldest first (at least its first report). */
export function statusStrip(events: readonly StatusEvent[], asOf: string): StatusStrip {
  const periods: { status: Status; from: string }[] = [];
  for (const event of events) {
    const day = dayOf(event.at);
    const last = periods.at(-1);
    if (last?.status === event.status) continue;
    // A later entry the same day replaces the status of that day.
    if (last?.from === day) periods.pop();
    periods.push({ status: event.status, from: day });
  }
  const start = periods[0]?.from ?? dayOf(asOf);
  const end = [dayOf(asOf), ...periods.map(({ from }) => from)].sort().at(-1)!;
  // A log that spans one day (it then holds one period) fills the strip.
  const x = start === end ? () => 0 : scaleUtc().domain([utcDay(start), utcDay(end)]).range([0, STRIP_WIDTH]);
  const segments = periods.map(({ status, from }, index) => {
    const to = periods[index + 1]?.from ?? end;
    const left = x(utcDay(from));
    return { status, from, to, x: left, width: (start === end ? STRIP_WIDTH : x(utcDay(to))) - left };
  });
  const text = segments
    .map(({ status, from, to }) => `${STATUS_LABELS[status].label} from ${formatDay(from)}${to === from ? '' : ` to ${formatDay(to)}`}`)
    .join('; ');
  return { segments, text };
}
