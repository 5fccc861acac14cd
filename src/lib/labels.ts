/** Words shown for enumerated values, so status and kind never rely on colour alone. */
import type { Domain, Status } from '../schemas/commitment.ts';
import type { Quote } from '../schemas/quote.ts';
import type { TimelineKind } from './site-index.ts';

export const STATUS_LABELS: Record<Status, { label: string; symbol: string; description: string }> = {
  proposed: { label: 'Proposed', symbol: '○', description: 'put forward, not yet agreed' },
  pledged: { label: 'Pledged', symbol: '●', description: 'promised without conditions' },
  conditional: { label: 'Conditional', symbol: '◐', description: 'promised once a condition is met' },
  'in-progress': { label: 'In progress', symbol: '▶', description: 'work has started' },
  delivered: { label: 'Delivered', symbol: '✔', description: 'done' },
  stalled: { label: 'Stalled', symbol: '❚❚', description: 'work has stopped' },
  withdrawn: { label: 'Withdrawn', symbol: '✖', description: 'taken back' },
};

export const DOMAIN_LABELS: Record<Domain, string> = {
  land: 'Land',
  air: 'Air',
  sea: 'Sea',
  training: 'Training',
  equipment: 'Equipment',
  troops: 'Troops',
  monitoring: 'Monitoring',
  intelligence: 'Intelligence',
  industry: 'Industry',
  reconstruction: 'Reconstruction',
  finance: 'Finance',
  legal: 'Legal',
  coordination: 'Coordination',
};

export const QUOTE_KIND_LABELS: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  reported: 'Reported speech',
};

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  publication: 'Coverage published',
  event: 'Event',
  quote: 'Said',
  status: 'Status change',
};

// One formatter for the build: constructing an Intl object costs more than using it.
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** English name of a language tag, e.g. `fr` → "French". */
export const languageName = (lang: string) => LANGUAGE_NAMES.of(lang) ?? lang;
