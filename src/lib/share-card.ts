/**
 * What each share card shows, as plain data (so it can be tested, hashed and described in
 * `og:image:alt`); share-image.ts draws it.
 *
 * Cards are per speaker and per commitment status, never per article, quote or commitment, so
 * the number of images grows with the actors (plus 7 statuses and the site card), not with the
 * coverage: a quote page shows its speaker's card, a commitment page the card of its status.
 * The quote's words and the commitment's title travel in `og:title` / `og:description`.
 */
import type { Actor } from '../schemas/actor.ts';
import type { Status } from '../schemas/commitment.ts';
import { STATUS_LABELS } from './labels.ts';
import { SITE_NAME, SITE_TAGLINE } from './publisher.ts';
import type { SiteIndex } from './site-index.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type ShareCard =
  | { kind: 'site'; host: string; title: string; tagline: string }
  | {
      /** A speaker (any actor): shown on their quotes' pages and their own page. */
      kind: 'speaker';
      host: string;
      name: string;
      role: string;
      /** Name of the actor's country or organisation. */
      country: string;
    }
  | {
      /** A commitment status: shown on the page of every commitment with that status. */
      kind: 'status';
      host: string;
      status: Status;
      /** As the site shows it (labels.ts): symbol, label and what it means. */
      symbol: string;
      label: string;
      description: string;
    };

const hostOf = (siteUrl: URL | string) => new URL(siteUrl).host;

export function siteCard(siteUrl: URL | string): ShareCard {
  return { kind: 'site', host: hostOf(siteUrl), title: SITE_NAME, tagline: SITE_TAGLINE };
}

export function speakerCard(actor: Actor, site: SiteIndex, siteUrl: URL | string): ShareCard {
  return {
    kind: 'speaker',
    host: hostOf(siteUrl),
    name: actor.name,
    role: actor.role,
    country: site.countries.get(actor.country)?.name ?? actor.country,
  };
}

export function statusCard(status: Status, siteUrl: URL | string): ShareCard {
  const { symbol, label, description } = STATUS_LABELS[status];
  return { kind: 'status', host: hostOf(siteUrl), status, symbol, label, description };
}

/** The text alternative of a card, for `og:image:alt`: what the image shows, nothing more. */
export function cardAltText(card: ShareCard): string {
  switch (card.kind) {
    case 'site':
      return `${card.title}: ${card.tagline}`;
    case 'speaker':
      return `${SITE_NAME} speaker card: ${card.name}, ${card.role}, ${card.country}.`;
    case 'status':
      return `${SITE_NAME} commitment card: status ${card.label}, ${card.description}.`;
  }
}
