/** `npm run new` skeletons: valid as written against the real content, and refused when they cannot be. */
import { describe, expect, test } from 'vitest';
import { scaffoldFile, slugify, type ScaffoldInput } from '../../src/lib/scaffold.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';
import { parseContentFile, readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';

const content = await readContent(process.cwd());
const ids = (collection: string) => content.filter((file) => file.collection === collection).map((file) => file.id);
const base = { today: '2026-03-02', actorIds: ids('actors'), countryIds: ids('countries') };

/** Problems the new file adds to the real content. */
function problemsWith(input: ScaffoldInput): string[] {
  const { file, text } = scaffoldFile(input);
  const collection = input.kind === 'article' ? 'articles' : input.kind === 'actor' ? 'actors' : 'countries';
  return validateContent([...content, parseContentFile(collection, file, text)]).problems.map(formatProblem);
}

test('the real content is valid to begin with', () => {
  expect(validateContent(content).problems.map(formatProblem)).toEqual([]);
});

describe.each<ScaffoldInput>([
  { kind: 'article', name: 'Geneva talks: "what changed", and why', ...base },
  { kind: 'country', name: 'Poland', id: 'pl', ...base },
  { kind: 'country', name: 'Group of Seven', id: 'g7', countryKind: 'organization', ...base },
])('$kind "$name"', (input) => {
  test('passes validation as written', () => {
    expect(problemsWith(input)).toEqual([]);
  });
});

test('an article starts as a draft; published with its placeholders, it fails naming each field', () => {
  const { file, text } = scaffoldFile({ kind: 'article', name: 'Geneva talks', ...base });
  expect(text).toMatch(/^draft: true$/m);
  const published = text.replace(/^draft: true\n/m, '');
  const problems = validateContent([...content, parseContentFile('articles', file, published)]).problems.map(formatProblem);
  expect(problems).toEqual([
    `${file}: summary: still holds the placeholder text of \`npm run new\`; write the real text, or keep \`draft: true\` until the article is ready`,
    `${file}: sources[0].title: still holds the placeholder text of \`npm run new\`; write the real text, or keep \`draft: true\` until the article is ready`,
    `${file}: body: still holds the placeholder text of \`npm run new\`; write the real text, or keep \`draft: true\` until the article is ready`,
  ]);
});

test('an actor fails only on its placeholder role until it is written', () => {
  const input: ScaffoldInput = { kind: 'actor', name: 'Mark Rutte', country: 'nato', ...base };
  expect(problemsWith(input)).toEqual([
    'content/actors/mark-rutte.yaml: role: still holds the placeholder text of `npm run new`; write the real text',
  ]);
});

test('an actor\'s country is never guessed', () => {
  expect(() => scaffoldFile({ kind: 'actor', name: 'A B', ...base })).toThrow(/Give their country with --country <id>, one of: ca, /);
});

test('files land where the loaders look, named by their id', () => {
  expect(scaffoldFile({ kind: 'article', name: 'Geneva talks', ...base }).file).toBe('content/articles/2026/geneva-talks.md');
  expect(scaffoldFile({ kind: 'actor', name: 'Émilie Durand', country: 'fr', ...base }).file).toBe('content/actors/emilie-durand.yaml');
  expect(scaffoldFile({ kind: 'country', name: 'Poland', id: 'pl', ...base }).file).toBe('content/countries/pl.yaml');
});

test('YAML files name their JSON Schema for the editor', () => {
  expect(scaffoldFile({ kind: 'actor', name: 'X Y', country: 'fr', ...base }).text).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/actor\.schema\.json\n/);
});

test('an id that is taken fails validation, so `npm run new` refuses it', () => {
  expect(problemsWith({ kind: 'country', name: 'United Kingdom', id: 'uk', ...base }).join('\n')).toMatch(/already the id or alias/);
  expect(problemsWith({ kind: 'actor', name: 'Keir Starmer', country: 'gb', ...base }).join('\n')).toMatch(/already/);
});

test('an actor needs a country to exist', () => {
  expect(() => scaffoldFile({ kind: 'actor', name: 'A B', ...base, countryIds: [] })).toThrow(/No country exists yet/);
});

test('slugify', () => {
  expect(slugify('Émilie  Durand')).toBe('emilie-durand');
  expect(slugify('Paris summit: “security” guarantees!')).toBe('paris-summit-security-guarantees');
  expect(slugify('Володимир')).toBe('');
});
