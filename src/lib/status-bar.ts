/**
 * "Status at a glance": a party's (or a summit's) commitments as one horizontal bar, a segment
 * per status in the statuses' order, each as long as its share. d3-shape stacks the counts and
 * d3-scale maps them onto the bar's 0–100 width; the words say the same numbers.
 */
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { STATUSES, type Status } from '../schemas/commitment.ts';
import { STATUS_LABELS } from './labels.ts';
import { countByStatus, type CommitmentRecord } from './site-index.ts';

/** The bar's width in its own units (an SVG viewBox scaled to the page). */
export const BAR_WIDTH = 100;

export interface BarSegment {
  status: Status;
  count: number;
  /** Left edge and length, in units of BAR_WIDTH. */
  x: number;
  width: number;
}

export interface StatusBar {
  total: number;
  /** Statuses with at least one commitment, in the order of STATUSES. */
  segments: BarSegment[];
  /** The counts in words, e.g. "3 commitments: 2 pledged, 1 conditional". */
  text: string;
}

const plural = (count: number) => `${count} ${count === 1 ? 'commitment' : 'commitments'}`;

export function statusBar(records: readonly CommitmentRecord[]): StatusBar {
  const counts = countByStatus(records);
  const total = records.length;
  const present = STATUSES.filter((status) => counts.has(status));
  const layers = stack<Map<Status, number>, Status>()
    .keys(present)
    .value((data, key) => data.get(key) ?? 0)([counts]);
  const x = scaleLinear().domain([0, Math.max(total, 1)]).range([0, BAR_WIDTH]);
  const segments = layers.map((layer) => {
    const [start, end] = layer[0]!;
    return { status: layer.key, count: end - start, x: x(start), width: x(end) - x(start) };
  });
  const words = segments.map(({ status, count }) => `${count} ${STATUS_LABELS[status].label.toLowerCase()}`);
  return { total, segments, text: words.length > 0 ? `${plural(total)}: ${words.join(', ')}` : 'No commitments' };
}
