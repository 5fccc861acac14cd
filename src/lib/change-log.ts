/**
 * The change log of every commitment: the status as first reported, the steps its own article
 * reports (`history`) and every later article's `updates`, in date order (see PRODUCT.md,
 * "Tracking over time"). Built in one pass over the articles plus one sort, so it stays
 * linear-logarithmic at any size. The current status of a commitment is its latest entry's.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { Commitment, Status } from '../schemas/commitment.ts';
import type { Summit } from '../schemas/summit.ts';
import { dayOf, timestamp } from './dates.ts';

/** Where an entry comes from: the first report, a step in the same article, a later article's update. */
export type StatusEventKind = 'reported' | 'history' | 'update';

/** One dated status of one commitment. */
export interface StatusEvent {
  /**
   * The entry's id on its commitment's page (`change-2026-01-06-pledged`, then `-2`, `-3` for a
   * repeat of the same day and status): the same from one build to the next while the content
   * is, and unique within the commitment. `changeLogEntryUrl` links it.
   */
  anchor: string;
  /** Commitment id. */
  commitment: string;
  kind: StatusEventKind;
  /** ISO date text as written. */
  at: string;
  status: Status;
  /** The status of the entry before, if there is one. */
  previous?: Status;
  note?: string;
  /** Slug of the article that reports this entry. */
  article: string;
  /** What supports it (for the first report, the commitment's own evidence). */
  evidence: Commitment['evidence'];
  /** Set where the entry says whether the commitment's condition has happened. */
  conditionMet?: boolean;
}

export interface ChangeLog {
  /** Every entry of every commitment, oldest first. */
  events: StatusEvent[];
  /** Commitment id → its entries, oldest first (the first report is always among them). */
  byCommitment: Map<string, StatusEvent[]>;
}

interface ArticleEntry {
  id: string;
  data: ArticleData;
}

/**
 * The date an article reports its commitments as made: its summit's first day, else the day it
 * was published.
 */
export function reportedAt(article: ArticleData, summits: ReadonlyMap<string, Summit>): string {
  return (article.summit && summits.get(article.summit)?.starts) || article.published;
}

/** Unsorted entry with what orders entries of the same date: the article's date, then the entry's place in it. */
interface Pending {
  event: Omit<StatusEvent, 'anchor' | 'previous'>;
  time: number;
  articleTime: number;
  article: string;
  place: number;
}

const byDateThenPlace = (a: Pending, b: Pending) =>
  a.time - b.time || a.articleTime - b.articleTime || a.article.localeCompare(b.article) || a.place - b.place;

/**
 * Builds the change log of every commitment. Updates for a commitment no article reports are
 * left out (validation reports them, see `updateProblems`).
 */
export function buildChangeLog(articles: readonly ArticleEntry[], summits: ReadonlyMap<string, Summit>): ChangeLog {
  const pending = new Map<string, Pending[]>();
  for (const { id: article, data } of articles) {
    const articleTime = timestamp(data.published);
    const at = reportedAt(data, summits);
    for (const commitment of data.commitments) {
      const entries: Pending[] = [
        {
          event: { commitment: commitment.id, kind: 'reported', at, status: commitment.status, article, evidence: commitment.evidence },
          time: timestamp(at),
          articleTime,
          article,
          place: -1,
        },
      ];
      commitment.history.forEach((step, place) =>
        entries.push({
          event: {
            commitment: commitment.id,
            kind: 'history',
            at: step.at,
            status: step.status,
            ...(step.note ? { note: step.note } : {}),
            article,
            evidence: [],
          },
          time: timestamp(step.at),
          articleTime,
          article,
          place,
        }),
      );
      const known = pending.get(commitment.id);
      pending.set(commitment.id, known ? [...entries, ...known] : entries);
    }
    data.updates.forEach((update, place) => {
      const entry: Pending = {
        event: {
          commitment: update.commitment,
          kind: 'update',
          at: update.at,
          status: update.status,
          ...(update.note ? { note: update.note } : {}),
          article,
          evidence: update.evidence ?? [],
          ...(update.condition_met === undefined ? {} : { conditionMet: update.condition_met }),
        },
        time: timestamp(update.at),
        articleTime,
        article,
        place,
      };
      const known = pending.get(update.commitment);
      if (known) known.push(entry);
      else pending.set(update.commitment, [entry]);
    });
  }

  const byCommitment = new Map<string, StatusEvent[]>();
  const all: Pending[] = [];
  for (const [commitment, entries] of pending) {
    // An update to a commitment that no article reports has no first report: leave it out.
    if (!entries.some((entry) => entry.event.kind === 'reported')) continue;
    entries.sort(byDateThenPlace);
    const seen = new Map<string, number>();
    const log: StatusEvent[] = [];
    for (const entry of entries) {
      const base = `change-${dayOf(entry.event.at)}-${entry.event.status}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const previous = log.at(-1)?.status;
      const event: StatusEvent = {
        ...entry.event,
        anchor: count === 1 ? base : `${base}-${count}`,
        ...(previous ? { previous } : {}),
      };
      log.push(event);
      all.push({ ...entry, event });
    }
    byCommitment.set(commitment, log);
  }
  all.sort((a, b) => byDateThenPlace(a, b) || a.event.commitment.localeCompare(b.event.commitment));
  return { events: all.map((entry) => entry.event as StatusEvent), byCommitment };
}

/** One commitment's entries, oldest first (empty for an unknown id). */
export const commitmentLog = (log: ChangeLog, commitmentId: string): readonly StatusEvent[] =>
  log.byCommitment.get(commitmentId) ?? [];

/** The latest entry: where the commitment stands now, and since when. */
export function currentStatus(log: ChangeLog, commitmentId: string): StatusEvent | undefined {
  return commitmentLog(log, commitmentId).at(-1);
}

/** The entry of the article that first reported the commitment: its status as reported then. */
export function reportedStatus(log: ChangeLog, commitmentId: string): StatusEvent | undefined {
  return commitmentLog(log, commitmentId).find((event) => event.kind === 'reported');
}

/** Whether the commitment's condition has happened, by the latest entry that says. */
export function conditionMet(log: ChangeLog, commitmentId: string): boolean {
  return commitmentLog(log, commitmentId).findLast((event) => event.conditionMet !== undefined)?.conditionMet ?? false;
}

/** Every entry, newest first (for `/changes/` and the feeds). */
export const newestFirst = (log: ChangeLog): StatusEvent[] => log.events.toReversed();
