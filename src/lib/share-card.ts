/**
 * What each share card shows, as plain data (so it can be tested, hashed and described in
 * `og:image:alt`); share-image.ts draws it.
 *
 * An article has a card of its own (headline, summit, date): it is what readers share most.
 * Quotes and commitments do not: a quote page shows its speaker's card, a commitment page the
 * card of its status, so those images grow with the actors (plus 7 statuses), not with every
 * quote. The quote's words and the commitment's title travel in `og:title` / `og:description`.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Status } from '../schemas/commitment.ts';
import { formatDay, formatDays } from './dates.ts';
import { STATUS_LABELS } from './labels.ts';
import { SITE_NAME, SITE_TAGLINE } from './publisher.ts';
import type { SiteIndex } from './site-index.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type ShareCard =
  | { kind: 'site'; host: string; title: string; tagline: string }
  | {
      /** An article (never a draft: see hasOwnCard): shown on its page. */
      kind: 'article';
      host: string;
      headline: string;
      /** The summit the article belongs to, with its days, when it names one. */
      summit?: string;
      /** Publication day as the site writes it, e.g. "28 November 2026". */
      date: string;
    }
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

/** Drafts get no card: a build publishes nothing of theirs, and `npm run dev` shows the site's. */
export const hasOwnCard = (data: ArticleData) => !data.draft;

/** "Coalition of the Willing leaders' meeting in Paris, 6 January 2026" */
function summitLine(summitId: string, site: SiteIndex): string {
  const summit = site.summitById.get(summitId);
  if (!summit) throw new Error(`unknown summit ${summitId}: the content check lets none through`);
  return `${summit.name}, ${formatDays(summit.starts, summit.ends)}`;
}

export function articleCard(data: ArticleData, site: SiteIndex, siteUrl: URL | string): ShareCard {
  return {
    kind: 'article',
    host: hostOf(siteUrl),
    headline: data.title,
    ...(data.summit ? { summit: summitLine(data.summit, site) } : {}),
    date: formatDay(data.published),
  };
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
    case 'article':
      return `${SITE_NAME} article card: ${card.headline}${card.summit ? `; ${card.summit}` : ''}; published ${card.date}.`;
    case 'speaker':
      return `${SITE_NAME} speaker card: ${card.name}, ${card.role}, ${card.country}.`;
    case 'status':
      return `${SITE_NAME} commitment card: status ${card.label}, ${card.description}.`;
  }
}
