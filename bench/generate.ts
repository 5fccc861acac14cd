/**
 * Writes a plainly fictional, deterministic corpus (a `content/` tree) for the benchmark:
 * countries, actors and articles with quotes, commitments and events, shaped like the real
 * content so that it passes `npm run check:content`.
 *
 * As a command: `node bench/generate.ts --articles 1000 --out /tmp/corpus` (writes
 * /tmp/corpus/content). It refuses to write into the project's own content/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { Random, Zipf } from './lib/random.ts';

export interface CorpusOptions {
  articles: number;
  actors?: number;
  countries?: number;
  seed?: number;
}

export interface CorpusSummary {
  articles: number;
  actors: number;
  countries: number;
  quotes: number;
  commitments: number;
  events: number;
  /** Words of Markdown body, all articles together. */
  words: number;
  /** Words that occur in the corpus, from very common to rare: the search bench queries them. */
  searchWords: string[];
}

const DOMAINS = [
  'land', 'air', 'sea', 'training', 'equipment', 'troops', 'monitoring', 'intelligence',
  'industry', 'reconstruction', 'finance', 'legal', 'coordination',
] as const;
const STATUSES = ['proposed', 'pledged', 'conditional', 'in-progress', 'delivered', 'stalled', 'withdrawn'] as const;

/** Real English words for the head of the word distribution, so the text reads as text. */
const COMMON = (
  'the of and to in a that is for on with as by at from it was be this are which an have has not ' +
  'but or were their they will its would been more also said after one all there about other new ' +
  'summit ceasefire guarantees talks leaders ministers agreement coalition security support partners ' +
  'meeting statement delegation proposal framework monitoring reconstruction troops border treaty ' +
  'council envoy negotiations deadline sanctions pledge allies capital region officials report'
).split(' ');

const SYLLABLES = (
  'ka lo ven dra mir sol tes vor ani bel cor dun eth fal gor hal ist jun kel lum nor ost par qua ' +
  'ril sen tor ulm var wen yor zel bro cra dul fen gri hol'
).split(' ');

/** A synthetic word per rank: unique, pronounceable and clearly not a real name. */
function syntheticWord(rank: number): string {
  let word = '';
  let n = rank + SYLLABLES.length;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
}

const VOCABULARY = [...COMMON, ...Array.from({ length: 4000 }, (_, rank) => syntheticWord(rank))];

const DAY_MS = 86_400_000;
const START = Date.UTC(2020, 0, 1);
/** Six years of coverage: 1,000 articles is about one every two days, 10,000 about five a day. */
const SPAN_DAYS = 6 * 365;

const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

class Writer {
  private readonly random: Random;
  private readonly zipf = new Zipf(VOCABULARY.length);

  constructor(random: Random) {
    this.random = random;
  }

  word(): string {
    return VOCABULARY[this.zipf.draw(this.random)] ?? 'summit';
  }

  /** One sentence of `min`..`max` words, capitalised, with the odd comma. */
  sentence(min = 8, max = 20): string {
    const count = this.random.int(min, max);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const word = this.word();
      words.push(i > 2 && i < count - 2 && this.random.chance(0.08) ? `${word},` : word);
    }
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  paragraph(): { text: string; words: number } {
    const sentences = Array.from({ length: this.random.int(3, 6) }, () => this.sentence());
    const text = sentences.join(' ');
    return { text, words: text.split(' ').length };
  }
}

interface Actor {
  id: string;
  country: string;
}

