/**
 * Checks that span files: every reference resolves and every id is unique in its kind.
 * Astro only warns on a missing `reference()`, so these checks are what stops a bad build.
 */
import { closest } from 'fastest-levenshtein';
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Country } from '../../schemas/country.ts';
import type { Evidence } from '../../schemas/evidence.ts';
import type { Summit } from '../../schemas/summit.ts';
import { reportedAt } from '../change-log.ts';
import { dayOf, formatDay } from '../dates.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';

export interface ContentEntry<T> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
  /** An article's Markdown body. */
  body?: string;
}

export interface ContentSet {
  actors: ContentEntry<Actor>[];
  countries: ContentEntry<Country>[];
  articles: ContentEntry<ArticleData>[];
  summits: ContentEntry<Summit>[];
}

function unknownReference(kind: string, value: string, known: readonly string[], howToAdd: string) {
  const suggestion = known.length ? closest(value, [...known]) : undefined;
  return {
    message: `is not a known ${kind} id`,
    value,
    fix: suggestion ? `did you mean "${suggestion}"? Otherwise ${howToAdd}` : howToAdd,
  };
}

/** Records where each id was first declared and reports any second declaration. */
class IdRegistry {
  private readonly seen = new Map<string, string>();
  readonly kind: string;
  constructor(kind: string) {
    this.kind = kind;
  }
  claim(id: string, where: string): Omit<Problem, 'file' | 'path'> | undefined {
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, where);
      return undefined;
    }
    return {
      message: `duplicates the ${this.kind} id already used at ${first}`,
      value: id,
      fix: 'give this one a new id (ids are never reused)',
    };
  }
  ids(): string[] {
    return [...this.seen.keys()];
  }
}

/**
 * Ids declared by files that failed their own checks (already reported): references to them are
 * not reported again, so that one broken file gives one problem, not one per reference to it.
 */
export interface UncheckedIds {
  actors: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  quotes: ReadonlySet<string>;
  summits: ReadonlySet<string>;
  commitments: ReadonlySet<string>;
}

const NO_UNCHECKED_IDS: UncheckedIds = {
  actors: new Set(),
  countries: new Set(),
  quotes: new Set(),
  summits: new Set(),
  commitments: new Set(),
};

