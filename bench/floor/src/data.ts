/** Everything the floor's pages read, from the collections once per build, indexed by id. */
import { getCollection, type CollectionEntry } from 'astro:content';

type ArticleData = CollectionEntry<'articles'>['data'];
export type Quote = ArticleData['quotes'][number] & { article: string };
export type Commitment = ArticleData['commitments'][number] & { article: string };

async function load() {
  const [articles, actors, countries] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('countries'),
  ]);
  const quotes: Quote[] = [];
  const commitments: Commitment[] = [];
  const quotesBySpeaker = new Map<string, Quote[]>();
  const commitmentsByParty = new Map<string, Commitment[]>();
  for (const article of articles) {
    for (const quote of article.data.quotes) {
      const record = { ...quote, article: article.id };
      quotes.push(record);
      const list = quotesBySpeaker.get(quote.speaker);
      if (list) list.push(record);
      else quotesBySpeaker.set(quote.speaker, [record]);
    }
    for (const commitment of article.data.commitments) {
      const record = { ...commitment, article: article.id };
      commitments.push(record);
      for (const party of commitment.parties) {
        const list = commitmentsByParty.get(party);
        if (list) list.push(record);
        else commitmentsByParty.set(party, [record]);
      }
    }
  }
  return {
    articles,
    actors,
    countries,
    quotes,
    commitments,
    quotesBySpeaker,
    commitmentsByParty,
    actorById: new Map(actors.map((actor) => [actor.id, actor.data])),
    countryById: new Map(countries.map((country) => [country.id, country.data])),
  };
}

let data: ReturnType<typeof load> | undefined;

export function getData(): ReturnType<typeof load> {
  data ??= load();
  return data;
}
