/**
 * The build is atomic: a content mistake (or any failing build step) stops `npm run build` with a
 * message naming the file and the field, and leaves the last good `dist/` byte for byte as it was.
 *
 * Works on a copy of the project in a temporary folder (node_modules is symlinked), builds it once,
 * then breaks one thing at a time, rebuilds and restores.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/validation/read-content.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { createTempProject, type TempProject } from '../support/temp-project.ts';

const BUILD_TIMEOUT = 240_000;

/** Path → sha256 of every file under `dir`. */
async function hashTree(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return hashes;
}

/** Replaces text that must be there exactly once, so that a broken fixture cannot pass unnoticed. */
function edit(source: string, from: string, to: string): string {
  const at = source.indexOf(from);
  if (at === -1 || source.indexOf(from, at + 1) !== -1) throw new Error(`expected ${JSON.stringify(from)} once`);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

/** Sorts after every real article folder, so that real ids are always declared first. */
const NEW_ARTICLE = 'content/articles/zz-build-test/build-test-article.md';

let project: TempProject;
let work = '';
let distHashes: Record<string, string> = {};
/** Ids taken from the real content, so that the test follows the content as it grows. */
let actor = '';
let country = '';
let realQuote = { id: '', file: '', index: 0 };
let countryFile = '';

function newArticle(): string {
  return `---
title: Build test article
summary: An article written by the build test.
published: 2026-01-08
sources:
  - id: report
    title: Build test report
    url: https://example.org/build-test
actors: [${actor}]
quotes:
  - id: build-test-quote
    speaker: ${actor}
    text: Words said for the build test.
    said: 2026-01-08
    via: report
commitments:
  - id: build-test-commitment
    parties: [${country}]
    title: Build test commitment
    summary: A commitment written by the build test.
    domains: [coordination]
    status: proposed
    evidence: [build-test-quote]
---

Body of the build test article.
`;
}

/** Writes the given files into the copy, runs `fn`, then puts every file back as it was. */
async function withFiles<T>(files: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const originals = new Map<string, string | undefined>();
  for (const [file, text] of Object.entries(files)) {
    const path = join(work, file);
    originals.set(path, existsSync(path) ? await readFile(path, 'utf8') : undefined);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  try {
    return await fn();
  } finally {
    for (const [path, text] of originals) {
      if (text === undefined) await rm(path, { force: true });
      else await writeFile(path, text);
    }
  }
}

/** The build must fail, print `expected`, and leave dist/ exactly as the first build made it. */
async function expectFailedBuild(files: Record<string, string>, expected: (string | RegExp)[]): Promise<void> {
  const run = await withFiles(files, () => project.run('build'));
  expect(run.code, run.output).not.toBe(0);
  for (const line of expected) {
    if (typeof line === 'string') expect(run.lines, run.output).toContain(line);
    else expect(run.lines.some((printed) => line.test(printed)), `${String(line)} in:\n${run.output}`).toBe(true);
  }
  expect(run.output).toContain('The previous dist/ was left as it was.');
  expect(await hashTree(join(work, 'dist'))).toEqual(distHashes);
  expect(existsSync(join(work, '.dist-staging'))).toBe(false);
  // Only a published build retires the previous site (and the copy was built once, fresh).
  expect(existsSync(join(work, '.dist-retired'))).toBe(false);
}

beforeAll(async () => {
  project = await createTempProject({ content: 'copy' });
  work = project.dir;

  const { problems, content } = validateContent(await readContent(work));
  expect(problems).toEqual([]);
  const firstActor = content.actors[0];
  const firstCountry = content.countries[0];
  const quoted = content.articles.find((article) => article.data.quotes.length > 0);
  if (!firstActor || !firstCountry || !quoted?.data.quotes[0]) throw new Error('the real content has no actor, country or quote');
  actor = firstActor.id;
  country = firstCountry.id;
  countryFile = firstCountry.file;
  realQuote = { id: quoted.data.quotes[0].id, file: quoted.file, index: 0 };

  // The new article is valid on its own, so each case below fails for its one mistake only.
  await withFiles({ [NEW_ARTICLE]: newArticle() }, async () => {
    expect(validateContent(await readContent(work)).problems).toEqual([]);
  });

  const first = await project.run('build');
  expect(first.code, first.output).toBe(0);
  distHashes = await hashTree(join(work, 'dist'));
}, BUILD_TIMEOUT);

afterAll(() => project?.cleanup());

describe('a failed build leaves dist/ untouched', () => {
  test('the first build produced a site', () => {
    const files = Object.keys(distHashes);
    expect(files).toContain('index.html');
    expect(files.some((file) => /^articles\/[^/]+\/index\.html$/.test(file))).toBe(true);
    expect(files.some((file) => /^quotes\/[^/]+\/index\.html$/.test(file))).toBe(true);
  });

  test('missing field', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild({ [NEW_ARTICLE]: edit(newArticle(), 'summary: An article written by the build test.\n', '') }, [
      `${NEW_ARTICLE}: summary: is missing; add it (README.md lists every field)`,
    ]);
  });

  test('unknown speaker', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild(
      { [NEW_ARTICLE]: edit(newArticle(), `    speaker: ${actor}`, '    speaker: nobody-known-to-the-site') },
      [/^content\/articles\/zz-build-test\/build-test-article\.md: quotes\[0\]\.speaker: is not a known actor id \("nobody-known-to-the-site"\); .*add content\/actors\/nobody-known-to-the-site\.yaml$/],
    );
  });

  test('duplicate quote id across files', { timeout: BUILD_TIMEOUT }, async () => {
    let article = edit(newArticle(), '  - id: build-test-quote', `  - id: ${realQuote.id}`);
    article = edit(article, 'evidence: [build-test-quote]', `evidence: [${realQuote.id}]`);
    await expectFailedBuild({ [NEW_ARTICLE]: article }, [
      `${NEW_ARTICLE}: quotes[0].id: duplicates the quote id already used at ${realQuote.file} quotes[${realQuote.index}] ("${realQuote.id}"); give this one a new id (ids are never reused)`,
    ]);
  });

  test('impossible date', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild({ [NEW_ARTICLE]: edit(newArticle(), '    said: 2026-01-08', '    said: 2026-02-30') }, [
      `${NEW_ARTICLE}: quotes[0].said: is not a real date ("2026-02-30"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
    ]);
  });

  test('javascript: URL', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild(
      { [NEW_ARTICLE]: edit(newArticle(), 'url: https://example.org/build-test', 'url: javascript:alert(1)') },
      [
        `${NEW_ARTICLE}: sources[0].url: must be a full http(s) link such as https://example.org/page ("javascript:alert(1)"); leave it out if the source gives none`,
      ],
    );
  });

  test('non-English quote without translation', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild(
      { [NEW_ARTICLE]: edit(newArticle(), '    text: Words said for the build test.', '    lang: fr\n    text: Des mots.') },
      [`${NEW_ARTICLE}: quotes[0].translation: is missing for a quote in "fr"; add an English translation of the text`],
    );
  });

  test('malformed YAML in a YAML file (duplicate key)', { timeout: BUILD_TIMEOUT }, async () => {
    const original = await readFile(join(work, countryFile), 'utf8');
    const text = original.endsWith('\n') ? original : `${original}\n`;
    const line = text.split('\n').length;
    await expectFailedBuild({ [countryFile]: `${text}name: Again\n` }, [
      `${countryFile}: is not valid YAML at line ${line}: the key "name" appears twice (first at line ${text.split('\n').findIndex((row) => row.startsWith('name:')) + 1}); keep one of them`,
    ]);
  });

  test('malformed YAML in an article frontmatter (bad indentation)', { timeout: BUILD_TIMEOUT }, async () => {
    // "    title: Build test report" is line 7 of the file; one more space breaks the mapping.
    await expectFailedBuild(
      { [NEW_ARTICLE]: edit(newArticle(), '    title: Build test report', '     title: Build test report') },
      [
        `${NEW_ARTICLE}: is not valid YAML at line 7: bad indentation of a mapping entry; fix the YAML syntax (indentation, quotes, a colon after each field name)`,
      ],
    );
  });

  test('article with no sources', { timeout: BUILD_TIMEOUT }, async () => {
    let article = edit(
      newArticle(),
      'sources:\n  - id: report\n    title: Build test report\n    url: https://example.org/build-test\n',
      'sources: []\n',
    );
    article = edit(article, '    via: report\n', '');
    await expectFailedBuild({ [NEW_ARTICLE]: article }, [
      `${NEW_ARTICLE}: sources: needs at least one source ([]); add the report the article is based on`,
    ]);
  });

  test('unknown country in parties', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild({ [NEW_ARTICLE]: edit(newArticle(), `parties: [${country}]`, 'parties: [zz-nowhere]') }, [
      /^content\/articles\/zz-build-test\/build-test-article\.md: commitments\[0\]\.parties\[0\]: is not a known country id \("zz-nowhere"\); .*add content\/countries\/zz-nowhere\.yaml$/,
    ]);
  });

  test('mistyped field (a status that does not exist)', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild({ [NEW_ARTICLE]: edit(newArticle(), '    status: proposed', '    status: promised') }, [
      /^content\/articles\/zz-build-test\/build-test-article\.md: commitments\[0\]\.status: must be one of: proposed, .* \("promised"\)$/,
    ]);
  });

  test('missing field in an actor and mistyped field in a country', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild(
      {
        'content/actors/build-test-actor.yaml': `name: Build Test Actor\ncountry: ${country}\n`,
        'content/countries/build-test-country.yaml': 'name: Build Test Country\nkind: state\n',
      },
      [
        'content/actors/build-test-actor.yaml: role: is missing; add it (README.md lists every field)',
        /^content\/countries\/build-test-country\.yaml: kind: must be "country" or "organization" \("state"\)/,
      ],
    );
  });

  test('unknown quote id in evidence', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild({ [NEW_ARTICLE]: edit(newArticle(), 'evidence: [build-test-quote]', 'evidence: [no-such-quote]') }, [
      /^content\/articles\/zz-build-test\/build-test-article\.md: commitments\[0\]\.evidence\[0\]: is not a known quote id \("no-such-quote"\)/,
    ]);
  });

  describe('a bad update of a commitment', () => {
    /** The new article, moving its own commitment (first reported on its publication day, 2026-01-08). */
    const withUpdate = (fields: { commitment?: string; at?: string; status?: string; evidence?: string }) =>
      edit(
        newArticle(),
        '    evidence: [build-test-quote]\n---',
        `    evidence: [build-test-quote]
updates:
  - commitment: ${fields.commitment ?? 'build-test-commitment'}
    at: ${fields.at ?? '2026-01-09'}
    status: ${fields.status ?? 'in-progress'}
    note: The build test moved it.
    evidence: [${fields.evidence ?? 'build-test-quote'}]
---`,
      );
    const FILE = 'content\\/articles\\/zz-build-test\\/build-test-article\\.md';

    test('is valid when every field is right', async () => {
      await withFiles({ [NEW_ARTICLE]: withUpdate({}) }, async () => {
        expect(validateContent(await readContent(work)).problems).toEqual([]);
      });
    });

    test('an unknown commitment', { timeout: BUILD_TIMEOUT }, async () => {
      await expectFailedBuild({ [NEW_ARTICLE]: withUpdate({ commitment: 'no-such-commitment' }) }, [
        new RegExp(`^${FILE}: updates\\[0\\]\\.commitment: is not a known commitment id \\("no-such-commitment"\\); .*give the id of a commitment in an article's commitments$`),
      ]);
    });

    test('dated before the commitment was first reported', { timeout: BUILD_TIMEOUT }, async () => {
      await expectFailedBuild({ [NEW_ARTICLE]: withUpdate({ at: '2026-01-07' }) }, [
        `${NEW_ARTICLE}: updates[0].at: is before the commitment was first reported (8 January 2026) ("2026-01-07"); give the date the status changed, on or after 2026-01-08`,
      ]);
    });

    test('an unknown evidence quote', { timeout: BUILD_TIMEOUT }, async () => {
      await expectFailedBuild({ [NEW_ARTICLE]: withUpdate({ evidence: 'no-such-quote' }) }, [
        new RegExp(`^${FILE}: updates\\[0\\]\\.evidence\\[0\\]: is not a known quote id \\("no-such-quote"\\); .*add the quote to an article's quotes$`),
      ]);
    });

    test('an unknown status', { timeout: BUILD_TIMEOUT }, async () => {
      await expectFailedBuild({ [NEW_ARTICLE]: withUpdate({ status: 'finished' }) }, [
        new RegExp(`^${FILE}: updates\\[0\\]\\.status: must be one of: proposed, .* \\("finished"\\)$`),
      ]);
    });
  });

  test('malformed id', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild({ [NEW_ARTICLE]: edit(newArticle(), '  - id: build-test-commitment', '  - id: Build_Test') }, [
      /^content\/articles\/zz-build-test\/build-test-article\.md: commitments\[0\]\.id: is not a valid id \("Build_Test"\)/,
    ]);
  });

  test('duplicate id within one file', { timeout: BUILD_TIMEOUT }, async () => {
    const twice = edit(
      newArticle(),
      '    via: report\n',
      '    via: report\n  - id: build-test-quote\n    speaker: ' + actor + '\n    text: Again.\n    said: 2026-01-08\n',
    );
    await expectFailedBuild({ [NEW_ARTICLE]: twice }, [
      /^content\/articles\/zz-build-test\/build-test-article\.md: quotes\[1\]\.id: duplicates the quote id already used at .*quotes\[0\]/,
    ]);
  });

  test('several mistakes in several files are all printed by one build', { timeout: BUILD_TIMEOUT }, async () => {
    const original = await readFile(join(work, countryFile), 'utf8');
    await expectFailedBuild(
      {
        [NEW_ARTICLE]: edit(newArticle(), '    said: 2026-01-08', '    said: 2026-13-45'),
        [countryFile]: edit(original, 'kind: ', 'kind: nation\nformer_kind: '),
      },
      [
        /^content\/articles\/zz-build-test\/build-test-article\.md: quotes\[0\]\.said: is not a real date \("2026-13-45"\)/,
        `${countryFile}: former_kind: is not a known field; check its spelling against the field list in README.md, or remove it`,
        /^Content has \d+ problem\(s\); nothing was built:$/,
      ],
    );
  });

  test('a page that fails to render (after validation passed)', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild(
      { 'src/pages/zz-build-test-broken.astro': "---\nthrow new Error('deliberately broken page');\n---\n<p>never</p>\n" },
      [/deliberately broken page/],
    );
  });

  test('an article page without a body (after Astro built every page)', { timeout: BUILD_TIMEOUT }, async () => {
    const emptyBody = edit(newArticle(), '\nBody of the build test article.\n', '');
    await expectFailedBuild({ [NEW_ARTICLE]: emptyBody }, [/article pages without a body: .*articles\/build-test-article\/index\.html/]);
  });

  test('a broken internal link (the link check after the search index)', { timeout: BUILD_TIMEOUT }, async () => {
    await expectFailedBuild(
      { 'src/pages/zz-build-test-link.astro': '<a href="/zz-no-such-page/">nowhere</a> <a href="/search/#zz-no-such-id">search</a>\n' },
      [
        'Build failed: 2 broken internal link(s):',
        '/zz-build-test-link/: /zz-no-such-page/ (no such page or file)',
        '/zz-build-test-link/: /search/#zz-no-such-id (no element with id "zz-no-such-id" on /search/)',
      ],
    );
  });
});

describe('npm run check:content', () => {
  test('exits 0 on the valid content', { timeout: BUILD_TIMEOUT }, async () => {
    const run = await project.run('check:content');
    expect(run.code, run.output).toBe(0);
    expect(run.lines.some((line) => /^Content OK: \d+ files checked\.$/.test(line)), run.output).toBe(true);
  });

  test('exits non-zero with the same message as the build', { timeout: BUILD_TIMEOUT }, async () => {
    const files = { [NEW_ARTICLE]: edit(newArticle(), '    said: 2026-01-08', '    said: 2026-02-30') };
    const run = await withFiles(files, () => project.run('check:content'));
    expect(run.code, run.output).not.toBe(0);
    expect(run.lines).toContain(
      `${NEW_ARTICLE}: quotes[0].said: is not a real date ("2026-02-30"); write YYYY-MM-DD (e.g. 2026-01-06), or a date-time with its offset (e.g. 2026-01-06T18:30:00+01:00) only where the time is known`,
    );
    expect(existsSync(join(work, NEW_ARTICLE))).toBe(false);
  });
});
