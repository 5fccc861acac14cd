/**
 * A published URL never breaks: renaming an id fails the build until the old id redirects, and
 * then the old URL leads to the renamed page. One id of every kind is renamed at once (an
 * article by its file name, an actor by its file name, a country kept as an alias, a quote, a
 * commitment, a summit by its file name), so that two builds cover them all.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { createTempProject, type TempProject } from '../support/temp-project.ts';

const ARTICLES = 'content/articles/2026';
/** Each kind's id before and after the rename, and its URL. */
const RENAMES = {
  article: { from: 'paris-summit-security-guarantees', to: 'paris-summit-guarantees', url: (id: string) => `/articles/${id}/` },
  actor: { from: 'keir-starmer', to: 'keir-rodney-starmer', url: (id: string) => `/actors/${id}/` },
  country: { from: 'ca', to: 'can', url: (id: string) => `/countries/${id}/` },
  quote: { from: 'starmer-hardest-yards', to: 'starmer-hardest-yards-ahead', url: (id: string) => `/quotes/${id}/` },
  commitment: { from: 'uk-france-military-hubs', to: 'uk-france-military-hubs-plan', url: (id: string) => `/commitments/${id}/` },
  summit: { from: 'paris-2026-01-06', to: 'paris-leaders-2026-01-06', url: (id: string) => `/summits/${id}/` },
};
/** Files that name the renamed country, in flow lists: first (`[ca, …]`) and inside (`…, ca, …`). */
const COUNTRY_MEMBERSHIPS = ['content/countries/nato.yaml'];
const SUMMIT_FILE = (id: string) => `content/summits/${id}.yaml`;

let project: TempProject;
const original = new Map<string, string>();
/** Records in the search index before any rename. */
let searchRecords: string | undefined;

const read = (path: string) => readFile(join(project.dir, path), 'utf8');
const searchRecordsIn = (output: string) => /Search index: (\d+) records/.exec(output)?.[1];

beforeAll(async () => {
  project = await createTempProject({ content: 'copy' });
  const article = `${ARTICLES}/${RENAMES.article.from}.md`;
  const actor = `content/actors/${RENAMES.actor.from}.yaml`;
  const country = `content/countries/${RENAMES.country.from}.yaml`;
  for (const path of [article, actor, country, SUMMIT_FILE(RENAMES.summit.from), ...COUNTRY_MEMBERSHIPS]) original.set(path, await read(path));
  const built = await project.run('build');
  if (built.code !== 0) throw new Error(built.output);
  searchRecords = searchRecordsIn(built.output);
  const recorded = await project.run('permalinks');
  if (recorded.code !== 0) throw new Error(recorded.output);
}, 120_000);
afterAll(() => project?.cleanup());

/** Renames one id of every kind, as an editor would, keeping the old ids as redirects or not. */
async function renameEveryKind({ keepOldIds }: { keepOldIds: boolean }): Promise<void> {
  const { article, actor, country, quote, commitment, summit } = RENAMES;
  const text = (path: string) => original.get(path) ?? '';
  const replaced = (from: string, to: string, source: string) => {
    const result = source.replace(from, to);
    expect(result, `${from} is in the fixture`).not.toBe(source);
    return result;
  };

  let articleText = text(`${ARTICLES}/${article.from}.md`).replaceAll(actor.from, actor.to);
  articleText = replaced(`\nsummit: ${summit.from}\n`, `\nsummit: ${summit.to}\n`, articleText);
  articleText = replaced(`  - id: ${quote.from}\n`, `  - id: ${quote.to}\n${keepOldIds ? `    redirect_from: [${quote.from}]\n` : ''}`, articleText);
  articleText = replaced(`  - id: ${commitment.from}\n`, `  - id: ${commitment.to}\n${keepOldIds ? `    redirect_from: [${commitment.from}]\n` : ''}`, articleText);
  if (keepOldIds) articleText = replaced('\npublished:', `\nredirect_from: [${article.from}]\npublished:`, articleText);
  await project.remove(`${ARTICLES}/${article.from}.md`);
  await project.write(`${ARTICLES}/${article.to}.md`, articleText);

  await project.remove(`content/actors/${actor.from}.yaml`);
  await project.write(`content/actors/${actor.to}.yaml`, text(`content/actors/${actor.from}.yaml`) + (keepOldIds ? `redirect_from: [${actor.from}]\n` : ''));

  await project.remove(`content/countries/${country.from}.yaml`);
  await project.write(`content/countries/${country.to}.yaml`, text(`content/countries/${country.from}.yaml`) + (keepOldIds ? `aliases: [${country.from}]\n` : ''));
  for (const path of COUNTRY_MEMBERSHIPS) await project.write(path, replaced(`[${country.from}, `, `[${country.to}, `, text(path)));
  // The summit, renamed by its file name, names the renamed country among its participants.
  await project.remove(SUMMIT_FILE(summit.from));
  const summitText = replaced(`, ${country.from},`, `, ${country.to},`, text(SUMMIT_FILE(summit.from)));
  await project.write(SUMMIT_FILE(summit.to), summitText + (keepOldIds ? `redirect_from: [${summit.from}]\n` : ''));
}

