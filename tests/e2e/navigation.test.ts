/** Reader views: every kind of page exists for the real content, and the links between them work. */
import { expect, test } from 'vitest';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { url, useBrowser } from './browser.ts';

const chromium = useBrowser();
const { content } = validateContent(await readContent(process.cwd()));
const quotes = content.articles.flatMap((article) => article.data.quotes);
const commitments = content.articles.flatMap((article) => article.data.commitments);
const actorName = (id: string) => content.actors.find((actor) => actor.id === id)?.data.name ?? id;

test('a reader goes from the home page to a quote, its speaker, a commitment and its parties', async () => {
  const { page, errors, close } = await chromium.open('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quotes' }).click();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Quotes by speaker');
  await page.getByRole('link', { name: 'Emmanuel Macron' }).first().click();
  await page.waitForURL(url('/quotes/#emmanuel-macron'));
  await page.locator('#emmanuel-macron').getByRole('link', { name: 'Emmanuel Macron' }).click();
  await page.waitForURL(url('/actors/emmanuel-macron/'));
  await page.getByRole('link', { name: /^Quote page/ }).first().click();
  await page.waitForURL(/\/quotes\/macron-/);
  await page.getByRole('link', { name: 'Several thousand French troops as a reassurance force' }).click();
  await page.waitForURL(url('/commitments/france-reassurance-troops/'));
  await page.getByRole('link', { name: 'France' }).first().click();
  await page.waitForURL(url('/countries/fr/#france-reassurance-troops'));
  await expect(page.locator('#france-reassurance-troops').isVisible()).resolves.toBe(true);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Countries' }).click();
  await page.waitForURL(url('/countries/'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await page.waitForURL(url('/timeline/'));
  await page.getByRole('link', { name: 'Keir Starmer' }).first().click();
  await page.waitForURL(/\/quotes\/starmer-/);
  expect(errors).toEqual([]);
  await close();
});

test('every quote page names and links its speaker', async () => {
  const { page, close } = await chromium.open('/');
  for (const quote of quotes) {
    await page.goto(url(`/quotes/${quote.id}/`));
    const speakerLink = page.locator(`main a[href="/actors/${quote.speaker}/"]`).first();
    await expect(speakerLink.textContent(), quote.id).resolves.toBe(actorName(quote.speaker));
  }
  await close();
});

test('every commitment has its own page and an anchor on each party’s page', async () => {
  const { page, close } = await chromium.open('/');
  for (const commitment of commitments) {
    const response = await page.goto(url(`/commitments/${commitment.id}/`));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(commitment.title);
    for (const party of commitment.parties) {
      await page.goto(url(`/countries/${party}/`));
      const anchored = page.locator(`[id="${commitment.id}"]`);
      await expect(anchored.count(), `${commitment.id} on /countries/${party}/`).resolves.toBe(1);
      await expect(anchored.getByRole('link', { name: `/commitments/${commitment.id}/` }).count()).resolves.toBe(1);
    }
  }
  await close();
});

test('a country alias redirects to the canonical page', async () => {
  const { page, close } = await chromium.open('/countries/uk/');
  await page.waitForURL(url('/countries/gb/'));
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('United Kingdom');
  await close();
});

test('the copy-link button copies the canonical URL without reloading', async () => {
  const { page, close } = await chromium.open('/commitments/uk-france-military-hubs/');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const canonical = await page.locator('#canonical-url').textContent();
  expect(canonical).toMatch(/\/commitments\/uk-france-military-hubs\/$/);
  await page.evaluate(() => ((window as { marker?: number }).marker = 1));
  await page.getByRole('button', { name: 'Copy link' }).click();
  // The status is set once the clipboard write resolves, after the click returns.
  await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Link copied.');
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(canonical);
  await expect(page.evaluate(() => (window as { marker?: number }).marker)).resolves.toBe(1);
  await close();
});

test('every page has a title, description and canonical link', async () => {
  const { page, close } = await chromium.open('/');
  for (const path of ['/', '/timeline/', '/quotes/', '/actors/', '/countries/', '/commitments/', '/quotes/starmer-hardest-yards/', '/actors/keir-starmer/', '/countries/gb/', '/commitments/uk-france-military-hubs/', '/articles/paris-summit-security-guarantees/']) {
    await page.goto(url(path));
    await expect(page.title()).resolves.toMatch(/Summit Tracker/);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBeTruthy();
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(new RegExp(`${path}$`));
  }
  await close();
});

test('the pages read without JavaScript', async () => {
  const { page, close } = await chromium.open('/commitments/uk-france-military-hubs/', { javaScript: false });
  await expect(page.locator('#canonical-url').isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
  await expect(page.locator('.quote-card').count()).resolves.toBe(1);
  await close();
});
