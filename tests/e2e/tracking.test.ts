/**
 * Tracking over time, on a plainly fictional site this test writes: a later article moves two
 * commitments first reported in two different articles (one of them past its condition). The
 * change shows on the commitment, party and summit pages, /changes/, the timeline, the data
 * files and search, while the first article keeps the status as it reported it.
 */
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { createTempProject, type TempProject } from '../support/temp-project.ts';
import { launchChromium } from './browser.ts';

const countries = {
  xa: { name: 'Arcadia (fictional)', kind: 'country' },
  xb: { name: 'Borduria (fictional)', kind: 'country' },
};
const actor = { name: 'Ada Example (fictional)', role: 'Fictional minister', country: 'xa' };
const summit = {
  name: 'Testville meeting (fictional)',
  starts: '2030-03-01',
  location: 'Testville',
  host: 'xa',
  participants: ['xa', 'xb'],
  summary: 'A fictional meeting written by the test.',
};
const source = [{ title: 'Fictional report' }];
const quote = (id: string, said: string) => ({ id, speaker: 'ada-example', text: `Fictional words ${id}.`, said });
const commitment = (id: string, party: string, status: string, extra: Record<string, unknown> = {}) => ({
  id, parties: [party], title: `Fictional ${id}`, summary: 'A fictional promise.', domains: ['coordination'], status, ...extra,
});

const ARTICLES = {
  'fixture-first': {
    title: 'First fictional article', summary: 'Reports the hubs.', published: '2030-03-02', summit: 'testville-2030-03-01', sources: source,
    actors: ['ada-example'], quotes: [quote('q-first', '2030-03-01')],
    commitments: [commitment('fixture-hubs', 'xa', 'conditional', { condition: 'a fictional ceasefire', evidence: ['q-first'] })],
  },
  'fixture-second': {
    title: 'Second fictional article', summary: 'Reports the fund.', published: '2030-04-01', sources: source,
    actors: ['ada-example'], quotes: [quote('q-second', '2030-04-01')],
    commitments: [commitment('fixture-fund', 'xb', 'pledged', { evidence: ['q-second'] })],
  },
  'fixture-later': {
    title: 'Later fictional article', summary: 'Both moved.', published: '2030-06-01', sources: source,
    actors: ['ada-example'], quotes: [quote('q-later', '2030-05-20')],
    updates: [
      { commitment: 'fixture-hubs', at: '2030-05-20', status: 'in-progress', note: 'Work on the fictional hubs began once the ceasefire held.', evidence: ['q-later'], condition_met: true },
      { commitment: 'fixture-fund', at: '2030-05-25', status: 'stalled', note: 'The fictional fund stopped paying quokkaworth grants.' },
    ],
  },
};

let project: TempProject;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  project = await createTempProject({ content: 'empty' });
  for (const [id, data] of Object.entries(countries)) await project.write(`content/countries/${id}.yaml`, yaml.dump(data));
  await project.write('content/actors/ada-example.yaml', yaml.dump(actor));
  await project.write('content/summits/testville-2030-03-01.yaml', yaml.dump(summit));
  for (const [slug, data] of Object.entries(ARTICLES)) {
    await project.write(`content/articles/fixtures/${slug}.md`, `---\n${yaml.dump(data)}---\nA fictional body.\n`);
  }
  const build = await project.run('build');
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
  server = await serveStatic(join(project.dir, 'dist'));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await project?.cleanup();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const response = await page.goto(server.url(path));
  expect(response?.status(), path).toBe(200);
  return page;
}
/** The text of the first element matching `selector`. */
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
/** Every text of `selector`, whitespace collapsed. */
const texts = async (page: Page, selector: string) =>
  (await page.locator(selector).allInnerTexts()).map((item) => item.replace(/\s+/g, ' ').trim());