/** Writes the corpus under `dir/content` and returns what it holds. */
export async function generateCorpus(dir: string, options: CorpusOptions): Promise<CorpusSummary> {
  const root = resolve(dir);
  const projectContent = fileURLToPath(new URL('../content', import.meta.url));
  if (resolve(root, 'content') === projectContent) throw new Error('refusing to write into the project\'s own content/');

  const random = new Random(options.seed ?? 20260106);
  const writer = new Writer(random);
  const countryCount = options.countries ?? 60;
  const actorCount = options.actors ?? 200;
  const content = join(root, 'content');
  await mkdir(join(content, 'countries'), { recursive: true });
  await mkdir(join(content, 'actors'), { recursive: true });

  // Countries: most are states, the last sixth organisations with members; a few have an alias.
  const countryIds = Array.from({ length: countryCount }, (_, i) => `country-${pad(i + 1, 3)}`);
  const organizations = Math.max(1, Math.floor(countryCount / 6));
  const states = countryIds.slice(0, countryCount - organizations);
  for (const [index, id] of countryIds.entries()) {
    const isOrganization = index >= countryCount - organizations;
    const name = isOrganization
      ? `Fictional Union ${index + 1} (fictional)`
      : `${capitalise(syntheticWord(index * 7 + 3))}ia (fictional country ${index + 1})`;
    const data: Record<string, unknown> = { name, kind: isOrganization ? 'organization' : 'country' };
    if (index % 12 === 0) data['aliases'] = [`fictional-alias-${pad(index + 1, 3)}`];
    if (isOrganization) data['members'] = random.sample(states, random.int(3, 12)).sort();
    await writeFile(join(content, 'countries', `${id}.yaml`), yaml.dump(data, { lineWidth: -1 }));
  }

  // Actors: "Speaker 17 (fictional)", each from a country.
  const actors: Actor[] = [];
  for (let i = 1; i <= actorCount; i++) {
    const id = `actor-${pad(i, 3)}`;
    const country = states[(i * 7) % states.length] ?? 'country-001';
    actors.push({ id, country });
    const data: Record<string, unknown> = {
      name: `Speaker ${i} (fictional)`,
      role: `Fictional minister for ${DOMAINS[i % DOMAINS.length]}`,
      country,
    };
    if (i % 5 === 0) data['aliases'] = [`Fictional Speaker Number ${i}`];
    await writeFile(join(content, 'actors', `${id}.yaml`), yaml.dump(data, { lineWidth: -1 }));
  }

  // Who speaks and who commits: half uniform, half Zipf, so a few actors and parties dominate
  // (as heads of state do) and their pages are long.
  const actorZipf = new Zipf(actors.length);
  const countryZipf = new Zipf(countryIds.length);
  const pickActor = () => (random.chance(0.5) ? random.pick(actors) : (actors[actorZipf.draw(random)] ?? actors[0]!));
  const pickCountry = () => (random.chance(0.5) ? random.pick(countryIds) : (countryIds[countryZipf.draw(random)] ?? 'country-001'));

  const summary: CorpusSummary = {
    articles: options.articles,
    actors: actorCount,
    countries: countryCount,
    quotes: 0,
    commitments: 0,
    events: 0,
    words: 0,
    searchWords: [],
  };
  const createdFolders = new Set<string>();
  let previousQuoteIds: string[] = [];

  for (let n = 1; n <= options.articles; n++) {
    const slug = `bench-article-${pad(n, 5)}`;
    const publishedMs = START + Math.floor(((n - 1) * SPAN_DAYS) / Math.max(1, options.articles)) * DAY_MS;
    const day = dayText(publishedMs);
    const withTime = random.chance(0.3);
    const published = withTime ? `${day}T${pad(random.int(6, 22), 2)}:${pad(random.int(0, 59), 2)}:00+01:00` : day;
    const topic = `${writer.word()} ${writer.word()}`;

    const quotes = Array.from({ length: random.int(4, 6) }, (_, k) => {
      const speaker = pickActor();
      const french = random.chance(0.1);
      const quote: Record<string, unknown> = {
        id: `${slug}-q${k + 1}`,
        speaker: speaker.id,
        text: french ? `[Texte fictif] ${writer.sentence(10, 25)}` : writer.sentence(10, 30),
        said: dayText(publishedMs - random.int(0, 3) * DAY_MS),
        via: 'report',
      };
      if (french) {
        quote['lang'] = 'fr';
        quote['translation'] = `[Fictional translation] ${writer.sentence(10, 25)}`;
        quote['translated_by'] = 'site';
      }
      if (random.chance(0.25)) quote['kind'] = 'reported';
      if (random.chance(0.5)) quote['context'] = writer.sentence(6, 14);
      return { quote, speaker };
    });
    const quoteIds = quotes.map(({ quote }) => String(quote['id']));

    const commitments = Array.from({ length: random.int(2, 4) }, (_, k) => {
      // Evidence: one or two of this article's quotes, now and then one from the previous article.
      const evidence = random.sample(quoteIds, random.int(1, 2));
      if (previousQuoteIds.length && random.chance(0.1)) evidence.push(random.pick(previousQuoteIds));
      const parties = new Set<string>([quotes[k % quotes.length]?.speaker.country ?? pickCountry()]);
      const partyCount = random.int(1, 3);
      while (parties.size < partyCount) parties.add(pickCountry());
      const status = random.pick(STATUSES);
      const commitment: Record<string, unknown> = {
        id: `${slug}-c${k + 1}`,
        parties: [...parties],
        title: `Fictional commitment ${n}.${k + 1} on ${writer.word()} ${writer.word()}`,
        summary: writer.sentence(12, 24),
        domains: random.sample(DOMAINS, random.int(1, 3)),
        status,
        evidence,
      };
      if (status === 'conditional' || random.chance(0.1)) commitment['condition'] = `a fictional ${writer.word()} agreement`;
      if (random.chance(0.3)) {
        commitment['history'] = Array.from({ length: random.int(1, 2) }, (_, h) => ({
          at: dayText(publishedMs + (h + 1) * random.int(5, 120) * DAY_MS),
          status: random.pick(STATUSES),
          ...(random.chance(0.5) ? { note: writer.sentence(5, 12) } : {}),
        }));
      }
      return commitment;
    });

    const events = random.chance(0.3)
      ? [
          {
            id: `${slug}-e1`,
            at: dayText(publishedMs - random.int(0, 2) * DAY_MS),
            title: `Fictional meeting on ${topic}`,
            ...(random.chance(0.5) ? { summary: writer.sentence(8, 16) } : {}),
            actors: random.sample(actors, random.int(1, 3)).map((actor) => actor.id),
          },
        ]
      : [];

    const speakers = quotes.map(({ speaker }) => speaker.id);
    const articleActors = [...new Set([...speakers, ...random.sample(actors, random.int(0, 2)).map((actor) => actor.id)])];
    const frontmatter: Record<string, unknown> = {
      title: `Fictional benchmark article ${n}: ${topic}`,
      summary: `A fictional article generated for the benchmark. ${writer.sentence(10, 20)}`,
      published,
      ...(random.chance(0.5)
        ? { event: { name: `Fictional summit on ${topic}`, date: day, location: `${capitalise(writer.word())}, a fictional city` } }
        : {}),
      sources: [
        { id: 'report', title: `Fictional wire report ${n}`, publisher: 'Fictional Wire Service', published: day },
        ...(random.chance(0.3) ? [{ title: `Fictional statement ${n}`, url: `https://example.org/fictional/${n}` }] : []),
      ],
      actors: articleActors,
      quotes: quotes.map(({ quote }) => quote),
      commitments,
      ...(events.length ? { events } : {}),
    };

    const { body, words } = articleBody(writer, random, n);
    summary.quotes += quotes.length;
    summary.commitments += commitments.length;
    summary.events += events.length;
    summary.words += words;
    previousQuoteIds = quoteIds;

    const folder = join(content, 'articles', day.slice(0, 4));
    if (!createdFolders.has(folder)) {
      await mkdir(folder, { recursive: true });
      createdFolders.add(folder);
    }
    await writeFile(join(folder, `${slug}.md`), `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n\n${body}`);
  }

  // From very common to rare, real English first: what readers would type.
  summary.searchWords = ['ceasefire', 'fictional', syntheticWord(40), syntheticWord(400), syntheticWord(2000)];
  return summary;
}

