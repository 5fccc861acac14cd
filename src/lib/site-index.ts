/**
 * The derived indexes every page reads: built once per build from the collections, in one
 * pass each, so that no page filters whole collections (see STACK-NOTES on scale).
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Commitment, Status } from '../schemas/commitment.ts';
import type { Correction } from '../schemas/correction.ts';
import type { Country } from '../schemas/country.ts';
import { evidenceQuoteIds } from '../schemas/evidence.ts';
import type { Quote } from '../schemas/quote.ts';
import type { Source } from '../schemas/source.ts';
import { createHash } from 'node:crypto';
import { byDate, dayOf, timestamp } from './dates.ts';
import { contentRedirects, type Redirect } from './redirects.ts';
import { articleUrl, commitmentUrl, correctionAnchor, quoteUrl } from './urls.ts';

export interface Entry<T> {
  id: string;
  data: T;
  /** Astro's hash of the entry's file (front matter and body). */
  digest?: string | number | undefined;
}

export interface QuoteRecord {
  quote: Quote;
  /** Slug of the article the quote was published in. */
  article: string;
  /** The article source it was taken from, when the quote names one. */
  source?: Source;
}

export interface CommitmentRecord {
  commitment: Commitment;
  /** Slug of the article the commitment was published in. */
  article: string;
}

export interface CorrectionRecord {
  correction: Correction;
  /** Slug of the article that carries it. */
  article: string;
  /** Its anchor on the corrections page. */
  anchor: string;
  /** When it was published: its own `at`, else the article's publication date. */
  at: string;
}

export type TimelineKind = 'publication' | 'event' | 'quote' | 'status';

export interface TimelineEntry {
  kind: TimelineKind;
  /** ISO date text as written. */
  at: string;
  title: string;
  summary?: string;
  url: string;
}

export interface TimelineDay {
  /** `YYYY-MM-DD` */
  day: string;
  entries: TimelineEntry[];
}

export interface SiteIndex {
  actors: Map<string, Actor>;
  countries: Map<string, Country>;
  /** Alias id → canonical country id. */
  countryAliases: Map<string, string>;
  /** Newest first. */
  articles: Entry<ArticleData>[];
  articleBySlug: Map<string, ArticleData>;
  /** Oldest first. */
  quotes: QuoteRecord[];
  quoteById: Map<string, QuoteRecord>;
  commitments: CommitmentRecord[];
  commitmentById: Map<string, CommitmentRecord>;
  quotesBySpeaker: Map<string, QuoteRecord[]>;
  commitmentsByParty: Map<string, CommitmentRecord[]>;
  /** Commitments that cite a quote as evidence. */
  commitmentsByQuote: Map<string, CommitmentRecord[]>;
  /** Commitments evidenced by something the actor said. */
  commitmentsByActor: Map<string, CommitmentRecord[]>;
  timeline: TimelineDay[];
  /** Every correction on the site, newest first. */
  corrections: CorrectionRecord[];
  /** Country aliases, every `redirect_from` and removed commitments, as URLs (see redirects.ts). */
  redirects: Redirect[];
  /** Changes whenever any entry changes (see contentKey). */
  contentKey: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/**
 * One key for all the content, which every page gives Astro as its `cacheKey` (the experimental
 * incremental build): a build with no content changed copies each page from the previous build
 * instead of rendering it again. One key for all, because a page shows records from many entries
 * (an actor's quotes come from every article); any change renders every page again.
 */
export function contentKey(collections: Record<string, readonly Entry<unknown>[]>): string {
  const hash = createHash('sha256');
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) hash.update(JSON.stringify([name, entry.id, entry.digest ?? entry.data]));
  }
  return hash.digest('hex');
}

