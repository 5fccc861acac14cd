/** "Cite this" text: who, what, when, where, and the permanent link. */
import { expect, test } from 'vitest';
import { commitmentCitation, quoteCitation } from '../../src/lib/citation.ts';
import { SITE_URL, smallSite } from './fixtures/small-site.ts';

const site = smallSite();

test('a quote: speaker, words, translation, date, publication and permalink', () => {
  const record = site.quoteById.get('macron-unity');
  if (!record) throw new Error('fixture has the quote');
  expect(quoteCitation(record, site, SITE_URL)).toBe(
    'Emmanuel Macron, “Une unité sans précédent </script><!--” (English: “An unprecedented unity”). Reported 6 January 2026. Summit Tracker, published 7 January 2026. https://tracker.test/quotes/macron-unity/',
  );
});

test('a commitment: parties, title, current status with its date and condition, publication and the change-log entry', () => {
  const record = site.commitmentById.get('uk-france-hubs');
  if (!record) throw new Error('fixture has the commitment');
  expect(commitmentCitation(record, site, SITE_URL)).toBe(
    'United Kingdom and France, “Military hubs” (commitment; status: Conditional as of 1 February 2026, on a ceasefire). Summit Tracker, published 7 January 2026. https://tracker.test/commitments/uk-france-hubs/#change-2026-02-01-conditional',
  );
});

test('reported speech that ends its own sentence gets no second full stop', () => {
  const record = site.quoteById.get('macron-unity');
  if (!record) throw new Error('fixture has the quote');
  const { translation: _, ...quote } = record.quote;
  const reported = { ...record, quote: { ...quote, kind: 'reported' as const, lang: 'en', text: 'The unity was without precedent.' } };
  expect(quoteCitation(reported, site, SITE_URL)).toBe(
    'Emmanuel Macron, (reported) The unity was without precedent. Reported 6 January 2026. Summit Tracker, published 7 January 2026. https://tracker.test/quotes/macron-unity/',
  );
});
