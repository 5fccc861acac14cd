/**
 * Drafts, through the real commands in a throwaway project: `npm run new` writes a draft,
 * `check:content` lists it, `npm run build` leaves it out of everything it publishes, and the
 * same article without `draft: true` fails while it holds the scaffold's placeholders.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project.ts';

const TITLE = 'Fictional draft about Zyxwvut talks';
const SLUG = 'fictional-draft-about-zyxwvut-talks';
let project: TempProject;
let draftFile: string;

/** Every file under `dir`, as paths relative to it. */
async function allFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  project = await createTempProject({ content: 'copy' });
  delete process.env.SITE_URL;
}, 60_000);
afterAll(() => project?.cleanup());

test('`npm run new` writes a draft that check:content lists and passes', async () => {
  const created = await project.run('new', ['article', TITLE]);
  expect(created.code, created.output).toBe(0);
  draftFile = /Created (\S+)/.exec(created.output)?.[1] ?? '';
  expect(draftFile).toMatch(new RegExp(`^content/articles/\\d{4}/${SLUG}\\.md$`));
  expect(await readFile(join(project.dir, draftFile), 'utf8')).toMatch(/^draft: true$/m);
  const checked = await project.run('check:content');
  expect(checked.code, checked.output).toBe(0);
  expect(checked.output).toContain(`1 draft(s)`);
  expect(checked.output).toContain(`  ${draftFile}`);
}, 120_000);

test('`npm run build` leaves the draft out of pages, data, feeds, sitemap, search and the ledger', async () => {
  const built = await project.run('build');
  expect(built.code, built.output).toBe(0);
  // Run without SITE_URL, the build says which address it has published (after the log, where it is seen).
  expect(built.output.trimEnd()).toMatch(/Warning: SITE_URL is not set, so canonical links, feeds, share cards, sitemap and citations name https:\/\/summit-tracker\.example\.\n.*SITE_URL=https:\/\/your\.domain npm run build$/);
  const dist = join(project.dir, 'dist');
  const files = await allFiles(dist);
  expect(files.some((file) => file.includes(SLUG))).toBe(false);
  for (const file of files) {
    const bytes = await readFile(file);
    // Pagefind's index files are gzipped.
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    expect(text.includes('Zyxwvut') || text.includes(SLUG), file).toBe(false);
  }
  const recorded = await project.run('permalinks');
  expect(recorded.code, recorded.output).toBe(0);
  expect(await readFile(join(project.dir, 'content/permalinks.txt'), 'utf8')).not.toContain(SLUG);
}, 240_000);

test('without `draft: true`, the placeholders fail check:content, naming the file and each field', async () => {
  const text = await readFile(join(project.dir, draftFile), 'utf8');
  await project.write(draftFile, text.replace(/^draft: true\n/m, ''));
  const checked = await project.run('check:content');
  expect(checked.code).toBe(1);
  for (const field of ['summary', 'sources[0].title', 'body']) {
    expect(checked.output).toContain(`${draftFile}: ${field}: still holds the placeholder text of \`npm run new\``);
  }
}, 120_000);

test('`npm run new -- actor` without --country never guesses: it asks, or refuses without a terminal', async () => {
  const refused = await project.run('new', ['actor', 'Fictional Person']);
  expect(refused.code).toBe(1);
  expect(refused.output).toMatch(/Give their country with --country <id>, one of: .*gb/);
  await expect(readFile(join(project.dir, 'content/actors/fictional-person.yaml'), 'utf8')).rejects.toThrow(/ENOENT/);
  const created = await project.run('new', ['actor', 'Fictional Person', '--country', 'gb']);
  expect(created.code, created.output).toBe(0);
  expect(await readFile(join(project.dir, 'content/actors/fictional-person.yaml'), 'utf8')).toMatch(/^country: gb$/m);
  expect(created.output).toContain('content/actors/fictional-person.yaml: role: still holds the placeholder text');
}, 120_000);
