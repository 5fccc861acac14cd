/**
 * Editorial standards on the built site: the methodology and corrections pages are linked from
 * every page, status badges lead to their definitions, translations say who made them, and a
 * misspelling kept for search is never published as a name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { STATUSES } from '../../src/schemas/commitment.ts';

const DIST = 'dist';
const read = (page: string) => parse(readFileSync(join(DIST, page), 'utf8'));
const pages = await glob('**/*.html', { cwd: DIST, ignore: ['admin/**'] });
/** Redirect pages carry a meta refresh and nothing else to read. */
const readingPages = pages.filter((page) => !read(page).querySelector('meta[http-equiv="refresh"]'));
const { content } = validateContent(await readContent(process.cwd()));
const misspellings = content.actors.flatMap((actor) => actor.data.misspellings);

describe('every reading page', () => {
  test('there are many to check', () => {
    expect(readingPages.length).toBeGreaterThan(40);
  });

  test('links the methodology and the corrections in its footer', () => {
    const missing = readingPages.filter((page) => {
      const footer = read(page).querySelector('footer');
      const links = footer?.querySelectorAll('a').map((link) => link.getAttribute('href')) ?? [];
      return !links.includes('/methodology/') || !links.includes('/corrections/');
    });
    expect(missing).toEqual([]);
  });

  test('publishes no misspelling as a name in its JSON-LD', () => {
    expect(misspellings).toContain('Kier Starmer');
    for (const page of readingPages) {
      for (const script of read(page).querySelectorAll('script[type="application/ld+json"]')) {
        for (const misspelling of misspellings) expect(script.textContent, page).not.toContain(misspelling);
      }
    }
  });
});

describe('statuses', () => {
  const methodology = read('methodology/index.html');

  test('the methodology defines every status at its anchor', () => {
    for (const status of STATUSES) {
      const definition = methodology.querySelector(`#status-${status}`);
      expect(definition?.querySelector('dd')?.textContent.trim().length, status).toBeGreaterThan(20);
    }
  });

  test('every badge links to its status definition', () => {
    const badges = readingPages.flatMap((page) => read(page).querySelectorAll('.status'));
    expect(badges.length).toBeGreaterThan(20);
    for (const badge of badges) {
      const status = STATUSES.find((candidate) => badge.classList.contains(`status-${candidate}`));
      expect(badge.tagName).toBe('A');
      expect(badge.getAttribute('href')).toBe(`/methodology/#status-${status}`);
    }
  });
});

describe('corrections', () => {
  const page = read('corrections/index.html');
  const entries = page.querySelectorAll('.correction-list > li');

  test('lists every correction of every article, newest first, each with its article', () => {
    const total = content.articles.reduce((sum, article) => sum + article.data.corrections.length, 0);
    expect(entries.length).toBe(total);
    const dates = entries.map((entry) => entry.querySelector('time')?.getAttribute('datetime') ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const entry of entries) expect(entry.querySelector('a[href^="/articles/"]')).not.toBeNull();
  });

  test('a removed commitment\'s old URL leads to its correction', () => {
    const redirect = read('commitments/eu-joint-statement/index.html');
    const target = redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    const anchor = /#(.+)$/.exec(target)?.[1];
    expect(target).toContain('/corrections/#');
    expect(page.querySelector(`#${anchor}`)?.textContent).toContain('Removed from the commitments we track');
  });
});

test('a translated quote says who made the translation', () => {
  const quote = read('quotes/macron-unprecedented-unity/index.html');
  expect(quote.querySelector('.translation-by')?.textContent).toContain('as published by the source we quote from');
});

test('evidence from the report\'s own narration is shown as such', () => {
  const commitment = read('commitments/coalition-defence-cooperation/index.html');
  expect(commitment.querySelector('.source-passage')?.textContent).toContain('The report says:');
  expect(commitment.querySelector('.source-passage')?.textContent).toContain('The summit set a framework for long-term defence cooperation');
});
