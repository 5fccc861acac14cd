/**
 * What each share card shows, as plain data (so it can be tested, hashed and described in
 * `og:image:alt`); share-image.ts draws it.
 */
import type { Status } from '../schemas/commitment.ts';
import { formatDate } from './dates.ts';
import { STATUS_LABELS } from './labels.ts';
import { SITE_NAME, SITE_TAGLINE } from './publisher.ts';
import type { CommitmentRecord, QuoteRecord, SiteIndex } from './site-index.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type ShareCard =
  | { kind: 'site'; host: string; title: string; tagline: string }
  | {
      kind: 'quote';
      host: string;
      label: string;
      text: string;
      direct: boolean;
      /** English translation of a quote in another language. */
      translation?: string;
      speaker: string;
      byline: string;
    }
  | {
      kind: 'commitment';
      host: string;
      title: string;
      parties: string[];
      status: Status;
      statusLabel: string;
      condition?: string;
    };

const hostOf = (siteUrl: URL | string) => new URL(siteUrl).host;

export function siteCard(siteUrl: URL | string): ShareCard {
  return { kind: 'site', host: hostOf(siteUrl), title: SITE_NAME, tagline: SITE_TAGLINE };
}

export function quoteCard(record: QuoteRecord, site: SiteIndex, siteUrl: URL | string): ShareCard {
  const { quote } = record;
  const speaker = site.actors.get(quote.speaker);
  const isEnglish = quote.lang === 'en' || quote.lang.startsWith('en-');
  return {
    kind: 'quote',
    host: hostOf(siteUrl),
    label: quote.kind === 'reported' ? 'Reported speech' : 'Quote',
    text: quote.text,
    direct: quote.kind === 'direct',
    ...(!isEnglish && quote.translation ? { translation: quote.translation } : {}),
    speaker: speaker?.name ?? quote.speaker,
    byline: [speaker?.role, formatDate(quote.said)].filter(Boolean).join(' · '),
  };
}

export function commitmentCard(record: CommitmentRecord, site: SiteIndex, siteUrl: URL | string): ShareCard {
  const { commitment } = record;
  return {
    kind: 'commitment',
    host: hostOf(siteUrl),
    title: commitment.title,
    parties: commitment.parties.map((party) => site.countries.get(party)?.name ?? party),
    status: commitment.status,
    statusLabel: STATUS_LABELS[commitment.status].label,
    ...(commitment.condition ? { condition: commitment.condition } : {}),
  };
}

/** The text alternative of a card, for `og:image:alt`. */
export function cardAltText(card: ShareCard): string {
  switch (card.kind) {
    case 'site':
      return `${card.title}: ${card.tagline}`;
    case 'quote':
      return `${card.label} by ${card.speaker}: ${card.direct ? `“${card.text}”` : card.text}`;
    case 'commitment':
      return `Commitment by ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(card.parties)}: ${card.title}. Status: ${card.statusLabel}${card.condition ? `, on ${card.condition}` : ''}.`;
  }
}