describe('the commitment page', () => {
  test('shows the current status with its date, the condition met, and the change log oldest first', async () => {
    const page = await open('/commitments/fixture-hubs/');
    const meta = (await text(page, 'dl.meta')).replace(/\s+/g, ' ');
    expect(meta).toContain('In progress as of 20 May 2030');
    expect(meta).toContain('a fictional ceasefire · met, as of 20 May 2030');
    const entries = page.locator('.change-log > li');
    await expect(entries.evaluateAll((items) => items.map((item) => item.id))).resolves.toEqual([
      'change-2030-03-01-conditional',
      'change-2030-05-20-in-progress',
    ]);
    await expect(entries.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).resolves.toEqual(['2030-03-01', '2030-05-20']);
    const [first, later] = await texts(page, '.change-log > li');
    expect(first).toContain('Conditional');
    expect(first).toContain('First reported in First fictional article');
    expect(later).toContain('In progress (was Conditional) · condition met');
    expect(later).toContain('Work on the fictional hubs began once the ceasefire held.');
    expect(later).toContain('Updated in Later fictional article');
    await expect(page.locator('#change-2030-05-20-in-progress a[href="/quotes/q-later/"]').count()).resolves.toBe(1);
    await expect(page.locator('meta[property="og:description"]').getAttribute('content')).resolves.toContain('In progress, as of 20 May 2030');
    await page.close();
  });

  test('a strip shows its statuses over time, each as long as it lasted, up to the tracker\'s latest change', async () => {
    const page = await open('/commitments/fixture-hubs/');
    const strip = page.getByRole('img', { name: /^Conditional from/ });
    await expect(strip.getAttribute('aria-label')).resolves.toBe(
      'Conditional from 1 March 2030 to 20 May 2030; In progress from 20 May 2030 to 25 May 2030',
    );
    await expect(text(page, '.status-strip-caption')).resolves.toBe('Status over time, from 1 March 2030 to 25 May 2030');
    // 80 days conditional, then 5 in progress, of 85.
    const widths = await strip.locator('rect').evaluateAll((rects) => rects.map((rect) => [rect.getAttribute('class'), Number(rect.getAttribute('width'))]));
    expect(widths.map(([status]) => status)).toEqual(['bar-conditional', 'bar-in-progress']);
    expect(widths[0]![1]).toBeCloseTo((80 / 85) * 100, 1);
    expect(widths[1]![1]).toBeCloseTo((5 / 85) * 100, 1);
    await page.close();
  });

  test('"Cite this" gives the status with its date and links its change-log entry', async () => {
    const page = await open('/commitments/fixture-fund/');
    const citation = await text(page, '[data-citation]');
    expect(citation).toContain('status: Stalled as of 25 May 2030');
    expect(citation).toMatch(/\/commitments\/fixture-fund\/#change-2030-05-25-stalled$/);
    await page.close();
  });
});

test('the first articles keep the status as reported then, and link where it stands now', async () => {
  const expected = {
    'fixture-first': ['◐ Conditional as reported 1 March 2030 · now: ▶ In progress as of 20 May 2030', '/commitments/fixture-hubs/#change-2030-05-20-in-progress'],
    'fixture-second': ['● Pledged as reported 1 April 2030 · now: ❚❚ Stalled as of 25 May 2030', '/commitments/fixture-fund/#change-2030-05-25-stalled'],
  };
  for (const [slug, [status, link]] of Object.entries(expected)) {
    const page = await open(`/articles/${slug}/`);
    // The article folds its commitments under a summary: open it as a reader would.
    await page.getByText(/^Show the (\d+ )?commitments?$/).click();
    await expect(texts(page, '.commitment-card .dated-status')).resolves.toEqual([status]);
    await expect(page.locator('.commitment-card .now-status a[href*="#change-"]').getAttribute('href')).resolves.toBe(link);
    await page.close();
  }
});

test('party pages count and show the current status with its date', async () => {
  const page = await open('/countries/xa/');
  await expect(texts(page, '#fixture-hubs .dated-status')).resolves.toEqual(['▶ In progress as of 20 May 2030']);
  await expect(texts(page, '.status-counts li')).resolves.toEqual(['▶ In progress 1']);
  await page.goto(server.url('/countries/xb/'));
  await expect(texts(page, '#fixture-fund .dated-status')).resolves.toEqual(['❚❚ Stalled as of 25 May 2030']);
  await page.close();
});

test('the summit page: when, where, host, participants, coverage, quotes, commitments now', async () => {
  const page = await open('/summits/testville-2030-03-01/');
  const meta = (await text(page, 'dl.meta')).replace(/\s+/g, ' ');
  expect(meta).toContain('When 1 March 2030');
  expect(meta).toContain('Host Arcadia (fictional)');
  // The participants, each linked (the commas between them come from the list's style).
  await expect(page.locator('dl.meta').first().locator('dd').last().locator('a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))).resolves.toEqual([
    ['Arcadia (fictional)', '/countries/xa/'],
    ['Borduria (fictional)', '/countries/xb/'],
  ]);
  await expect(texts(page, '.commitment-card .dated-status')).resolves.toEqual(['▶ In progress as of 20 May 2030']);
  await expect(texts(page, '.status-counts li')).resolves.toEqual(['▶ In progress 1']);
  await expect(page.locator('a[href="/articles/fixture-first/"]').count()).resolves.toBeGreaterThan(0);
  await expect(page.locator('#quote-q-first').count()).resolves.toBe(1);
  // Only what was said there: the later article covers no summit.
  await expect(page.locator('#quote-q-later').count()).resolves.toBe(0);
  await page.goto(server.url('/summits/'));
  await expect(texts(page, 'tbody tr')).resolves.toEqual([expect.stringMatching(/^Testville meeting \(fictional\) 1 March 2030 Testville 1 1 1/)]);
  await page.close();
});

test('/changes/ lists every entry newest first, and the timeline every change of status', async () => {
  const page = await open('/changes/');
  const entries = await texts(page, '.change-log > li');
  expect(entries.map((entry) => entry.split(':')[0])).toEqual(['25 May 2030', '20 May 2030', '1 April 2030', '1 March 2030']);
  expect(entries[0]).toContain('Fictional fixture-fund now ❚❚ Stalled (was Pledged)');
  await expect(page.locator('.change-log a[href="/commitments/fixture-hubs/#change-2030-05-20-in-progress"]').count()).resolves.toBe(1);
  await page.goto(server.url('/timeline/'));
  const changes = await page.locator('#day-2030-05-20, #day-2030-05-25').locator('..').locator('a[href*="#change-"]').evaluateAll((links) => links.map((link) => link.textContent));
  expect(changes).toEqual(['Fictional fixture-hubs: In progress', 'Fictional fixture-fund: Stalled']);
  await page.close();
});

test('the data files: one row per status event, and each commitment’s current status', async () => {
  const changes = (await (await fetch(server.url('/data/changes.json'))).json()) as { records: Record<string, unknown>[] };
  expect(changes.records.map((record) => [record['commitment_id'], record['at'], record['status'], record['previous_status'], record['article_id']])).toEqual([
    ['fixture-hubs', '2030-03-01', 'conditional', null, 'fixture-first'],
    ['fixture-fund', '2030-04-01', 'pledged', null, 'fixture-second'],
    ['fixture-hubs', '2030-05-20', 'in-progress', 'conditional', 'fixture-later'],
    ['fixture-fund', '2030-05-25', 'stalled', 'pledged', 'fixture-later'],
  ]);
  expect(changes.records[2]).toMatchObject({ evidence_quote_ids: ['q-later'], condition_met: true, note: 'Work on the fictional hubs began once the ceasefire held.' });
  const csv = parseCsv(await (await fetch(server.url('/data/changes.csv'))).text(), { columns: true }) as Record<string, string>[];
  expect(csv.map((row) => [row['commitment_id'], row['status'], row['previous_status']])).toEqual([
    ['fixture-hubs', 'conditional', ''],
    ['fixture-fund', 'pledged', ''],
    ['fixture-hubs', 'in-progress', 'conditional'],
    ['fixture-fund', 'stalled', 'pledged'],
  ]);
  const commitments = (await (await fetch(server.url('/data/commitments.json'))).json()) as { records: Record<string, unknown>[] };
  expect(commitments.records.map((record) => [record['id'], record['status'], record['status_as_of'], record['reported_status'], record['condition_met']])).toEqual([
    ['fixture-fund', 'stalled', '2030-05-25', 'pledged', false],
    ['fixture-hubs', 'in-progress', '2030-05-20', 'conditional', true],
  ]);
});

test('search finds a commitment by the words of its change note, under its current status', async () => {
  const page = await open('/search/?q=quokkaworth&status=stalled');
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/“quokkaworth”/);
  const results = page.locator('[data-search-results] h3 a');
  await expect(results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual(['/commitments/fixture-fund/']);
  await expect(page.locator('[data-search-results]').innerText()).resolves.toContain('Stalled, as of 25 May 2030');
  await page.close();
});