export function buildSiteIndex(input: {
  actors: Entry<Actor>[];
  countries: Entry<Country>[];
  articles: Entry<ArticleData>[];
}): SiteIndex {
  const actors = new Map(input.actors.map((entry) => [entry.id, entry.data]));
  const countries = new Map(
    [...input.countries].sort((a, b) => a.data.name.localeCompare(b.data.name)).map((entry) => [entry.id, entry.data]),
  );
  const countryAliases = new Map(
    input.countries.flatMap((entry) => entry.data.aliases.map((alias) => [alias, entry.id] as const)),
  );
  const articles = [...input.articles].sort((a, b) => timestamp(b.data.published) - timestamp(a.data.published));

  const quotes: QuoteRecord[] = [];
  const commitments: CommitmentRecord[] = [];
  const timelineEntries: TimelineEntry[] = [];
  const corrections: CorrectionRecord[] = [];
  for (const { id: slug, data } of articles) {
    const sources = new Map(data.sources.flatMap((source) => (source.id ? [[source.id, source] as const] : [])));
    for (const quote of data.quotes) {
      const source = quote.via ? sources.get(quote.via) : undefined;
      quotes.push({ quote, article: slug, ...(source ? { source } : {}) });
    }
    for (const commitment of data.commitments) {
      commitments.push({ commitment, article: slug });
    }

    corrections.push(...correctionRecords(slug, data));

    timelineEntries.push({
      kind: 'publication',
      at: data.published,
      title: data.title,
      summary: data.summary,
      url: articleUrl(slug),
    });
    for (const event of data.events) {
      timelineEntries.push({
        kind: 'event',
        at: event.at,
        title: event.title,
        ...(event.summary ? { summary: event.summary } : {}),
        url: articleUrl(slug),
      });
    }
    for (const commitment of data.commitments) {
      for (const change of commitment.history) {
        timelineEntries.push({
          kind: 'status',
          at: change.at,
          title: `${commitment.title}: ${change.status}`,
          ...(change.note ? { summary: change.note } : {}),
          url: commitmentUrl(commitment.id),
        });
      }
    }
  }
  quotes.sort(byDate((record) => record.quote.said));
  for (const { quote } of quotes) {
    const speaker = actors.get(quote.speaker)?.name ?? quote.speaker;
    const words = quote.translation ?? quote.text;
    timelineEntries.push({
      kind: 'quote',
      at: quote.said,
      title: speaker,
      summary: quote.kind === 'direct' ? `“${words}”` : `Reported: ${words}`,
      url: quoteUrl(quote.id),
    });
  }

  const quoteById = new Map(quotes.map((record) => [record.quote.id, record]));
  const commitmentById = new Map(commitments.map((record) => [record.commitment.id, record]));
  const quotesBySpeaker = new Map<string, QuoteRecord[]>();
  for (const record of quotes) push(quotesBySpeaker, record.quote.speaker, record);
  const commitmentsByParty = new Map<string, CommitmentRecord[]>();
  const commitmentsByQuote = new Map<string, CommitmentRecord[]>();
  const commitmentsByActor = new Map<string, CommitmentRecord[]>();
  for (const record of commitments) {
    for (const party of record.commitment.parties) push(commitmentsByParty, party, record);
    for (const quoteId of evidenceQuoteIds(record.commitment.evidence)) {
      push(commitmentsByQuote, quoteId, record);
      const speaker = quoteById.get(quoteId)?.quote.speaker;
      if (speaker) push(commitmentsByActor, speaker, record);
    }
  }

  return {
    actors,
    countries,
    countryAliases,
    articles,
    articleBySlug: new Map(articles.map((entry) => [entry.id, entry.data])),
    quotes,
    quoteById,
    commitments,
    commitmentById,
    quotesBySpeaker,
    commitmentsByParty,
    commitmentsByQuote,
    commitmentsByActor,
    timeline: groupByDay(timelineEntries),
    // Newest first; a day's corrections keep their article's order.
    corrections: corrections.sort((a, b) => timestamp(b.at) - timestamp(a.at)),
    redirects: contentRedirects(input),
    contentKey: contentKey(input),
  };
}

/** An article's corrections, in its order, each with its anchor and date. */
export function correctionRecords(slug: string, data: ArticleData): CorrectionRecord[] {
  return data.corrections.map((correction, index) => ({
    correction,
    article: slug,
    anchor: correctionAnchor(slug, index),
    at: correction.at ?? data.published,
  }));
}

const KIND_ORDER: Record<TimelineKind, number> = { event: 0, quote: 1, status: 2, publication: 3 };

/**
 * Oldest day first, by the day as written (a time's own offset decides its day); within a day,
 * by time, then events before the words and the coverage.
 */
export function groupByDay(entries: TimelineEntry[]): TimelineDay[] {
  const sorted = [...entries].sort(
    (a, b) =>
      dayOf(a.at).localeCompare(dayOf(b.at)) ||
      timestamp(a.at) - timestamp(b.at) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  const days: TimelineDay[] = [];
  for (const entry of sorted) {
    const day = dayOf(entry.at);
    const last = days.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}

/** Groups items under each of their keys (an item with two parties lands in both groups), keys in `order`. */
export function groupByKeys<T, K extends string>(
  items: readonly T[],
  keysOf: (item: T) => readonly K[],
  order: readonly K[],
) {
  const groups = new Map<K, T[]>(order.map((key) => [key, []]));
  for (const item of items) for (const key of keysOf(item)) groups.get(key)?.push(item);
  return [...groups].filter(([, members]) => members.length > 0);
}

/** How many commitments stand at each status. */
export function countByStatus(records: readonly CommitmentRecord[]): Map<Status, number> {
  const counts = new Map<Status, number>();
  for (const { commitment } of records) counts.set(commitment.status, (counts.get(commitment.status) ?? 0) + 1);
  return counts;
}

/** The first commitment at each status, in content order: examples for the methodology page. */
export function firstCommitmentByStatus(records: readonly CommitmentRecord[]): Map<Status, CommitmentRecord> {
  const first = new Map<Status, CommitmentRecord>();
  for (const record of records) if (!first.has(record.commitment.status)) first.set(record.commitment.status, record);
  return first;
}
