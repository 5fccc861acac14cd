/**
 * Skeletons for `npm run new -- article|actor|country <name>`, with placeholder text ("TODO: …")
 * where the editor must write, and commented examples of the optional fields. An article starts
 * as a draft, which validates as written; an actor's placeholder role fails validation until it
 * is written. YAML files name their JSON Schema so editors get completion and checks.
 */
import { COLLECTIONS, CONTENT_DIR } from './content-paths.ts';
import { PLACEHOLDER_MARK as TODO } from './validation/placeholders.ts';

export const SCAFFOLD_KINDS = ['article', 'actor', 'country'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface ScaffoldInput {
  kind: ScaffoldKind;
  /** Title of an article, name of a person or country. */
  name: string;
  /** Id to use instead of one made from the name (e.g. `gb` for "United Kingdom"). */
  id?: string;
  /** Today, `YYYY-MM-DD`: an article's `published` and folder year. */
  today: string;
  /** Ids that exist, for references that must resolve and for examples. */
  actorIds: readonly string[];
  countryIds: readonly string[];
  /** For an actor: their country id (required: never guessed). */
  country?: string;
  /** For a country: a state or an organisation. */
  countryKind?: 'country' | 'organization';
}

export interface ScaffoldResult {
  id: string;
  /** Path relative to the project root. */
  file: string;
  text: string;
  /** What the editor must do next, one line each. */
  todo: string[];
}

/** "Émmanuel Macron" → "emmanuel-macron": lowercase ASCII letters and digits, single hyphens. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const quoted = (text: string) => JSON.stringify(text);

/** The `# yaml-language-server` line: a path from the file's folder to schemas/. */
const schemaComment = (depth: number, schemaFile: string) =>
  `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${schemaFile}`;

function articleFile(input: ScaffoldInput, id: string): ScaffoldResult {
  const year = input.today.slice(0, 4);
  const exampleActor = input.actorIds[0];
  const exampleCountries = input.countryIds.slice(0, 2);
  const actorNote = exampleActor
    ? `an actor id from content/actors/, e.g. ${exampleActor}`
    : 'an actor id: none exist yet, add one with `npm run new -- actor "<name>"`';
  const text = `---
title: ${quoted(input.name)}
summary: >-
  ${TODO} one or two sentences that say what happened and why it matters.
# The day this article is published (add a time with its offset only if it is known).
published: ${input.today}
# A draft: \`npm run dev\` shows it under a "Draft" banner, \`npm run build\` leaves it out. Set it to false to publish.
draft: true
# updated: ${input.today}
# event:
#   name: TODO name of the meeting
#   date: ${input.today}
#   location: TODO city, country
sources:
  - id: report
    title: "${TODO} title of the report this article is based on"
    # publisher: who published it
    # url: https://example.org/report  (only when the source gives one; never make one up)
    # published: ${input.today}
# Actor ids appearing in the article: ${actorNote}.
actors: []
quotes: []
# quotes:
#   - id: ${exampleActor ?? 'speaker'}-short-words  # unique across the site; the page is /quotes/<id>/
#     speaker: ${exampleActor ?? 'actor-id'}
#     text: "the words, exactly as said"
#     said: ${input.today}
#     via: report  # the id of one of the sources above
#     # lang: fr  # then add translation: "..." in English, and translated_by: source, official or site
#     # kind: reported  # for a paraphrase rather than the speaker's own words
commitments: []
# commitments:
#   - id: short-commitment-name  # unique across the site; the page is /commitments/<id>/
#     parties: [${exampleCountries.length ? exampleCountries.join(', ') : 'country-id'}]
#     title: Short name of what was promised
#     summary: One or two sentences on what was promised.
#     domains: [coordination]  # land, air, sea, training, equipment, troops, monitoring, intelligence, industry, reconstruction, finance, legal, coordination
#     status: pledged  # proposed, pledged, conditional, in-progress, delivered, stalled, withdrawn
#     # condition: a ceasefire
#     evidence: [${exampleActor ?? 'speaker'}-short-words]  # quote ids; where only a source's own words support it: - { source: report, says: "its words, verbatim" }
---

${TODO} write the article in Markdown. Quote speakers in the body as you do in \`quotes\` above.
`;
  return {
    id,
    file: `${CONTENT_DIR}/${COLLECTIONS.articles.dir}/${year}/${id}.md`,
    text,
    todo: [
      'write the summary and the body (every line starting with TODO)',
      'give the source its real title, and its publisher, url and date where known',
      'list the actors, and add quotes and commitments (commented examples in the file)',
      'set `draft: false` when it is ready to publish',
    ],
  };
}

function actorFile(input: ScaffoldInput, id: string): ScaffoldResult {
  if (!input.countryIds.length) throw new Error('No country exists yet: add one first with `npm run new -- country "<name>"`.');
  if (!input.country) throw new Error(`Give their country with --country <id>, one of: ${input.countryIds.join(', ')}.`);
  const text = `${schemaComment(2, 'actor.schema.json')}
name: ${quoted(input.name)}
# Role at the time of the coverage.
role: "${TODO} role, e.g. Prime Minister of the United Kingdom"
country: ${input.country}
# aliases: [Other spelling]  # other spellings that search must find
# wikidata: Q00000  # the Wikidata item
# links:
#   - title: Official page
#     url: https://example.org/
`;
  return {
    id,
    file: `${CONTENT_DIR}/${COLLECTIONS.actors.dir}/${id}.yaml`,
    text,
    todo: [
      'write their role (check:content fails until the placeholder is gone)',
      'add aliases (other spellings), wikidata and links where known',
    ],
  };
}

function countryFile(input: ScaffoldInput, id: string): ScaffoldResult {
  const kind = input.countryKind ?? 'country';
  const text = `${schemaComment(2, 'country.schema.json')}
name: ${quoted(input.name)}
kind: ${kind}  # country (a state) or organization (the EU, NATO, a coalition)
# aliases: [other-id]  # other ids whose URLs redirect here, e.g. uk for gb
${kind === 'organization' ? `members: []  # country ids of its members named in our coverage` : '# members: []  # for an organisation: country ids of its members'}
`;
  return {
    id,
    file: `${CONTENT_DIR}/${COLLECTIONS.countries.dir}/${id}.yaml`,
    text,
    todo: [
      ...(kind === 'country' && !input.id
        ? [`a state's id is its ISO 3166-1 alpha-2 code: if "${id}" is not, rerun with --id <code> (e.g. --id gb)`]
        : []),
      'add aliases (ids that redirect here) and, for an organisation, its members',
    ],
  };
}

export function scaffoldFile(input: ScaffoldInput): ScaffoldResult {
  const id = input.id ?? slugify(input.name);
  if (!id) throw new Error(`Cannot make an id from "${input.name}": give one with --id <id>.`);
  switch (input.kind) {
    case 'article':
      return articleFile(input, id);
    case 'actor':
      return actorFile(input, id);
    case 'country':
      return countryFile(input, id);
  }
}
