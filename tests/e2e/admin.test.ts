/**
 * The web editing desk at /admin/ (Sveltia CMS), driven as an editor would, on Sveltia's
 * in-browser test repository seeded with a copy of content/: what it saves must pass the same
 * checks as a hand-written file, and nothing it loads may come from another origin.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADMIN_DIR, writeAdmin } from '../../scripts/build/admin.ts';
import { createTempProject, type TempProject } from '../support/temp-project.ts';
import { url, useBrowser } from './browser.ts';

const run = promisify(execFile);
const PARIS = 'content/articles/2026/paris-summit-security-guarantees.md';
/** Sveltia's test repository: a folder of the origin's private file system. */
const TEST_REPO = 'sveltia-cms-test';

/** Every file under `dir` except the desk's, path → SHA-256. */
async function siteDigests(dir: string): Promise<Map<string, string>> {
  const files = (await glob('**/*', { cwd: dir, dot: true })).filter((file) => !file.startsWith(`${ADMIN_DIR}/`)).sort();
  return new Map(await Promise.all(files.map(async (file): Promise<[string, string]> => [file, createHash('sha256').update(await readFile(join(dir, file))).digest('hex')])));
}

describe('the reading site', () => {
  test('is byte for byte the same with and without the desk, which no page, sitemap, ledger or search index names', async () => {
    const withoutDesk = await mkdtemp(join(tmpdir(), 'summit-tracker-no-desk-'));
    try {
      await cp('dist', withoutDesk, { recursive: true, filter: (source) => relative('dist', source) !== ADMIN_DIR });
      const before = await siteDigests(withoutDesk);
      await writeAdmin(process.cwd(), withoutDesk);
      expect(await siteDigests(withoutDesk)).toEqual(before);
      expect(await siteDigests('dist')).toEqual(before);
      expect((await readdir(join(withoutDesk, ADMIN_DIR))).sort()).toEqual(['chunks', 'config.yml', 'desk.js', 'index.html', 'locales', 'sveltia-cms.js', 'vendor']);
    } finally {
      await rm(withoutDesk, { recursive: true, force: true });
    }
    for (const file of await glob(['**/*.html', '**/*.xml', '**/*.txt', 'pagefind/**/*.json'], { cwd: 'dist', ignore: [`${ADMIN_DIR}/**`] })) {
      expect(await readFile(join('dist', file), 'utf8'), file).not.toMatch(/\/admin\//);
    }
    expect(await readFile('content/permalinks.txt', 'utf8')).not.toMatch(/\/admin\//);
    expect(await readFile(join('dist', ADMIN_DIR, 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  });
});

describe('the editing desk', () => {
  const chromium = useBrowser();
  let project: TempProject;
  beforeAll(async () => {
    project = await createTempProject({ content: 'copy' });
  });
  afterAll(async () => project?.cleanup());

  /** The desk's group for a field, e.g. “Title” Field (Sveltia isolates the name with U+2068/U+2069). */
  const field = (scope: Page | ReturnType<Page['locator']>, name: string) =>
    scope.getByRole('group', { name: new RegExp(`^“\\u2068?${name}\\u2069?” Field$`) }).first();
  /** A field's control, scrolled into view first: Sveltia renders a field's inputs only once it is visible. */
  async function control(scope: Page | ReturnType<Page['locator']>, name: string, role: 'textbox' | 'combobox' = 'textbox') {
    const group = field(scope, name);
    const page = 'page' in scope ? scope.page() : scope;
    await page.mouse.move(400, 600);
    for (let step = 0; step < 40 && (await group.count()) === 0; step += 1) {
      await page.mouse.wheel(0, 150);
      await page.waitForTimeout(100);
    }
    await group.scrollIntoViewIfNeeded();
    return group.getByRole(role).first();
  }
  async function addButton(scope: ReturnType<Page['locator']>, name: string) {
    await scope.scrollIntoViewIfNeeded();
    await scope.page().mouse.move(400, 600);
    await scope.page().mouse.wheel(0, 300);
    return scope.getByRole('button', { name: new RegExp(`^Add \\u2068?${name}\\u2069?$`) }).last();
  }

  async function seed(page: Page, files: Record<string, string>): Promise<void> {
    await page.evaluate(
      async ({ files, repo }) => {
        const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo, { create: true });
        for (const [path, text] of Object.entries(files)) {
          const parts = path.split('/');
          let dir = root;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      },
      { files, repo: TEST_REPO },
    );
  }

  /** Every file of the test repository, path → text. */
  const repoFiles = (page: Page) =>
    page.evaluate(async (repo) => {
      const files: Record<string, string> = {};
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
        for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
          if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
          else files[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
        }
      };
      await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(repo), '');
      return files;
    }, TEST_REPO);

  async function save(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/Entry (created|saved)/i).first().waitFor();
  }

  test('creates an actor, then an article (a draft) quoting them with a commitment whose evidence is the quote; re-saving Paris with a new title changes one line', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const origin = new URL(url('/')).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const address = request.url();
      if (!/^(data|blob):/.test(address) && new URL(address).origin !== origin) foreign.push(address);
    });
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    try {
      await page.goto(url('/admin/'));
      const content = Object.fromEntries(
        await Promise.all((await glob('content/**/*.{md,yaml}')).map(async (file): Promise<[string, string]> => [file, await readFile(file, 'utf8')])),
      );
      await seed(page, content);
      await page.getByRole('button', { name: /Test Repository/ }).click();
      await page.getByText('People and bodies').first().waitFor();

      // Time to a usable editor for the Paris article, from opening its address.
      const started = performance.now();
      await page.goto(url('/admin/#/collections/articles/entries/2026/paris-summit-security-guarantees'));
      await page.reload();
      await expect.poll(() => field(page, 'Title').getByRole('textbox').first().inputValue(), { timeout: 30_000 }).toMatch(/^Paris summit/);
      console.log(`Paris article editable after ${Math.round(performance.now() - started)} ms`);

      await page.goto(url('/admin/#/collections/actors/new'));
      await page.getByRole('textbox', { name: 'Slug' }).fill('test-desk-speaker');
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Test Desk Speaker');
      await page.getByRole('textbox', { name: 'Role' }).fill('Fictional role for a browser test');
      await page.getByRole('combobox', { name: 'Country' }).click();
      await page.getByRole('option', { name: 'France', exact: true }).click();
      await save(page);

      await page.goto(url('/admin/#/collections/articles/new'));
      await page.getByRole('textbox', { name: 'Slug' }).fill('test-desk-article');
      await (await control(page, 'Title')).fill('Fictional test article from the desk');
      await (await control(page, 'Summary')).fill('A fictional article written by a browser test.');
      await (await control(page, 'Published')).fill('2026-02-01');
      const sources = field(page, 'Sources');
      await (await addButton(sources, 'Sources')).click();
      await (await control(sources, 'Id')).fill('test-report');
      await (await control(sources, 'Title')).fill('Fictional test report');
      const quotes = field(page, 'Quotes');
      await (await addButton(quotes, 'Quotes')).click();
      await (await control(quotes, 'Id')).fill('test-desk-quote');
      await (await control(quotes, 'Speaker', 'combobox')).click();
      await page.getByRole('option', { name: 'Test Desk Speaker' }).click();
      await (await control(quotes, 'Text')).fill('Fictional words, said in a test.');
      await (await control(quotes, 'Said')).fill('2026-02-01T18:30:00+01:00');
      await (await control(quotes, 'Via', 'combobox')).selectOption('test-report');
      const commitments = field(page, 'Commitments');
      await (await addButton(commitments, 'Commitments')).click();
      await (await control(commitments, 'Id')).fill('test-desk-commitment');
      await (await control(commitments, 'Parties', 'combobox')).click();
      await page.getByRole('option', { name: 'France', exact: true }).click();
      await page.keyboard.press('Tab');
      await (await control(commitments, 'Title')).fill('Fictional test commitment');
      await (await control(commitments, 'Summary')).fill('A fictional promise made in a test.');
      await (await control(commitments, 'Domains', 'combobox')).click();
      await page.getByRole('option', { name: 'troops', exact: true }).click();
      await page.keyboard.press('Tab');
      await (await control(commitments, 'Status', 'combobox')).click();
      await page.getByRole('option', { name: 'pledged', exact: true }).click();
      const evidence = field(commitments, 'Evidence');
      await (await addButton(evidence, 'Evidence')).click();
      await evidence.getByRole('combobox').last().selectOption('test-desk-quote');
      await (await control(page, 'Body')).fill('A fictional body written in a browser test.');
      await save(page);

      await page.goto(url('/admin/#/collections/articles/entries/2026/paris-summit-security-guarantees'));
      const title = field(page, 'Title').getByRole('textbox').first();
      await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toMatch(/^Paris summit/);
      await title.fill('Paris summit: a new title written at the desk');
      await save(page);

      const saved = await repoFiles(page);
      const before = content[PARIS]?.split('\n') ?? [];
      const after = saved[PARIS]?.split('\n') ?? [];
      expect(after.length).toBe(before.length);
      expect(after.filter((line, index) => line !== before[index])).toEqual(['title: "Paris summit: a new title written at the desk"']);
      expect(saved['content/actors/test-desk-speaker.yaml']).toBe('name: Test Desk Speaker\nrole: Fictional role for a browser test\ncountry: fr\n');
      const article = saved['content/articles/2026/test-desk-article.md'] ?? '';
      expect(article).toContain('    said: "2026-02-01T18:30:00+01:00"\n');
      expect(article).toContain('    evidence: [test-desk-quote]\n');
      // A new article starts as a draft; Paris keeps its `draft: false` (the line count above).
      expect(article).toMatch(/^draft: true$/m);
      expect(saved[PARIS]).toMatch(/^draft: false$/m);

      for (const [file, text] of Object.entries(saved)) await project.write(file, text);
      const checked = await project.run('check:content');
      expect(checked.output).toContain('Content OK');
      expect(checked.code).toBe(0);
      // Rejects (and fails the test) if any file is not in canonical form.
      const formatted = await run('npm', ['run', '--silent', 'format:content', '--', '--check'], { cwd: project.dir });
      expect(formatted.stdout).toContain('canonical form');

      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.screenshot({ path: join(tmpdir(), 'summit-tracker-desk-last.png') }).catch(() => undefined);
      await context.close();
    }
  }, 240_000);
});
