/**
 * Checks that span files: every reference resolves and every id is unique in its kind.
 * Astro only warns on a missing `reference()`, so these checks are what stops a bad build.
 */
import { closest } from 'fastest-levenshtein';
import type { Actor } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Country } from '../../schemas/country.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';

export interface ContentEntry<T> {
  id: string;
  /** Path relative to the project root. */
  file: string;
  data: T;
}

export interface ContentSet {
  actors: ContentEntry<Actor>[];
  countries: ContentEntry<Country>[];
  articles: ContentEntry<ArticleData>[];
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
}

const NO_UNCHECKED_IDS: UncheckedIds = { actors: new Set(), countries: new Set(), quotes: new Set() };

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
      commitment.evidence.forEach((item, at) => {
        if (typeof item === 'string' || sourceIds.ids().includes(item.source)) return;
        report(
          file,
          ['commitments', index, 'evidence', at, 'source'],
          unknownReference('source', item.source, sourceIds.ids(), "give one of this article's sources that id"),
        );
      });
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
  for (const { file, data } of content.articles) {
    data.commitments.forEach((commitment, index) => {
      commitment.evidence.forEach((quoteId, at) => {
        if (typeof quoteId !== 'string') return;
        if (!allQuoteIds.has(quoteId) && !unchecked.quotes.has(quoteId)) {
          report(
            file,
            ['commitments', index, 'evidence', at],
            unknownReference('quote', quoteId, [...allQuoteIds], 'add the quote to an article\'s quotes'),
          );
        }
      });
    });
  }
  return problems;
}
