/** The web editing desk's configuration, generated from the zod schemas (src/admin/config.yml). */
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { readSchemaDocs } from '../../scripts/lib/schema-docs.ts';
import { cmsConfigText } from '../../scripts/lib/content-schema-files.ts';
import { adminContentSecurityPolicy, backendFromEnv } from '../../scripts/build/admin.ts';

type Field = { name: string; widget: string; fields?: Field[]; field?: Field; [key: string]: unknown };
const config = parse(cmsConfigText(await readSchemaDocs(process.cwd()))) as { collections: (Field & { folder: string })[] };
const collection = (name: string) => config.collections.find((entry) => entry.name === name)!;
const fieldAt = (fields: Field[] | undefined, ...path: string[]): Field => {
  const [first, ...rest] = path;
  const found = fields?.find((field) => field.name === first);
  if (!found) throw new Error(`no field ${first}`);
  return rest.length ? fieldAt(found.fields, ...rest) : found;
};

test('collections: articles in folders by year, actors, countries and summits, each entry named by its file', () => {
  expect(config.collections.map(({ name, folder }) => [name, folder])).toEqual([
    ['articles', 'content/articles'],
    ['actors', 'content/actors'],
    ['countries', 'content/countries'],
    ['summits', 'content/summits'],
  ]);
  expect(collection('articles')).toMatchObject({ path: '{{year}}/{{slug}}', extension: 'md', slug: { editable: true } });
});

test('relations come from the schemas: speaker → actors, parties → countries, evidence and via → this article', () => {
  const articles = collection('articles').fields;
  expect(fieldAt(articles, 'quotes', 'speaker')).toMatchObject({ widget: 'relation', collection: 'actors', value_field: '{{slug}}' });
  expect(fieldAt(articles, 'quotes', 'via')).toMatchObject({ widget: 'same_entry_id', list: 'sources', required: false });
  expect(fieldAt(articles, 'commitments', 'parties')).toMatchObject({ widget: 'relation', collection: 'countries', multiple: true });
  expect(fieldAt(articles, 'commitments', 'evidence')).toMatchObject({ widget: 'list', field: { widget: 'evidence' } });
  expect(fieldAt(articles, 'commitments', 'status')).toMatchObject({ widget: 'select', options: expect.arrayContaining(['conditional']) });
  expect(fieldAt(articles, 'quotes', 'kind')).toMatchObject({ widget: 'select', default: 'direct', required: false });
  expect(fieldAt(collection('actors').fields, 'country')).toMatchObject({ widget: 'relation', collection: 'countries' });
  expect(fieldAt(articles, 'summit')).toMatchObject({ widget: 'relation', collection: 'summits' });
  // A new article starts as a draft at the desk; a published one says `draft: false`, which the desk keeps.
  expect(fieldAt(articles, 'draft')).toMatchObject({ widget: 'boolean', default: true, required: false });
  expect(fieldAt(collection('summits').fields, 'host')).toMatchObject({ widget: 'relation', collection: 'countries' });
  expect(fieldAt(collection('summits').fields, 'participants')).toMatchObject({ widget: 'relation', collection: 'countries', multiple: true });
  expect(fieldAt(articles, 'quotes', 'speaker').hint).toBe('Actor id of who said it.');
});

test('the desk’s own content security policy allows only this origin, and GitHub when it is the backend', () => {
  const offline = adminContentSecurityPolicy(backendFromEnv({}), '{}');
  expect(offline).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+\/=]+';/);
  expect(offline).not.toContain('https:');
  const github = backendFromEnv({ CMS_GITHUB_REPO: 'newsroom/summit-tracker', CMS_AUTH_URL: 'https://auth.newsroom.example' });
  expect(github.config).toEqual({ name: 'github', repo: 'newsroom/summit-tracker', branch: 'main', base_url: 'https://auth.newsroom.example' });
  expect(adminContentSecurityPolicy(github, '{}')).toContain("connect-src 'self' blob: data: https://api.github.com");
});
