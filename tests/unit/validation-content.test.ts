/**
 * The whole validator (`parseContentFile` + `validateContent`) on small in-memory sites: every
 * kind of editor mistake gives one exact line naming the file, the field, the bad value and the
 * fix, and every problem of every file is reported at once.
 */
import { describe, expect, test } from 'vitest';
import type { CollectionName } from '../../src/lib/content-paths.ts';
import { formatPath, formatProblem, splitMessage } from '../../src/lib/validation/problems.ts';
import { parseContentFile, readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';

const ARTICLE = 'content/articles/2026/paris-summit.md';
const SECOND = 'content/articles/2026/kyiv-follow-up.md';

/** A small valid site: four countries, three actors, one article. */
const BASE: Record<string, string> = {
  'content/countries/gb.yaml': `name: United Kingdom
kind: country
aliases: [uk]
`,
  'content/countries/fr.yaml': `name: France
kind: country
`,
  'content/countries/ua.yaml': `name: Ukraine
kind: country
`,
  'content/countries/coalition-of-the-willing.yaml': `name: Coalition of the Willing
kind: organization
members: [gb, fr]
`,
  'content/actors/keir-starmer.yaml': `name: Keir Starmer
role: Prime Minister of the United Kingdom
country: gb
aliases: [Kier Starmer, Starmer]
wikidata: Q6279
links:
  - title: GOV.UK profile
    url: https://www.gov.uk/government/people/keir-starmer
`,
  'content/actors/emmanuel-macron.yaml': `name: Emmanuel Macron
role: President of France
country: fr
`,
  'content/actors/volodymyr-zelensky.yaml': `name: Volodymyr Zelensky
role: President of Ukraine
country: ua
`,
  [ARTICLE]: `---
title: Paris summit sets out security guarantees
summary: Allies agree guarantees that start with a ceasefire.
published: 2026-01-07
event:
  name: Coalition of the Willing leaders' meeting
  date: 2026-01-06
  location: Paris, France
sources:
  - id: report
    title: Report on the Paris summit
    url: https://example.org/report
    published: 2026-01-06
actors: [keir-starmer, emmanuel-macron]
quotes:
  - id: starmer-progress
    speaker: keir-starmer
    text: excellent progress
    said: 2026-01-06
    via: report
  - id: macron-unity
    speaker: emmanuel-macron
    lang: fr
    text: Une unité sans précédent.
    translation: An unprecedented unity.
    translated_by: source
    said: "2026-01-06T18:30:00+01:00"
  - id: zelensky-deterrence
    speaker: volodymyr-zelensky
    text: Deterrence is critical.
    said: 2026-01-06
commitments:
  - id: uk-france-hubs
    parties: [gb, fr]
    title: Military hubs in Ukraine
    summary: The UK and France will set up military hubs once a ceasefire holds.
    domains: [land, equipment]
    status: conditional
    condition: a ceasefire
    evidence: [starmer-progress]
events:
  - id: paris-meeting
    at: "2026-01-06T15:00:00+01:00"
    title: Leaders meet in Paris
    actors: [keir-starmer]
---

The allies met in Paris.
`,
};

/** A second valid article, for mistakes that span two files. */
const SECOND_ARTICLE = `---
title: Kyiv follow-up
summary: Officials follow up on the Paris guarantees.
published: 2026-01-20
sources:
  - title: Follow-up report
actors: [volodymyr-zelensky]
quotes:
  - id: zelensky-follow-up
    speaker: volodymyr-zelensky
    text: We are working on the details.
    said: 2026-01-19
commitments:
  - id: ukraine-details
    parties: [ua]
    title: Detailed planning
    summary: Ukraine works out the details with its partners.
    domains: [coordination]
    status: in-progress
    evidence: [zelensky-follow-up, macron-unity]
events:
  - id: kyiv-meeting
    at: 2026-01-19
    title: Officials meet in Kyiv
---

Officials met in Kyiv.
`;

function collectionOf(file: string): CollectionName {
  const dir = file.split('/')[1];
  if (dir === 'actors' || dir === 'countries' || dir === 'articles' || dir === 'summits') return dir;
  throw new Error(`not a content file: ${file}`);
}

/** Replaces text that must be there (so that a fixture edit can never silently do nothing). */
function edit(source: string | undefined, from: string, to: string): string {
  if (source === undefined) throw new Error('no such fixture file');
  const at = source.indexOf(from);
  if (at === -1) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  if (source.indexOf(from, at + 1) !== -1) throw new Error(`fixture contains ${JSON.stringify(from)} twice`);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/** BASE with some files replaced, added (text) or removed (null); file order is kept. */
function site(changes: Record<string, string | null> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [file, text] of Object.entries({ ...BASE, ...changes })) if (text !== null) files[file] = text;
  return files;
}

/** Every problem, formatted as the build prints it. */
function check(files: Record<string, string>): string[] {
  const raw = Object.entries(files).map(([file, text]) => parseContentFile(collectionOf(file), file, text));
  return validateContent(raw).problems.map(formatProblem);
}

/** The problems once one file's text is edited. */
function checkEdit(file: string, from: string, to: string): string[] {
  return check(site({ [file]: edit(BASE[file], from, to) }));
}

describe('the fixture', () => {
  test('is valid, so every problem below comes from the one mistake made', () => {
    expect(check(site())).toEqual([]);
    expect(check(site({ [SECOND]: SECOND_ARTICLE }))).toEqual([]);
  });

  test('is read into typed entries with their ids and defaults', () => {
    const raw = Object.entries(site()).map(([file, text]) => parseContentFile(collectionOf(file), file, text));
    const { content } = validateContent(raw);
    expect(content.countries.map((entry) => entry.id)).toEqual(['gb', 'fr', 'ua', 'coalition-of-the-willing']);
    expect(content.actors.map((entry) => entry.id)).toEqual(['keir-starmer', 'emmanuel-macron', 'volodymyr-zelensky']);
    expect(content.articles.map((entry) => [entry.id, entry.file])).toEqual([['paris-summit', ARTICLE]]);
    const quotes = content.articles[0]?.data.quotes ?? [];
    expect(quotes.map((quote) => [quote.said, quote.lang, quote.kind, quote.dated_by])).toEqual([
      ['2026-01-06', 'en', 'direct', 'statement'],
      ['2026-01-06T18:30:00+01:00', 'fr', 'direct', 'statement'],
      ['2026-01-06', 'en', 'direct', 'statement'],
    ]);
  });
});

describe('missing and mistyped fields', () => {
  test('a missing field in an article', () => {
    expect(checkEdit(ARTICLE, 'summary: Allies agree guarantees that start with a ceasefire.\n', '')).toEqual([
      `${ARTICLE}: summary: is missing; add it (README.md lists every field)`,
    ]);
  });

  test('a missing field in a nested quote', () => {
    expect(checkEdit(ARTICLE, '    speaker: volodymyr-zelensky\n', '')).toEqual([
      `${ARTICLE}: quotes[2].speaker: is missing; add it (README.md lists every field)`,
    ]);
  });

  test('a mistyped field in an article', () => {
    expect(checkEdit(ARTICLE, 'actors: [keir-starmer, emmanuel-macron]', 'actors: keir-starmer')).toEqual([
      `${ARTICLE}: actors: must be of type array ("keir-starmer"); write it as an array`,
    ]);
    expect(checkEdit(ARTICLE, '    status: conditional', '    status: maybe')).toEqual([
      `${ARTICLE}: commitments[0].status: must be one of: proposed, pledged, conditional, in-progress, delivered, stalled, withdrawn ("maybe")`,
    ]);
    expect(checkEdit(ARTICLE, 'domains: [land, equipment]', 'domains: [land, space]')).toEqual([
      `${ARTICLE}: commitments[0].domains[1]: must be one of: land, air, sea, training, equipment, troops, monitoring, intelligence, industry, reconstruction, finance, legal, coordination ("space")`,
    ]);
  });

  test('a date-time without quotes, which other YAML readers would turn into UTC', () => {
    expect(checkEdit(ARTICLE, 'said: "2026-01-06T18:30:00+01:00"', 'said: 2026-01-06T18:30:00+01:00')).toEqual([
      `${ARTICLE}: quotes[1].said: is a date-time without quotes, which YAML readers turn into UTC (dropping its offset) ("2026-01-06T18:30:00+01:00"); put it in double quotes, e.g. "2026-01-06T18:30:00+01:00" (npm run format:content does this)`,
    ]);
  });

  test('a field left empty after its colon', () => {
    expect(checkEdit(ARTICLE, 'title: Paris summit sets out security guarantees', 'title:')).toEqual([
      `${ARTICLE}: title: is empty; write a value after the colon, or remove the line if the field is optional`,
    ]);
  });

  test('a missing and a mistyped field in an actor', () => {
    const file = 'content/actors/emmanuel-macron.yaml';
    expect(checkEdit(file, 'role: President of France\n', '')).toEqual([
      `${file}: role: is missing; add it (README.md lists every field)`,
    ]);
    expect(checkEdit(file, 'name: Emmanuel Macron', 'name: 42')).toEqual([
      `${file}: name: must be of type string (42); write it as a string`,
    ]);
    expect(checkEdit(file, 'country: fr', 'country: fr\nwikidata: 3052772')).toEqual([
      `${file}: wikidata: must be of type string (3052772); write it as a string`,
    ]);
    expect(checkEdit(file, 'country: fr', 'country: fr\nwikidata: "3052772"')).toEqual([
      `${file}: wikidata: is not a Wikidata id ("3052772"); write it as Q followed by digits, e.g. Q42`,
    ]);
  });

  test('a missing and a mistyped field in a country', () => {
    const file = 'content/countries/fr.yaml';
    expect(checkEdit(file, 'kind: country\n', '')).toEqual([`${file}: kind: is missing; add it (README.md lists every field)`]);
    expect(checkEdit(file, 'kind: country', 'kind: state')).toEqual([
      `${file}: kind: must be "country" or "organization" ("state")`,
    ]);
    expect(checkEdit(file, 'kind: country', 'kind: country\naliases: fra')).toEqual([
      `${file}: aliases: must be of type array ("fra"); write it as an array`,
    ]);
  });

  test('an unknown (misspelled) field, at the top and nested', () => {
    expect(checkEdit(ARTICLE, 'published: 2026-01-07', 'published: 2026-01-07\nauthor: Editor')).toEqual([
      `${ARTICLE}: author: is not a known field; check its spelling against the field list in README.md, or remove it`,
    ]);
    expect(checkEdit(ARTICLE, '    speaker: volodymyr-zelensky', '    speeker: volodymyr-zelensky')).toEqual([
      `${ARTICLE}: quotes[2].speaker: is missing; add it (README.md lists every field)`,
      `${ARTICLE}: quotes[2].speeker: is not a known field; did you mean "speaker"? Otherwise remove it`,
    ]);
    expect(checkEdit(ARTICLE, '    condition: a ceasefire', '    conditon: a ceasefire')).toEqual([
      `${ARTICLE}: commitments[0].conditon: is not a known field; did you mean "condition"? Otherwise remove it`,
    ]);
  });

  test('a misspelt enum value gets "did you mean"', () => {
    expect(checkEdit(ARTICLE, '    status: conditional', '    status: conditonal')).toEqual([
      `${ARTICLE}: commitments[0].status: must be one of: proposed, pledged, conditional, in-progress, delivered, stalled, withdrawn ("conditonal"); did you mean "conditional"?`,
    ]);
    expect(checkEdit(ARTICLE, '    domains: [land, equipment]', '    domains: [land, equipement]')).toEqual([
      `${ARTICLE}: commitments[0].domains[1]: must be one of: land, air, sea, training, equipment, troops, monitoring, intelligence, industry, reconstruction, finance, legal, coordination ("equipement"); did you mean "equipment"?`,
    ]);
  });
});

describe('unknown references', () => {
  test('an unknown actor id in actors, quotes[].speaker and events[].actors', () => {
    expect(checkEdit(ARTICLE, 'actors: [keir-starmer, emmanuel-macron]', 'actors: [keir-starmer, emanuel-macron]')).toEqual([
      `${ARTICLE}: actors[1]: is not a known actor id ("emanuel-macron"); did you mean "emmanuel-macron"? Otherwise add content/actors/emanuel-macron.yaml`,
    ]);
    expect(checkEdit(ARTICLE, '    speaker: volodymyr-zelensky', '    speaker: volodymyr-zelenskyy')).toEqual([
      `${ARTICLE}: quotes[2].speaker: is not a known actor id ("volodymyr-zelenskyy"); did you mean "volodymyr-zelensky"? Otherwise add content/actors/volodymyr-zelenskyy.yaml`,
    ]);
    expect(checkEdit(ARTICLE, '    actors: [keir-starmer]', '    actors: [keir-starmer, kier-starmer]')).toEqual([
      `${ARTICLE}: events[0].actors[1]: is not a known actor id ("kier-starmer"); did you mean "keir-starmer"? Otherwise add content/actors/kier-starmer.yaml`,
    ]);
  });

  test('an unknown country id in actor.country, commitments[].parties and members', () => {
    expect(checkEdit('content/actors/keir-starmer.yaml', 'country: gb', 'country: gbr')).toEqual([
      `content/actors/keir-starmer.yaml: country: is not a known country id ("gbr"); did you mean "gb"? Otherwise add content/countries/gbr.yaml`,
    ]);
    expect(checkEdit(ARTICLE, 'parties: [gb, fr]', 'parties: [gb, fra]')).toEqual([
      `${ARTICLE}: commitments[0].parties[1]: is not a known country id ("fra"); did you mean "fr"? Otherwise add content/countries/fra.yaml`,
    ]);
    const coalition = 'content/countries/coalition-of-the-willing.yaml';
    expect(checkEdit(coalition, 'members: [gb, fr]', 'members: [gb, fr, ua, ca]')).toEqual([
      `${coalition}: members[3]: is not a known country id ("ca"); did you mean "ua"? Otherwise add content/countries/ca.yaml`,
    ]);
  });

  test('an alias where the canonical country id is needed', () => {
    expect(checkEdit(ARTICLE, 'parties: [gb, fr]', 'parties: [uk, fr]')).toEqual([
      `${ARTICLE}: commitments[0].parties[0]: is an alias, not a country id ("uk"); use the canonical id "gb"`,
    ]);
    expect(checkEdit('content/actors/keir-starmer.yaml', 'country: gb', 'country: uk')).toEqual([
      `content/actors/keir-starmer.yaml: country: is an alias, not a country id ("uk"); use the canonical id "gb"`,
    ]);
    const coalition = 'content/countries/coalition-of-the-willing.yaml';
    expect(checkEdit(coalition, 'members: [gb, fr]', 'members: [uk, fr]')).toEqual([
      `${coalition}: members[0]: is an alias, not a country id ("uk"); use the canonical id "gb"`,
    ]);
  });

  test('an unknown quote id in commitments[].evidence', () => {
    expect(checkEdit(ARTICLE, 'evidence: [starmer-progress]', 'evidence: [starmer-progres]')).toEqual([
      `${ARTICLE}: commitments[0].evidence[0]: is not a known quote id ("starmer-progres"); did you mean "starmer-progress"? Otherwise add the quote to an article's quotes`,
    ]);
  });

  test('a source passage as evidence names one of its article\'s sources', () => {
    const passage = 'evidence: [starmer-progress, { source: report, says: "The talks went well." }]';
    expect(checkEdit(ARTICLE, 'evidence: [starmer-progress]', passage)).toEqual([]);
    expect(checkEdit(ARTICLE, 'evidence: [starmer-progress]', passage.replace('source: report', 'source: reprot'))).toEqual([
      `${ARTICLE}: commitments[0].evidence[1].source: is not a known source id ("reprot"); did you mean "report"? Otherwise give one of this article's sources that id`,
    ]);
  });

  test('a removed commitment\'s id stays taken', () => {
    const removal = 'corrections:\n  - printed_by: site\n    printed: A pledge.\n    corrected: Removed.\n    removed_commitment: uk-france-hubs\n';
    const files = site({ [SECOND]: SECOND_ARTICLE });
    files[SECOND] = edit(files[SECOND] ?? '', '---\n\n', `${removal}---\n\n`);
    expect(check(files).some((line) => line.includes('corrections[0].removed_commitment: duplicates the commitment id'))).toBe(true);
  });

  test('evidence may cite a quote of another article, whatever the file order', () => {
    // SECOND cites macron-unity from ARTICLE; put SECOND first to check order does not matter.
    expect(check({ [SECOND]: SECOND_ARTICLE, ...site() })).toEqual([]);
    const files = site({ [SECOND]: SECOND_ARTICLE, [ARTICLE]: null });
    expect(check(files)).toEqual([
      `${SECOND}: commitments[0].evidence[1]: is not a known quote id ("macron-unity"); did you mean "zelensky-follow-up"? Otherwise add the quote to an article's quotes`,
    ]);
  });

  test('an unknown `via` source id', () => {
    expect(checkEdit(ARTICLE, '    via: report', '    via: reprot')).toEqual([
      `${ARTICLE}: quotes[0].via: is not a known source id ("reprot"); did you mean "report"? Otherwise give one of this article's sources that id`,
    ]);
  });

  test('a `via` that names a source of another article', () => {
    const second = edit(SECOND_ARTICLE, '    said: 2026-01-19', '    said: 2026-01-19\n    via: report');
    expect(check(site({ [SECOND]: second }))).toEqual([
      `${SECOND}: quotes[0].via: is not a known source id ("report"); give one of this article's sources that id`,
    ]);
  });
});

const SUMMIT = 'content/summits/paris-2026-01-06.yaml';
const SUMMIT_FILE = `name: Leaders' meeting
starts: 2026-01-06
location: Paris, France
participants: [gb, fr, coalition-of-the-willing]
summary: Allies met in Paris.
`;
/** SECOND_ARTICLE with one update to the Paris article's commitment. */
const withUpdate = (update: string) => edit(SECOND_ARTICLE, 'events:\n', `updates:\n${update}events:\n`);
const UPDATE = `  - commitment: uk-france-hubs
    at: 2026-01-19
    status: in-progress
    note: Work started.
    evidence: [zelensky-follow-up]
    condition_met: true
`;

describe('summits and updates', () => {
  test('a summit and an update that are right pass', () => {
    const article = edit(BASE[ARTICLE], 'published: 2026-01-07', 'published: 2026-01-07\nsummit: paris-2026-01-06');
    expect(check(site({ [SUMMIT]: SUMMIT_FILE, [ARTICLE]: article, [SECOND]: withUpdate(UPDATE) }))).toEqual([]);
  });

  test('a summit’s host and participants must be known countries; its article’s summit a known summit', () => {
    const summit = edit(SUMMIT_FILE, 'participants: [gb, fr, coalition-of-the-willing]', 'host: fx\nparticipants: [gb, uk, coalition-of-the-wiling]');
    const article = edit(BASE[ARTICLE], 'published: 2026-01-07', 'published: 2026-01-07\nsummit: paris-2026-01-07');
    expect(check(site({ [SUMMIT]: summit, [ARTICLE]: article }))).toEqual([
      `${SUMMIT}: host: is not a known country id ("fx"); did you mean "fr"? Otherwise add content/countries/fx.yaml`,
      `${SUMMIT}: participants[1]: is an alias, not a country id ("uk"); use the canonical id "gb"`,
      `${SUMMIT}: participants[2]: is not a known country id ("coalition-of-the-wiling"); did you mean "coalition-of-the-willing"? Otherwise add content/countries/coalition-of-the-wiling.yaml`,
      `${ARTICLE}: summit: is not a known summit id ("paris-2026-01-07"); did you mean "paris-2026-01-06"? Otherwise add content/summits/paris-2026-01-07.yaml`,
    ]);
  });

  test('an update to an unknown commitment', () => {
    expect(check(site({ [SECOND]: withUpdate(edit(UPDATE, 'uk-france-hubs', 'uk-france-hub')) }))).toEqual([
      `${SECOND}: updates[0].commitment: is not a known commitment id ("uk-france-hub"); did you mean "uk-france-hubs"? Otherwise give the id of a commitment in an article's commitments`,
    ]);
  });

  test('an update dated before the commitment was first reported (its summit’s first day)', () => {
    const article = edit(BASE[ARTICLE], 'published: 2026-01-07', 'published: 2026-01-07\nsummit: paris-2026-01-06');
    expect(check(site({ [SUMMIT]: SUMMIT_FILE, [ARTICLE]: article, [SECOND]: withUpdate(edit(UPDATE, '2026-01-19', '2026-01-05')) }))).toEqual([
      `${SECOND}: updates[0].at: is before the commitment was first reported (6 January 2026) ("2026-01-05"); give the date the status changed, on or after 2026-01-06`,
    ]);
  });

  test('an update citing an unknown quote, or with an unknown status', () => {
    expect(check(site({ [SECOND]: withUpdate(edit(UPDATE, '[zelensky-follow-up]', '[zelensky-followup]')) }))).toEqual([
      `${SECOND}: updates[0].evidence[0]: is not a known quote id ("zelensky-followup"); did you mean "zelensky-follow-up"? Otherwise add the quote to an article's quotes`,
    ]);
    expect(check(site({ [SECOND]: withUpdate(edit(UPDATE, 'in-progress', 'underway')) }))).toEqual([
      `${SECOND}: updates[0].status: must be one of: proposed, pledged, conditional, in-progress, delivered, stalled, withdrawn ("underway")`,
    ]);
  });

  test('an update to a commitment of an article that failed its own checks is not reported twice', () => {
    const broken = edit(BASE[ARTICLE], 'summary: Allies agree guarantees that start with a ceasefire.\n', '');
    expect(check(site({ [ARTICLE]: broken, [SECOND]: withUpdate(UPDATE) }))).toEqual([
      `${ARTICLE}: summary: is missing; add it (README.md lists every field)`,
    ]);
  });
});

describe('drafts', () => {
  test('a published article citing a quote that only a draft holds fails, saying so', () => {
    const draft = edit(BASE[ARTICLE], 'published: 2026-01-07\n', 'published: 2026-01-07\ndraft: true\n');
    expect(check(site({ [ARTICLE]: draft, [SECOND]: SECOND_ARTICLE }))).toEqual([
      `${SECOND}: commitments[0].evidence[1]: is not a known quote id outside drafts ("macron-unity"); it is only in a draft, which the build leaves out: publish that article first (set its \`draft: false\`), or remove this reference`,
    ]);
  });

  test('are listed, and may hold placeholder text', () => {
    const draft = edit(BASE[ARTICLE], 'The allies met in Paris.', 'TODO: write the article.').replace('published: 2026-01-07\n', 'published: 2026-01-07\ndraft: true\n');
    const raw = Object.entries(site({ [ARTICLE]: draft })).map(([file, text]) => parseContentFile(collectionOf(file), file, text));
    const result = validateContent(raw);
    expect(result.problems).toEqual([]);
    expect(result.drafts).toEqual([ARTICLE]);
  });
});

describe('ids', () => {
  test('a malformed id in a field', () => {
    expect(checkEdit(ARTICLE, '  - id: starmer-progress', '  - id: Starmer_Progress')).toEqual([
      `${ARTICLE}: quotes[0].id: is not a valid id ("Starmer_Progress"); use lowercase letters and digits joined by single hyphens, e.g. "keir-starmer"`,
    ]);
    expect(checkEdit(ARTICLE, 'parties: [gb, fr]', 'parties: [GB, fr]')).toEqual([
      `${ARTICLE}: commitments[0].parties[0]: is not a valid id ("GB"); use lowercase letters and digits joined by single hyphens, e.g. "keir-starmer"`,
    ]);
  });

  test('a malformed id as a file name', () => {
    const actor = 'content/actors/Jean_Dupont.yaml';
    expect(check(site({ [actor]: 'name: Jean Dupont\nrole: Diplomat\ncountry: fr\n' }))).toEqual([
      `${actor}: has a file name that is not a valid id ("Jean_Dupont"); rename the file to lowercase letters and digits joined by single hyphens, e.g. keir-starmer.yaml`,
    ]);
    const article = 'content/articles/2026/Paris Summit.md';
    expect(check(site({ [ARTICLE]: null, [article]: BASE[ARTICLE] ?? '' }))).toEqual([
      `${article}: has a file name that is not a valid id ("Paris Summit"); rename the file to lowercase letters and digits joined by single hyphens, e.g. keir-starmer.yaml`,
    ]);
  });

  test('duplicate ids within one file: quotes, commitments, events', () => {
    expect(checkEdit(ARTICLE, '  - id: zelensky-deterrence', '  - id: starmer-progress')).toEqual([
      `${ARTICLE}: quotes[2].id: duplicates the quote id already used at ${ARTICLE} quotes[0] ("starmer-progress"); give this one a new id (ids are never reused)`,
    ]);
    const twoCommitments = edit(
      BASE[ARTICLE],
      'events:\n',
      `  - id: uk-france-hubs
    parties: [fr]
    title: Again
    summary: The same id twice.
    domains: [land]
    status: pledged
    evidence: [macron-unity]
events:
`,
    );
    expect(check(site({ [ARTICLE]: twoCommitments }))).toEqual([
      `${ARTICLE}: commitments[1].id: duplicates the commitment id already used at ${ARTICLE} commitments[0] ("uk-france-hubs"); give this one a new id (ids are never reused)`,
    ]);
    const twoEvents = edit(
      BASE[ARTICLE],
      '    actors: [keir-starmer]\n',
      '    actors: [keir-starmer]\n  - id: paris-meeting\n    at: 2026-01-06\n    title: Again\n',
    );
    expect(check(site({ [ARTICLE]: twoEvents }))).toEqual([
      `${ARTICLE}: events[1].id: duplicates the event id already used at ${ARTICLE} events[0] ("paris-meeting"); give this one a new id (ids are never reused)`,
    ]);
  });

  test('duplicate source ids within one article', () => {
    const twoSources = edit(BASE[ARTICLE], '    published: 2026-01-06\nactors:', '    published: 2026-01-06\n  - id: report\n    title: Another report\nactors:');
    expect(check(site({ [ARTICLE]: twoSources }))).toEqual([
      `${ARTICLE}: sources[1].id: duplicates the source id already used at ${ARTICLE} sources[0] ("report"); give this one a new id (ids are never reused)`,
    ]);
  });

  test('duplicate ids across two files: quotes, commitments, events', () => {
    let second = edit(SECOND_ARTICLE, '  - id: zelensky-follow-up', '  - id: zelensky-deterrence');
    second = edit(second, 'evidence: [zelensky-follow-up, macron-unity]', 'evidence: [zelensky-deterrence]');
    second = edit(second, '  - id: ukraine-details', '  - id: uk-france-hubs');
    second = edit(second, '  - id: kyiv-meeting', '  - id: paris-meeting');
    expect(check(site({ [SECOND]: second }))).toEqual([
      `${SECOND}: quotes[0].id: duplicates the quote id already used at ${ARTICLE} quotes[2] ("zelensky-deterrence"); give this one a new id (ids are never reused)`,
      `${SECOND}: commitments[0].id: duplicates the commitment id already used at ${ARTICLE} commitments[0] ("uk-france-hubs"); give this one a new id (ids are never reused)`,
      `${SECOND}: events[0].id: duplicates the event id already used at ${ARTICLE} events[0] ("paris-meeting"); give this one a new id (ids are never reused)`,
    ]);
  });

  test('two articles with the same slug in different folders', () => {
    const other = 'content/articles/2025/paris-summit.md';
    expect(check(site({ [other]: SECOND_ARTICLE }))).toEqual([
      `${other}: duplicates the article id already used at ${ARTICLE} ("paris-summit"); rename this file: its name is the article id, which must be unique across all folders`,
    ]);
  });

  test('a country alias that collides with another country id or alias', () => {
    expect(checkEdit('content/countries/ua.yaml', 'kind: country', 'kind: country\naliases: [uk]')).toEqual([
      `content/countries/ua.yaml: aliases[0]: is already the id or alias of another country ("uk"); remove this alias`,
    ]);
    expect(checkEdit('content/countries/fr.yaml', 'kind: country', 'kind: country\naliases: [ua]')).toEqual([
      `content/countries/fr.yaml: aliases[0]: is already the id or alias of another country ("ua"); remove this alias`,
    ]);
  });
});

describe('dates, links and languages', () => {
  test('an impossible date', () => {
    expect(checkEdit(ARTICLE, 'published: 2026-01-07', 'published: 2026-13-45')).toEqual([
      `${ARTICLE}: published: is not a real date ("2026-13-45"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
    ]);
    expect(checkEdit(ARTICLE, '    said: 2026-01-06\n    via: report', '    said: 2026-02-30\n    via: report')).toEqual([
      `${ARTICLE}: quotes[0].said: is not a real date ("2026-02-30"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
    ]);
  });

  test('a date-time without its offset, and a short date', () => {
    expect(checkEdit(ARTICLE, 'at: "2026-01-06T15:00:00+01:00"', 'at: "2026-01-06T15:00:00"')).toEqual([
      `${ARTICLE}: events[0].at: is not a real date ("2026-01-06T15:00:00"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
    ]);
    expect(checkEdit(ARTICLE, '  date: 2026-01-06', '  date: 2026-1-6')).toEqual([
      `${ARTICLE}: event.date: is not a real date ("2026-1-6"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
    ]);
  });

  test('a date that is not text', () => {
    expect(checkEdit(ARTICLE, 'published: 2026-01-07', 'published: 2026')).toEqual([
      `${ARTICLE}: published: must be a date such as 2026-01-06 (2026)`,
    ]);
  });

  test('a link that is not http(s)', () => {
    expect(checkEdit(ARTICLE, 'url: https://example.org/report', 'url: javascript:alert(1)')).toEqual([
      `${ARTICLE}: sources[0].url: must be a full http(s) link such as https://example.org/page ("javascript:alert(1)"); leave it out if the source gives none`,
    ]);
    expect(checkEdit(ARTICLE, '    via: report', '    via: report\n    source: ftp://example.org/video')).toEqual([
      `${ARTICLE}: quotes[0].source: must be a full http(s) link such as https://example.org/page ("ftp://example.org/video"); leave it out if the source gives none`,
    ]);
    const actor = 'content/actors/keir-starmer.yaml';
    expect(checkEdit(actor, 'url: https://www.gov.uk/government/people/keir-starmer', 'url: "data:text/html,<b>hi</b>"')).toEqual([
      `${actor}: links[0].url: must be a full http(s) link such as https://example.org/page ("data:text/html,<b>hi</b>"); leave it out if the source gives none`,
    ]);
  });

  test('a non-English quote without a translation', () => {
    expect(checkEdit(ARTICLE, '    translation: An unprecedented unity.\n', '')).toEqual([
      `${ARTICLE}: quotes[1].translation: is missing for a quote in "fr"; add an English translation of the text`,
    ]);
  });
});

describe('files that cannot be read', () => {
  test('malformed YAML in an article frontmatter: bad indentation, with the line in the file and a frame', () => {
    // Line 11 of the file: "    title: Report on the Paris summit" pushed one space right.
    expect(checkEdit(ARTICLE, '    title: Report on the Paris summit', '     title: Report on the Paris summit')).toEqual([
      `${ARTICLE}: is not valid YAML at line 11: bad indentation of a mapping entry; fix the YAML syntax (indentation, quotes, a colon after each field name)
       9 | sources:
      10 |   - id: report
    > 11 |      title: Report on the Paris summit
      12 |     url: https://example.org/report`,
    ]);
  });

  test('malformed YAML in an article frontmatter: a duplicate key, named', () => {
    expect(checkEdit(ARTICLE, 'published: 2026-01-07', 'published: 2026-01-07\ntitle: Again')).toEqual([
      `${ARTICLE}: is not valid YAML at line 5: the key "title" appears twice (first at line 2); keep one of them
      3 | summary: Allies agree guarantees that start with a ceasefire.
      4 | published: 2026-01-07
    > 5 | title: Again
      6 | event:`,
    ]);
  });

  test('malformed YAML in a YAML file: a duplicate nested key and bad indentation', () => {
    const file = 'content/actors/keir-starmer.yaml';
    expect(checkEdit(file, '    url: https://www.gov.uk/government/people/keir-starmer', '    url: https://www.gov.uk/government/people/keir-starmer\n    title: Again')).toEqual([
      `${file}: is not valid YAML at line 9: the key "title" appears twice (first at line 7); keep one of them
      7 |   - title: GOV.UK profile
      8 |     url: https://www.gov.uk/government/people/keir-starmer
    > 9 |     title: Again`,
    ]);
    expect(checkEdit(file, 'country: gb', '  country: gb')).toEqual([
      `${file}: is not valid YAML at line 3: bad indentation of a mapping entry; fix the YAML syntax (indentation, quotes, a colon after each field name)
      1 | name: Keir Starmer
      2 | role: Prime Minister of the United Kingdom
    > 3 |   country: gb
      4 | aliases: [Kier Starmer, Starmer]`,
    ]);
  });

  test('an unclosed quote is shown where it opens, not where the parser gave up', () => {
    expect(checkEdit(ARTICLE, 'title: Paris summit sets out security guarantees', 'title: "Paris summit')).toEqual([
      `${ARTICLE}: is not valid YAML at line 2: a quote opened here is not closed on its line; end the text with the same quote mark
    > 2 | title: "Paris summit
      3 | summary: Allies agree guarantees that start with a ceasefire.`,
    ]);
  });

  test('a line without its colon', () => {
    expect(checkEdit('content/countries/fr.yaml', 'kind: country', 'kind country')).toEqual([
      `content/countries/fr.yaml: is not valid YAML at line 2: this line has no colon after its field name; write it as "field: value"
      1 | name: France
    > 2 | kind country`,
    ]);
  });

  test('an article with no frontmatter', () => {
    expect(check(site({ [ARTICLE]: '# Paris summit\n\nThe allies met in Paris.\n' }))).toEqual([
      `${ARTICLE}: has no frontmatter; start the file with a line "---", the YAML fields, and another "---"`,
    ]);
    // An unclosed frontmatter is no frontmatter either.
    expect(check(site({ [ARTICLE]: '---\ntitle: Paris\n\nThe allies met.\n' }))).toEqual([
      `${ARTICLE}: has no frontmatter; start the file with a line "---", the YAML fields, and another "---"`,
    ]);
  });

  test('an empty YAML file lists every required field as missing', () => {
    const file = 'content/countries/fr.yaml';
    expect(check(site({ [file]: '' }))).toEqual([
      `${file}: name: is missing; add it (README.md lists every field)`,
      `${file}: kind: is missing; add it (README.md lists every field)`,
      // References to the broken file are not reported again.
    ]);
  });

  test('an article with no source', () => {
    const noSources = edit(
      BASE[ARTICLE],
      'sources:\n  - id: report\n    title: Report on the Paris summit\n    url: https://example.org/report\n    published: 2026-01-06\n',
      'sources: []\n',
    );
    expect(check(site({ [ARTICLE]: edit(noSources, '    via: report\n', '') }))).toEqual([
      `${ARTICLE}: sources: needs at least one source ([]); add the report the article is based on`,
    ]);
    const missing = edit(noSources, 'sources: []\n', '');
    expect(check(site({ [ARTICLE]: edit(missing, '    via: report\n', '') }))).toEqual([
      `${ARTICLE}: sources: is missing; add it (README.md lists every field)`,
    ]);
  });
});

describe('every problem at once', () => {
  test('several problems in several files are all reported, file by file', () => {
    const files = site({
      'content/countries/fr.yaml': 'name: France\nkind: state\n',
      'content/actors/keir-starmer.yaml': edit(BASE['content/actors/keir-starmer.yaml'], 'country: gb', 'country: uk'),
      'content/actors/emmanuel-macron.yaml': 'name: Emmanuel Macron\nname: Macron\n',
      [ARTICLE]: edit(
        edit(BASE[ARTICLE], 'url: https://example.org/report', 'url: javascript:alert(1)'),
        '    said: 2026-01-06\n    via: report',
        '    said: 2026-02-30\n    via: report',
      ),
      [SECOND]: edit(SECOND_ARTICLE, 'parties: [ua]', 'parties: [ua, gbr]'),
    });
    expect(check(files)).toEqual([
      'content/countries/fr.yaml: kind: must be "country" or "organization" ("state")',
      'content/actors/emmanuel-macron.yaml: is not valid YAML at line 2: the key "name" appears twice (first at line 1); keep one of them\n      1 | name: Emmanuel Macron\n    > 2 | name: Macron',
      `${ARTICLE}: sources[0].url: must be a full http(s) link such as https://example.org/page ("javascript:alert(1)"); leave it out if the source gives none`,
      `${ARTICLE}: quotes[0].said: is not a real date ("2026-02-30"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
      'content/actors/keir-starmer.yaml: country: is an alias, not a country id ("uk"); use the canonical id "gb"',
      `${SECOND}: commitments[0].parties[1]: is not a known country id ("gbr"); did you mean "gb"? Otherwise add content/countries/gbr.yaml`,
    ]);
  });

  test('a file that fails its schema does not make every reference to it fail too', () => {
    // keir-starmer.yaml is broken, but the article's references to keir-starmer are not errors.
    expect(checkEdit('content/actors/keir-starmer.yaml', 'role: Prime Minister of the United Kingdom\n', '')).toEqual([
      'content/actors/keir-starmer.yaml: role: is missing; add it (README.md lists every field)',
    ]);
    // The article is broken, but SECOND's evidence citing its quote macron-unity is not an error.
    expect(
      check(site({ [ARTICLE]: edit(BASE[ARTICLE], 'published: 2026-01-07', 'published: 2026-01-77'), [SECOND]: SECOND_ARTICLE })),
    ).toEqual([
      `${ARTICLE}: published: is not a real date ("2026-01-77"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
    ]);
  });
});

describe('the real content', () => {
  test('content/ validates with zero problems', async () => {
    const files = await readContent(process.cwd());
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => file.collection === 'articles').length).toBeGreaterThan(0);
    expect(validateContent(files).problems.map(formatProblem)).toEqual([]);
  });
});

describe('problem formatting', () => {
  test('formatPath writes indexes in brackets', () => {
    expect(formatPath(['quotes', 2, 'speaker'])).toBe('quotes[2].speaker');
    expect(formatPath(['commitments', 0, 'parties', 1])).toBe('commitments[0].parties[1]');
    expect(formatPath([])).toBe('');
    expect(formatPath(['title'])).toBe('title');
  });

  test('splitMessage splits "what is wrong; how to fix it" at the first "; "', () => {
    expect(splitMessage('is wrong; fix it; really')).toEqual({ message: 'is wrong', fix: 'fix it; really' });
    expect(splitMessage('must be text')).toEqual({ message: 'must be text' });
  });

  test('formatProblem: file, path, message, value and fix', () => {
    expect(formatProblem({ file: 'a.md', path: 'title', message: 'is missing', fix: 'add it' })).toBe(
      'a.md: title: is missing; add it',
    );
    expect(formatProblem({ file: 'a.md', path: '', message: 'has no frontmatter' })).toBe('a.md: has no frontmatter');
    expect(formatProblem({ file: 'a.md', path: 'x', message: 'is wrong', value: 'x'.repeat(100) })).toBe(
      `a.md: x: is wrong ("${'x'.repeat(76)}...)`,
    );
    expect(formatProblem({ file: 'a.md', path: 'x', message: 'is wrong', value: null })).toBe('a.md: x: is wrong (null)');
  });
});
