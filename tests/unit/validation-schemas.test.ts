/**
 * The Zod schemas on their own: each field type, valid and invalid, the defaults, and that
 * unknown fields are refused. Whole-file messages are tested in validation-content.test.ts.
 */
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { commitmentSchema, DOMAINS, STATUSES } from '../../src/schemas/commitment.ts';
import { httpUrl, id, isoDate, isRealDateText, langTag, text } from '../../src/schemas/common.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { quoteSchema } from '../../src/schemas/quote.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { formatPath } from '../../src/lib/validation/problems.ts';

/** `[path, message]` for every issue, or `[]` when the input is valid. */
function issues(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [formatPath(issue.path), issue.message]);
}

/** The parsed output; fails the test when the input is refused. */
function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`expected valid input, got: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

const ID_MESSAGE = 'is not a valid id; use lowercase letters and digits joined by single hyphens, e.g. "keir-starmer"';
const DATE_MESSAGE =
  'is not a real date; write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known';
const URL_MESSAGE = 'must be a full http(s) link such as https://example.org/page; leave it out if the source gives none';

const quote = { id: 'starmer-progress', speaker: 'keir-starmer', text: 'excellent progress', said: '2026-01-06' };
const commitment = {
  id: 'uk-france-hubs',
  parties: ['gb', 'fr'],
  title: 'Military hubs',
  summary: 'Hubs across Ukraine after a ceasefire.',
  domains: ['land'],
  status: 'conditional',
  evidence: ['starmer-progress'],
};
const article = {
  title: 'Paris summit',
  summary: 'Allies set out guarantees.',
  published: '2026-01-07',
  sources: [{ title: 'Report on the Paris summit' }],
};

describe('id', () => {
  test.each(['gb', 'keir-starmer', 'paris-summit-2026-01-06', 'q1', '2026'])('accepts %j', (value) => {
    expect(issues(id, value)).toEqual([]);
  });

  test.each(['Keir-Starmer', 'keir_starmer', 'keir--starmer', '-keir', 'keir-', 'keir starmer', 'kéir', ''])(
    'refuses %j',
    (value) => {
      expect(issues(id, value)).toEqual([['', ID_MESSAGE]]);
    },
  );

  test('refuses a number', () => {
    expect(issues(id, 12)).toEqual([['', 'must be an id (text such as "keir-starmer")']]);
  });
});

describe('isoDate', () => {
  test.each([
    '2026-01-06',
    '2024-02-29',
    '2026-12-31',
    '2026-01-06T18:30:00+01:00',
    '2026-01-06T18:30+01:00',
    '2026-01-06T18:30:00Z',
    '2026-01-06T18:30:00.250-05:00',
    '2026-01-06T23:59:59+14:00',
    '2026-01-06T00:00:00-12:00',
  ])('accepts %j and keeps the text as written', (value) => {
    expect(parse(isoDate, value)).toBe(value);
  });

  test.each([
    ['2026-13-45', 'month 13, day 45'],
    ['2026-02-30', 'no 30 February'],
    ['2025-02-29', 'not a leap year'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-00-10', 'month 0'],
    ['2026-1-6', 'month and day need two digits'],
    ['06/01/2026', 'not ISO'],
    ['6 January 2026', 'words'],
    ['2026-01-06T18:30:00', 'date-time without its offset'],
    ['2026-01-06T18:30', 'date-time without its offset'],
    ['2026-01-06 18:30:00+01:00', 'space instead of T'],
    ['2026-01-06T25:00:00+01:00', 'hour 25'],
    ['2026-01-06T24:00:00+01:00', 'hour 24'],
    ['2026-01-06T18:60:00+01:00', 'minute 60'],
    ['2026-01-06T18:30:61+01:00', 'second 61'],
    ['2026-01-06T18:30:00+25:00', 'offset beyond +14:00'],
    ['2026-01-06T18:30:00+99:00', 'offset beyond +14:00'],
    ['2026-01-06T18:30:00+01:99', 'offset minute 99'],
    ['', 'empty'],
  ])('refuses %j (%s)', (value) => {
    expect(isRealDateText(value)).toBe(false);
    expect(issues(isoDate, value)).toEqual([['', DATE_MESSAGE]]);
  });

  test('refuses what is neither text nor a date', () => {
    expect(issues(isoDate, 2026)).toEqual([['', 'must be a date such as 2026-01-06']]);
  });

  test('turns a YAML Date back into the date text, without inventing a time', () => {
    expect(parse(isoDate, new Date('2026-01-06T00:00:00Z'))).toBe('2026-01-06');
    expect(parse(isoDate, new Date('2026-01-06T17:30:00Z'))).toBe('2026-01-06T17:30:00Z');
  });
});

describe('httpUrl', () => {
  test.each(['https://example.org', 'http://example.org/a?b=c#d', 'https://www.elysee.fr/en/emmanuel-macron'])(
    'accepts %j',
    (value) => {
      expect(parse(httpUrl, value)).toBe(value);
    },
  );

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'file:///etc/passwd',
    'mailto:press@example.org',
    'example.org',
    '//example.org/page',
    '/articles/paris/',
    'https://',
    'http:example.org',
  ])('refuses %j', (value) => {
    expect(issues(httpUrl, value)).toEqual([['', URL_MESSAGE]]);
  });
});

describe('langTag and text', () => {
  test.each(['en', 'fr', 'uk', 'en-GB', 'zh-Hant', 'yue'])('accepts the language tag %j', (value) => {
    expect(issues(langTag, value)).toEqual([]);
  });

  test.each(['EN', 'french', 'f', 'en_GB', ''])('refuses the language tag %j', (value) => {
    expect(issues(langTag, value)).toEqual([['', 'is not a language tag; use a BCP 47 tag such as "en", "fr" or "uk"']]);
  });

  test('text is trimmed and must not be empty', () => {
    expect(parse(text, '  Keir Starmer ')).toBe('Keir Starmer');
    expect(issues(text, '   ')).toEqual([['', 'must not be empty']]);
    expect(issues(text, 3)).toEqual([['', 'must be text']]);
  });
});

describe('actorSchema', () => {
  test('accepts a full actor and fills the defaults', () => {
    // toMatchObject: new optional fields with their own defaults may be added to the schema.
    expect(parse(actorSchema, { name: 'Keir Starmer', role: 'Prime Minister', country: 'gb' })).toMatchObject({
      name: 'Keir Starmer',
      role: 'Prime Minister',
      country: 'gb',
      aliases: [],
      links: [],
    });
    expect(
      parse(actorSchema, {
        name: 'Keir Starmer',
        role: 'Prime Minister',
        country: 'gb',
        aliases: ['Kier Starmer'],
        wikidata: 'Q6279',
        links: [{ title: 'GOV.UK', url: 'https://www.gov.uk/government/people/keir-starmer' }],
      }).wikidata,
    ).toBe('Q6279');
  });

  test('refuses missing and mistyped fields', () => {
    expect(issues(actorSchema, { name: 'Keir Starmer' })).toEqual([
      ['role', 'must be text'],
      ['country', 'must be an id (text such as "keir-starmer")'],
    ]);
    expect(issues(actorSchema, { name: 'Keir Starmer', role: 'PM', country: 'GB', wikidata: 'Q06279' })).toEqual([
      ['country', ID_MESSAGE],
      ['wikidata', 'is not a Wikidata id; write it as Q followed by digits, e.g. Q42'],
    ]);
  });

  test('refuses a link that is not http(s)', () => {
    expect(
      issues(actorSchema, { name: 'A', role: 'B', country: 'gb', links: [{ title: 'x', url: 'javascript:alert(1)' }] }),
    ).toEqual([['links[0].url', URL_MESSAGE]]);
  });

  test('refuses unknown fields', () => {
    expect(issues(actorSchema, { name: 'A', role: 'B', country: 'gb', twitter: '@a' })).toEqual([
      ['', 'Unrecognized key: "twitter"'],
    ]);
  });
});

describe('countrySchema', () => {
  test('accepts a country and an organisation, with defaults', () => {
    expect(parse(countrySchema, { name: 'United Kingdom', kind: 'country', aliases: ['uk'] })).toMatchObject({
      name: 'United Kingdom',
      kind: 'country',
      aliases: ['uk'],
      members: [],
    });
    expect(parse(countrySchema, { name: 'NATO', kind: 'organization', members: ['gb', 'fr'] }).members).toEqual(['gb', 'fr']);
  });

  test('refuses a wrong kind, a malformed alias and unknown fields', () => {
    expect(issues(countrySchema, { name: 'UK', kind: 'state', aliases: ['U.K.'], capital: 'London' })).toEqual([
      ['kind', 'must be "country" or "organization"'],
      ['aliases[0]', ID_MESSAGE],
      ['', 'Unrecognized key: "capital"'],
    ]);
  });
});

describe('quoteSchema', () => {
  test('fills the defaults: lang en, kind direct, dated_by statement', () => {
    const parsed = parse(quoteSchema, quote);
    expect(parsed).toMatchObject({ ...quote, lang: 'en', kind: 'direct', dated_by: 'statement' });
    expect(parsed).not.toHaveProperty('translation');
    expect(parsed).not.toHaveProperty('source');
  });

  test('accepts every optional field', () => {
    const full = {
      ...quote,
      lang: 'fr',
      text: 'Une unité sans précédent.',
      translation: 'An unprecedented unity.',
      translated_by: 'source',
      said: '2026-01-06T18:30:00+01:00',
      kind: 'reported',
      dated_by: 'report',
      source: 'https://x.com/EmmanuelMacron/status/1',
      via: 'macron-post',
      context: 'His post after the meeting.',
    };
    expect(parse(quoteSchema, full)).toMatchObject(full);
  });

  test('refuses a non-English quote without a translation, on the path "translation"', () => {
    expect(issues(quoteSchema, { ...quote, lang: 'fr' })).toEqual([
      ['translation', 'is missing for a quote in "fr"; add an English translation of the text'],
    ]);
    // A blank translation is both empty and, after trimming, missing.
    expect(issues(quoteSchema, { ...quote, lang: 'uk', translation: '  ' })).toEqual([
      ['translation', 'must not be empty'],
      ['translation', 'is missing for a quote in "uk"; add an English translation of the text'],
    ]);
  });

  test('English variants need no translation, other languages starting with "en" do', () => {
    expect(issues(quoteSchema, { ...quote, lang: 'en-GB' })).toEqual([]);
    expect(issues(quoteSchema, { ...quote, lang: 'enm' })).toEqual([
      ['translation', 'is missing for a quote in "enm"; add an English translation of the text'],
    ]);
  });

  test('refuses wrong enums, dates, urls and ids', () => {
    expect(
      issues(quoteSchema, {
        ...quote,
        speaker: 'Keir Starmer',
        kind: 'indirect',
        dated_by: 'guess',
        said: '2026-01-06T18:30:00',
        source: 'javascript:alert(1)',
      }),
    ).toEqual([
      ['speaker', ID_MESSAGE],
      ['said', DATE_MESSAGE],
      ['dated_by', 'must be "statement" or "report"'],
      ['kind', 'must be "direct" or "reported"'],
      ['source', URL_MESSAGE],
    ]);
  });

  test('refuses empty and missing text, and unknown fields', () => {
    expect(issues(quoteSchema, { ...quote, text: ' ' })).toEqual([['text', 'must not be empty']]);
    const { text: _text, ...withoutText } = quote;
    expect(issues(quoteSchema, withoutText)).toEqual([['text', 'must be the quoted text']]);
    expect(issues(quoteSchema, { ...quote, speeker: 'keir-starmer' })).toEqual([['', 'Unrecognized key: "speeker"']]);
  });
});

describe('commitmentSchema', () => {
  test('accepts a commitment and defaults history to []', () => {
    expect(parse(commitmentSchema, commitment)).toMatchObject({ ...commitment, history: [] });
  });

  test('accepts every domain and status', () => {
    expect(issues(commitmentSchema, { ...commitment, domains: [...DOMAINS] })).toEqual([]);
    for (const status of STATUSES) expect(issues(commitmentSchema, { ...commitment, status })).toEqual([]);
  });

  test('accepts a dated history with optional notes', () => {
    const history = [
      { at: '2026-01-06', status: 'conditional' },
      { at: '2026-03-01T09:00:00+01:00', status: 'in-progress', note: 'Work started.' },
    ];
    expect(parse(commitmentSchema, { ...commitment, history }).history).toEqual(history);
  });

  test('refuses empty lists, unknown domains and statuses', () => {
    expect(
      issues(commitmentSchema, { ...commitment, parties: [], domains: ['space'], status: 'promised', evidence: [] }),
    ).toEqual([
      ['parties', 'needs at least one country id; add who committed'],
      ['domains[0]', `must be one of: ${DOMAINS.join(', ')}`],
      ['status', `must be one of: ${STATUSES.join(', ')}`],
      ['evidence', 'needs at least one quote id or source passage; add what supports it'],
    ]);
  });

  test('refuses an impossible history date and unknown fields', () => {
    expect(
      issues(commitmentSchema, { ...commitment, history: [{ at: '2026-02-30', status: 'pledged', by: 'x' }] }),
    ).toEqual([
      ['history[0].at', DATE_MESSAGE],
      ['history[0]', 'Unrecognized key: "by"'],
    ]);
  });
});

describe('eventSchema, sourceSchema and correctionSchema', () => {
  test('event: defaults actors to [] and checks its fields', () => {
    expect(parse(eventSchema, { id: 'paris-meeting', at: '2026-01-06', title: 'Leaders meet' })).toMatchObject({
      id: 'paris-meeting',
      at: '2026-01-06',
      title: 'Leaders meet',
      actors: [],
    });
    expect(issues(eventSchema, { id: 'Paris', at: '2026-1-6', title: '', actors: ['Keir'] })).toEqual([
      ['id', ID_MESSAGE],
      ['at', DATE_MESSAGE],
      ['title', 'must not be empty'],
      ['actors[0]', ID_MESSAGE],
    ]);
  });

  test('source: only the title is required; url is http(s) only', () => {
    expect(issues(sourceSchema, { title: 'Report' })).toEqual([]);
    expect(
      issues(sourceSchema, {
        id: 'report',
        title: 'Report',
        publisher: 'Élysée',
        url: 'https://www.elysee.fr/',
        published: '2026-01-06',
        note: 'In French.',
      }),
    ).toEqual([]);
    expect(issues(sourceSchema, { title: 'Report', url: 'data:text/plain,hi', published: '2026-13-45' })).toEqual([
      ['url', URL_MESSAGE],
      ['published', DATE_MESSAGE],
    ]);
  });

  test('correction: printed and corrected are required', () => {
    expect(issues(correctionSchema, { printed: 'Kier', corrected: 'Keir' })).toEqual([]);
    expect(issues(correctionSchema, { printed: 'Kier', fixed: 'Keir' })).toEqual([
      ['corrected', 'must be text'],
      ['', 'Unrecognized key: "fixed"'],
    ]);
  });
});

describe('articleSchema', () => {
  test('accepts a minimal article and fills the defaults', () => {
    expect(parse(articleSchema, article)).toMatchObject({
      ...article,
      actors: [],
      quotes: [],
      commitments: [],
      events: [],
      corrections: [],
    });
  });

  test('fills the defaults of nested quotes', () => {
    expect(parse(articleSchema, { ...article, quotes: [quote] }).quotes[0]).toMatchObject({
      lang: 'en',
      kind: 'direct',
      dated_by: 'statement',
    });
  });

  test('refuses an article with no source', () => {
    expect(issues(articleSchema, { ...article, sources: [] })).toEqual([
      ['sources', 'needs at least one source; add the report the article is based on'],
    ]);
    const { sources: _sources, ...withoutSources } = article;
    expect(issues(articleSchema, withoutSources)).toHaveLength(1);
    expect(issues(articleSchema, withoutSources)[0]?.[0]).toBe('sources');
  });

  test('refuses unknown fields at every level', () => {
    expect(
      issues(articleSchema, {
        ...article,
        author: 'me',
        event: { name: 'Summit', date: '2026-01-06', location: 'Paris', city: 'Paris' },
        sources: [{ title: 'Report', link: 'https://example.org' }],
      }),
    ).toEqual([
      ['event', 'Unrecognized key: "city"'],
      ['sources[0]', 'Unrecognized key: "link"'],
      ['', 'Unrecognized key: "author"'],
    ]);
  });

  test('reports problems in nested quotes and commitments with their index', () => {
    expect(
      issues(articleSchema, {
        ...article,
        published: '2026-01-06T18:30:00',
        updated: '2026-02-30',
        quotes: [quote, { ...quote, id: 'q2', lang: 'uk' }],
        commitments: [{ ...commitment, status: 'done' }],
      }),
    ).toEqual([
      ['published', DATE_MESSAGE],
      ['updated', DATE_MESSAGE],
      ['quotes[1].translation', 'is missing for a quote in "uk"; add an English translation of the text'],
      ['commitments[0].status', `must be one of: ${STATUSES.join(', ')}`],
    ]);
  });
});