export function crossCheck(content: ContentSet, unchecked: UncheckedIds = NO_UNCHECKED_IDS): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, path: PathSegment[], problem: Omit<Problem, 'file' | 'path'> | undefined) => {
    if (problem) problems.push({ file, path: formatPath(path), ...problem });
  };

  const countryIds = new Set(content.countries.map((country) => country.id));
  const canonicalCountry = new Map<string, string>();
  const countryNames = new IdRegistry('country');
  for (const country of content.countries) {
    report(country.file, [], countryNames.claim(country.id, country.file));
    country.data.aliases.forEach((alias, index) => {
      const taken = countryIds.has(alias) || canonicalCountry.has(alias);
      report(
        country.file,
        ['aliases', index],
        taken
          ? { message: 'is already the id or alias of another country', value: alias, fix: 'remove this alias' }
          : undefined,
      );
      canonicalCountry.set(alias, country.id);
    });
  }

  const checkCountry = (file: string, path: PathSegment[], value: string) => {
    if (countryIds.has(value) || unchecked.countries.has(value)) return;
    const canonical = canonicalCountry.get(value);
    report(
      file,
      path,
      canonical
        ? { message: 'is an alias, not a country id', value, fix: `use the canonical id "${canonical}"` }
        : unknownReference('country', value, [...countryIds], `add content/countries/${value}.yaml`),
    );
  };

  for (const country of content.countries) {
    country.data.members.forEach((member, index) => checkCountry(country.file, ['members', index], member));
  }

  const summitIds = new Set(content.summits.map((summit) => summit.id));
  for (const { file, data } of content.summits) {
    if (data.host) checkCountry(file, ['host'], data.host);
    data.participants.forEach((participant, index) => checkCountry(file, ['participants', index], participant));
    if (data.ends && dayOf(data.ends) < dayOf(data.starts)) {
      report(file, ['ends'], { message: 'is before `starts`', value: data.ends, fix: 'give the last day, on or after the first' });
    }
  }

  const actorIds = new Set(content.actors.map((actor) => actor.id));
  const actorNames = new IdRegistry('actor');
  for (const actor of content.actors) {
    report(actor.file, [], actorNames.claim(actor.id, actor.file));
    checkCountry(actor.file, ['country'], actor.data.country);
  }
  const checkActor = (file: string, path: PathSegment[], value: string) => {
    if (!actorIds.has(value) && !unchecked.actors.has(value)) {
      report(file, path, unknownReference('actor', value, [...actorIds], `add content/actors/${value}.yaml`));
    }
  };

  const articleSlugs = new IdRegistry('article');
  const quoteIds = new IdRegistry('quote');
  const commitmentIds = new IdRegistry('commitment');
  const eventIds = new IdRegistry('event');
  for (const article of content.articles) {
    const { file, data } = article;
    const duplicate = articleSlugs.claim(article.id, file);
    report(file, [], duplicate && {
      ...duplicate,
      fix: 'rename this file: its name is the article id, which must be unique across all folders',
    });
    data.actors.forEach((actor, index) => checkActor(file, ['actors', index], actor));
    if (data.summit && !summitIds.has(data.summit) && !unchecked.summits.has(data.summit)) {
      report(file, ['summit'], unknownReference('summit', data.summit, [...summitIds], `add content/summits/${data.summit}.yaml`));
    }

    const sourceIds = new IdRegistry('source');
    data.sources.forEach((source, index) => {
      if (source.id) report(file, ['sources', index, 'id'], sourceIds.claim(source.id, `${file} sources[${index}]`));
    });

    data.quotes.forEach((quote, index) => {
      report(file, ['quotes', index, 'id'], quoteIds.claim(quote.id, `${file} quotes[${index}]`));
      checkActor(file, ['quotes', index, 'speaker'], quote.speaker);
      if (quote.via && !sourceIds.ids().includes(quote.via)) {
        report(
          file,
          ['quotes', index, 'via'],
          unknownReference('source', quote.via, sourceIds.ids(), "give one of this article's sources that id"),
        );
      }
    });
    data.commitments.forEach((commitment, index) => {
      report(file, ['commitments', index, 'id'], commitmentIds.claim(commitment.id, `${file} commitments[${index}]`));
      commitment.parties.forEach((party, at) => checkCountry(file, ['commitments', index, 'parties', at], party));
    });
    data.events.forEach((event, index) => {
      report(file, ['events', index, 'id'], eventIds.claim(event.id, `${file} events[${index}]`));
      event.actors.forEach((actor, at) => checkActor(file, ['events', index, 'actors', at], actor));
    });
  }

  // Evidence may cite a quote from any article, so it is checked once every quote id is known.
  const allQuoteIds = new Set(quoteIds.ids());

  // An old id that redirects must not name anything else of its kind, now or as another old id.
  const claimOldIds = (registry: IdRegistry, file: string, path: PathSegment[], oldIds: readonly string[]) =>
    oldIds.forEach((oldId, index) => report(file, [...path, 'redirect_from', index], registry.claim(oldId, `${file} ${formatPath([...path, 'redirect_from', index])}`)));
  for (const actor of content.actors) claimOldIds(actorNames, actor.file, [], actor.data.redirect_from);
  const summitNames = new IdRegistry('summit');
  for (const summit of content.summits) summitNames.claim(summit.id, summit.file);
  for (const summit of content.summits) claimOldIds(summitNames, summit.file, [], summit.data.redirect_from);
  for (const { file, data } of content.articles) {
    claimOldIds(articleSlugs, file, [], data.redirect_from);
    data.quotes.forEach((quote, index) => claimOldIds(quoteIds, file, ['quotes', index], quote.redirect_from));
    data.commitments.forEach((commitment, index) =>
      claimOldIds(commitmentIds, file, ['commitments', index], commitment.redirect_from),
    );
    data.corrections.forEach(({ removed_commitment: removed }, index) => {
      if (removed) report(file, ['corrections', index, 'removed_commitment'], commitmentIds.claim(removed, `${file} corrections[${index}]`));
    });
  }
  /** A commitment's or an update's evidence: quotes of any article, passages of this article's sources. */
  const checkEvidence = (file: string, path: PathSegment[], evidence: readonly Evidence[], sourceIds: readonly string[]) =>
    evidence.forEach((item, at) => {
      if (typeof item !== 'string') {
        if (!sourceIds.includes(item.source)) {
          report(file, [...path, at, 'source'], unknownReference('source', item.source, sourceIds, "give one of this article's sources that id"));
        }
      } else if (!allQuoteIds.has(item) && !unchecked.quotes.has(item)) {
        report(file, [...path, at], unknownReference('quote', item, [...allQuoteIds], "add the quote to an article's quotes"));
      }
    });

  // Updates may move a commitment from any article, so they are checked once every commitment is known.
  const summitById = new Map(content.summits.map((summit) => [summit.id, summit.data]));
  const firstReported = new Map<string, string>();
  for (const { data } of content.articles) {
    const at = reportedAt(data, summitById);
    for (const commitment of data.commitments) firstReported.set(commitment.id, at);
  }
  for (const { file, data } of content.articles) {
    const sourceIds = data.sources.flatMap((source) => (source.id ? [source.id] : []));
    data.commitments.forEach((commitment, index) => checkEvidence(file, ['commitments', index, 'evidence'], commitment.evidence, sourceIds));
    data.updates.forEach((update, index) => {
      const path = ['updates', index];
      const reported = firstReported.get(update.commitment);
      if (reported === undefined) {
        if (!unchecked.commitments.has(update.commitment)) {
          report(
            file,
            [...path, 'commitment'],
            unknownReference('commitment', update.commitment, [...firstReported.keys()], "give the id of a commitment in an article's commitments"),
          );
        }
      } else if (dayOf(update.at) < dayOf(reported)) {
        report(file, [...path, 'at'], {
          message: `is before the commitment was first reported (${formatDay(reported)})`,
          value: update.at,
          fix: `give the date the status changed, on or after ${dayOf(reported)}`,
        });
      }
      if (update.evidence) checkEvidence(file, [...path, 'evidence'], update.evidence, sourceIds);
    });
  }
  return problems;
}
