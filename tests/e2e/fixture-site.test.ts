/**
 * A site built from fixture content that this test writes: a new country, actor and article
 * (plainly fictional) whose every field and body carry hostile strings. Proves that new content
 * gets all its pages without code changes, and that hostile text renders as text and never runs.
 */
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { createTempProject, type TempProject } from '../support/temp-project.ts';
import { launchChromium } from './browser.ts';

/** Tries every way out of text: element, attribute, script and URL contexts. */
const HOSTILE = `Evil"'><script>window.__xss=1</script><img src=x onerror="window.__xss=2"></title><svg onload=window.__xss=3>`;
const hostile = (label: string) => `${label} ${HOSTILE}`;

const country = { name: hostile('Testland (fictional)'), kind: 'country' as const, aliases: ['tl'] };
const actor = { name: hostile('Test Speaker (fictional)'), role: hostile('Role'), country: 'xt', aliases: [hostile('Alias')] };
/** Named nowhere in the article but in the byline of their quote, which the search index leaves out. */
const quietActor = { name: 'Quietvale Speaker (fictional)', role: 'Spokesperson', country: 'xt', aliases: [] };
const frontmatter = {
  title: hostile('Fixture article'),
  summary: hostile('Summary'),
  published: '2026-02-01',
  event: { name: hostile('Event'), date: '2026-02-01', location: hostile('Place') },
  sources: [{ id: 'fixture-source', title: hostile('Source'), publisher: hostile('Publisher'), note: hostile('Note') }],
  actors: ['test-speaker', 'quiet-speaker'],
  quotes: [
    { id: 'fixture-quote', speaker: 'test-speaker', text: hostile('Quote'), said: '2026-02-01', via: 'fixture-source', context: hostile('Context') },
    { id: 'fixture-quote-quiet', speaker: 'quiet-speaker', text: 'A plain fictional remark.', said: '2026-02-01', via: 'fixture-source' },
    { id: 'fixture-quote-fr', speaker: 'test-speaker', lang: 'fr', text: hostile('Citation'), translation: hostile('Translation'), translated_by: 'site', said: '2026-02-01T18:30:00+01:00', kind: 'reported' },
  ],
  commitments: [
    { id: 'fixture-commitment', parties: ['xt', 'fr'], title: hostile('Commitment'), summary: hostile('What'), domains: ['legal'], status: 'conditional', condition: hostile('Condition'), evidence: ['fixture-quote'], history: [{ at: '2026-02-02', status: 'conditional', note: hostile('History') }] },
  ],
  events: [{ id: 'fixture-event', at: '2026-02-01', title: hostile('Timeline event'), summary: hostile('Event summary'), actors: ['test-speaker'] }],
  corrections: [{ printed: hostile('Printed'), corrected: hostile('Corrected'), note: hostile('Why') }],
};
const body = `
Body text ${HOSTILE}

<script>window.__xss = 4</script>
<img src="x" onerror="window.__xss = 5">
<iframe src="javascript:window.parent.__xss=6"></iframe>
<a href="javascript:window.__xss=7" id="js-link">raw link</a>
<p style="position:fixed;inset:0" onclick="window.__xss=8">styled</p>

[markdown link](javascript:window.__xss=9) and [a real one](https://example.org/page)
`;

const PAGES = [
  '/articles/fixture-article/',
  '/quotes/fixture-quote/',
  '/quotes/fixture-quote-fr/',
  '/commitments/fixture-commitment/',
  '/actors/test-speaker/',
  '/countries/xt/',
  '/quotes/',
  '/commitments/',
  '/countries/',
  '/timeline/',
  '/',
];

let project: TempProject;
let server: StaticServer;
let browser: Browser;
let buildOutput = '';

beforeAll(async () => {
  project = await createTempProject({ content: 'copy' });
  await project.write('content/countries/xt.yaml', yaml.dump(country));
  await project.write('content/actors/test-speaker.yaml', yaml.dump(actor));
  await project.write('content/actors/quiet-speaker.yaml', yaml.dump(quietActor));
  await project.write('content/articles/fixtures/fixture-article.md', `---\n${yaml.dump(frontmatter)}---\n${body}`);
  const build = await project.run('build');
  buildOutput = build.output;
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  server = await serveStatic(join(project.dir, 'dist'));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await project?.cleanup();
});

describe('content written only by the contract', () => {
  test('gets all its pages, with no code change', async () => {
    expect(buildOutput).toContain('Built into');
    const page = await browser.newPage();
    for (const path of PAGES) {
      const response = await page.goto(server.url(path));
      expect(response?.status(), path).toBe(200);
    }
    await page.goto(server.url('/countries/xt/'));
    await expect(page.locator('#fixture-commitment').count()).resolves.toBe(1);
    await page.goto(server.url('/countries/fr/'));
    await expect(page.locator('#fixture-commitment').count()).resolves.toBe(1);
    await page.goto(server.url('/countries/tl/'));
    await page.waitForURL(/\/countries\/xt\/$/);
    await page.goto(server.url('/quotes/'));
    await expect(page.locator('#test-speaker').count()).resolves.toBe(1);
    await page.goto(server.url('/timeline/'));
    await expect(page.locator('#day-2026-02-01').count()).resolves.toBe(1);
    await expect(page.locator('#day-2026-02-01').locator('..').textContent()).resolves.toContain('18:30 UTC+01:00');
    await page.close();
  });
});

test('search finds a quote by its speaker’s name, though only the quote’s byline names them', async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/search/?q=Quietvale&type=quote'));
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/“Quietvale”/);
  const results = page.locator('[data-search-results] h3 a');
  await expect(results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual(['/quotes/fixture-quote-quiet/']);
  await page.close();
});

describe('hostile strings', () => {
  test.each(PAGES)('render as text and never run on %s', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(server.url(path), { waitUntil: 'load' });
    // Clicking the raw link must not run it either.
    if (path === '/articles/fixture-article/') {
      await expect(page.locator('#js-link, a[href^="javascript:"]').count()).resolves.toBe(0);
      await expect(page.locator('[data-article-body] [style], iframe, [data-article-body] script').count()).resolves.toBe(0);
    }
    await page.waitForTimeout(100);
    const injected = await page.evaluate(() => ({
      flag: (window as { __xss?: unknown }).__xss,
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name),
      ),
      inlineScripts: [...document.querySelectorAll('script:not([src])')]
        .filter((script) => script.getAttribute('type') !== 'application/ld+json' && script.getAttribute('type') !== 'application/json')
        .map((script) => script.textContent ?? '')
        .filter((text) => text.includes('__xss')),
    }));
    expect(injected).toEqual({ flag: undefined, handlers: [], inlineScripts: [] });
    expect(dialogs).toEqual([]);
    if (path !== '/') {
      // The hostile text is shown, as text.
      await expect(page.locator('body').innerText()).resolves.toContain('<script>window.__xss=1</script>');
    }
    await context.close();
  });

  test('a javascript: URL in frontmatter is refused by validation', async () => {
    const broken = { ...frontmatter, sources: [{ title: 'Source', url: 'javascript:alert(1)' }] };
    await project.write('content/articles/fixtures/fixture-article.md', `---\n${yaml.dump(broken)}---\nBody\n`);
    const result = await project.run('check:content');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/articles/fixtures/fixture-article.md: sources[0].url: must be a full http(s) link');
  });
});