/** About 600 words of Markdown: a fiction notice, sections, a list and a link. */
function articleBody(writer: Writer, random: Random, n: number): { body: string; words: number } {
  const target = random.int(520, 680);
  const parts = [
    `*This is fictional benchmark article ${n}, generated to measure the build. None of it happened.*`,
  ];
  let words = 14;
  let section = 1;
  while (words < target) {
    if (words > 60 && random.chance(0.35)) {
      parts.push(`## Fictional section ${section++}: ${writer.word()} ${writer.word()}`);
      words += 5;
    }
    if (random.chance(0.12)) {
      const items = Array.from({ length: random.int(2, 4) }, () => `- ${writer.sentence(4, 10)}`);
      parts.push(items.join('\n'));
      words += items.join(' ').split(' ').length;
      continue;
    }
    const paragraph = writer.paragraph();
    let text = paragraph.text;
    if (random.chance(0.1)) text += ` See the [fictional source](https://example.org/fictional/${n}).`;
    parts.push(text);
    words += paragraph.words;
  }
  return { body: `${parts.join('\n\n')}\n`, words };
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

// As a command.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('usage: node bench/generate.ts --articles 1000 --out <folder>');
  const result = await generateCorpus(values.out, {
    articles: Number(values.articles),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
  });
  console.log(JSON.stringify(result, null, 2));
}
