/** Words shown for enumerated values, so status and kind never rely on colour alone. */
import type { Domain, Status } from '../schemas/commitment.ts';
import type { Quote, Translator } from '../schemas/quote.ts';
import type { TimelineKind } from './site-index.ts';

/**
 * Each status: its word and symbol, a short description (badge tooltips) and the definition the
 * methodology page publishes, with an illustration for a status our coverage has not used yet.
 */
export const STATUS_LABELS: Record<Status, { label: string; symbol: string; description: string; definition: string; illustration: string }> = {
  proposed: {
    label: 'Proposed',
    symbol: '○',
    description: 'planned or put forward, not yet promised',
    definition: 'A party has put the measure forward or says it plans it, but has not promised to carry it out.',
    illustration: 'a government says it plans to open a liaison office.',
  },
  pledged: {
    label: 'Pledged',
    symbol: '●',
    description: 'promised without conditions',
    definition: 'A party has said that it will do something specific, and has attached no condition to it.',
    illustration: 'a government announces that it will send a stated amount of aid.',
  },
  conditional: {
    label: 'Conditional',
    symbol: '◐',
    description: 'promised once a condition is met',
    definition:
      'A party has promised to do something once a stated condition is met, for example a ceasefire. The condition is shown with the commitment; until it is met, nothing is due.',
    illustration: 'a government promises troops once a ceasefire holds.',
  },
  'in-progress': {
    label: 'In progress',
    symbol: '▶',
    description: 'work has started',
    definition: 'Work on the commitment has started, according to a party or a source, but it is not complete.',
    illustration: 'negotiators report progress on a framework they are drafting.',
  },
  delivered: {
    label: 'Delivered',
    symbol: '✔',
    description: 'done',
    definition: 'A source reports that what was promised has been done.',
    illustration: 'a report confirms that promised equipment has arrived.',
  },
  stalled: {
    label: 'Stalled',
    symbol: '❚❚',
    description: 'work has stopped',
    definition: 'A source reports that work on the commitment has stopped or is blocked, without the party taking it back.',
    illustration: 'a report says a promised facility has not been built because funding was frozen.',
  },
  withdrawn: {
    label: 'Withdrawn',
    symbol: '✖',
    description: 'taken back',
    definition: 'The party has taken the commitment back.',
    illustration: 'a government announces that it will no longer send the troops it promised.',
  },
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

/** Who made a quote's English translation, as a reader is told it. */
export const TRANSLATOR_LABELS: Record<Translator, string> = {
  source: 'as published by the source we quote from',
  official: 'an official translation',
  site: 'our own translation',
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
