/**
 * The Paris coverage against its source report: every direct quote in the report is on the
 * article page verbatim, and every direct quote we publish stands in the report word for word
 * (after undoing the corrections of the source the article records), near its speaker's name;
 * every passage we cite as evidence, in any commitment or update, stands in it word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { evidencePassages } from '../../src/schemas/evidence.ts';

const REPORT = readFileSync(join(process.cwd(), '../shared/sources/2026-01-06-paris-summit-report.txt'), 'utf8');
const ARTICLE_FILE = 'content/articles/2026/paris-summit-security-guarantees.md';
const page = parse(readFileSync('dist/articles/paris-summit-security-guarantees/index.html', 'utf8'));
const pageText = page.textContent.replace(/\s+/g, ' ');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const { content } = validateContent(await readContent(process.cwd()));
const article = content.articles.find((entry) => entry.file === ARTICLE_FILE);
if (!article) throw new Error(`${ARTICLE_FILE} is missing or invalid`);

/** Direct quotes the report prints between curly quotation marks. */
const reportQuotes = [...REPORT.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '');

describe('the source report', () => {
  test('has the quotes we expect to check', () => {
    expect(reportQuotes.length).toBeGreaterThanOrEqual(10);
  });

  test.each(reportQuotes)('“%s” is on the article page, verbatim', (quote) => {
    // Headlines capitalise a quoted phrase ("Unprecedented Unity"): compare those without case.
    const found = pageText.includes(normalise(quote)) || pageText.toLowerCase().includes(normalise(quote).toLowerCase());
    expect(found).toBe(true);
  });
});

describe('our direct quotes', () => {
  const direct = article.data.quotes.filter((quote) => quote.kind === 'direct');
  const undoCorrections = (text: string) =>
    article.data.corrections
      .filter((correction) => correction.printed_by === 'source')
      .reduce((out, { printed, corrected }) => out.replace(corrected, printed), text);

  test.each(direct.map((quote) => [quote.id, quote] as const))('%s stands in the report word for word', (_id, quote) => {
    const printed = normalise(undoCorrections(quote.text));
    expect(normalise(REPORT)).toContain(printed);
    if (quote.translation) expect(normalise(REPORT)).toContain(normalise(quote.translation));
  });

  test.each(direct.map((quote) => [quote.id, quote] as const))('%s is attributed to the speaker the report names', (_id, quote) => {
    const speaker = content.actors.find((actor) => actor.id === quote.speaker);
    expect(speaker).toBeDefined();
    const names = [speaker?.data.name ?? '', ...(speaker?.data.aliases ?? [])].flatMap((name) => [name, name.split(' ').at(-1) ?? name]);
    const firstLine = undoCorrections(quote.text).split('\n')[0] ?? '';
    const lines = REPORT.split('\n');
    const at = lines.findIndex((line) => line.includes(firstLine.slice(0, 60)));
    expect(at).toBeGreaterThanOrEqual(0);
    // The name stands in the quote's own paragraph or in the attribution line under an embedded post.
    const around = lines.slice(at, at + 4).join('\n');
    expect(names.some((name) => name && around.includes(name))).toBe(true);
  });

  test('every quote shows its source on the article page', () => {
    const cards = page.querySelectorAll('.quote-card');
    expect(cards.length).toBe(article.data.quotes.length);
    for (const card of cards) expect(card.textContent).toContain('Source:');
  });
});

describe('evidence passages', () => {
  // Every passage any commitment or update of any article cites, not only the Paris article's.
  const cited = content.articles.flatMap(({ data }) => [
    ...data.commitments.map(({ id, evidence }) => [id, evidence] as const),
    ...data.updates.map(({ commitment, at, evidence }) => [`${commitment} (update of ${at})`, evidence ?? []] as const),
  ]);
  const passages = cited.flatMap(([id, evidence]) => evidencePassages(evidence).map((passage) => [id, passage] as const));

  test('the content cites at least one', () => {
    expect(passages.length).toBeGreaterThan(0);
  });

  test.each(passages)('%s: the passage stands in the report word for word', (_id, passage) => {
    // The report is the only source whose text we hold; a passage of another source cannot be checked.
    expect(passage.source).toBe('report');
    expect(REPORT).toContain(passage.says);
  });
});