test('the ledger lists every kind of permalink', async () => {
  const ledger = await read('content/permalinks.txt');
  for (const url of ['/articles/paris-summit-security-guarantees/', '/quotes/starmer-hardest-yards/', '/commitments/uk-france-military-hubs/', '/actors/keir-starmer/', '/countries/gb/', '/countries/uk/', '/changes.xml', '/commitments/uk-france-military-hubs/feed.xml', '/actors/keir-starmer/feed.xml', '/countries/gb/feed.xml', '/summits/paris-2026-01-06/feed.xml']) {
    expect(ledger.split('\n')).toContain(url);
  }
});

describe('renaming one id of every kind', () => {
  test('fails check:content and the build while an old id does not redirect, naming each lost URL', async () => {
    await renameEveryKind({ keepOldIds: false });
    // check:content knows from the content alone, before any build.
    const checked = await project.run('check:content');
    expect(checked.code).toBe(1);
    for (const { from, to, url } of Object.values(RENAMES)) {
      expect(checked.output).toContain(
        `content/permalinks.txt: lists ${url(from)}, which the content no longer produces; a published URL must keep working: add the old id to the renamed entry's \`redirect_from\``,
      );
      expect(checked.output).toMatch(new RegExp(`new URL\\(s\\) not yet in content/permalinks\\.txt \\([^)]*${url(to)}[^)]*\\): record them with \`npm run permalinks\``));
    }
    const failed = await project.run('build');
    expect(failed.code).not.toBe(0);
    for (const { from, url } of Object.values(RENAMES)) expect(failed.output).toContain(url(from));
    expect(failed.output).toContain('redirect_from');
  }, 120_000);

  describe('with each old id kept (redirect_from, a country alias)', () => {
    let built: { code: number; output: string };
    beforeAll(async () => {
      await renameEveryKind({ keepOldIds: true });
      built = await project.run('build');
    }, 120_000);

    test('builds', () => {
      expect(built.code, built.output).toBe(0);
    });

    test('_redirects has a 301 for each old URL; recorded with npm run permalinks, check:content passes', async () => {
      const redirects = (await read('dist/_redirects')).split('\n');
      for (const { from, to, url } of Object.values(RENAMES)) expect(redirects).toContain(`${url(from)} ${url(to)} 301`);
      const recorded = await project.run('permalinks');
      expect(recorded.output).toMatch(/^Added \d+ URL\(s\) to content\/permalinks\.txt:/);
      const clean = await project.run('check:content');
      expect(clean.code, clean.output).toBe(0);
      expect(clean.output).not.toContain('not yet in');
    }, 60_000);

    test.each(Object.entries(RENAMES))('the old URL of the %s redirects to its renamed page', async (_kind, { from, to, url }) => {
      const redirect = await read(`dist${url(from)}index.html`);
      expect(redirect).toContain(`<meta http-equiv="refresh" content="0; url=${url(to)}">`);
      const page = await read(`dist${url(to)}index.html`);
      expect(page).not.toContain('http-equiv="refresh"');
      expect(page).toMatch(/<h1[\s>]/);
    });

    test.each(['actor', 'country', 'commitment', 'summit'] as const)('the old feed of the %s is still served, the same as its new one', async (kind) => {
      const { from, to, url } = RENAMES[kind];
      const feed = await read(`dist${url(to)}feed.xml`);
      expect(feed).toContain(`<id>https://summit-tracker.example${url(to)}feed.xml</id>`);
      expect(await read(`dist${url(from)}feed.xml`)).toBe(feed);
    });

    test('in Chromium, the old article URL ends on the article', async () => {
      const server = await serveStatic(join(project.dir, 'dist'));
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.goto(server.url(RENAMES.article.url(RENAMES.article.from)));
        await page.waitForURL(server.url(RENAMES.article.url(RENAMES.article.to)), { timeout: 10_000 });
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Paris summit: /);
      } finally {
        await browser.close();
        await server.close();
      }
    }, 60_000);

    test("the article's old URL stays out of the sitemap, the feed and the search index", async () => {
      const [oldUrl, newUrl] = [RENAMES.article.url(RENAMES.article.from), RENAMES.article.url(RENAMES.article.to)];
      for (const file of ['dist/sitemap-0.xml', 'dist/rss.xml']) {
        const listed = await read(file);
        expect(listed, file).toContain(`${newUrl}<`);
        expect(listed, file).not.toContain(`${oldUrl}<`);
      }
      expect(searchRecords).toBeDefined();
      expect(searchRecordsIn(built.output)).toBe(searchRecords);
    });
  });
});
