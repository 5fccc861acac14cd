/**
 * Writes the search index with Pagefind's Node API into `<site>/pagefind/`, plus `/search/counts.json` (every filter
 * value's count over the site) and `/search/index-parts.json` (the listing the search page loads from). Every error
 * Pagefind reports fails the build, as does an index holding fewer records than given. Pagefind holds a whole index in
 * memory, so a large site is indexed in parts, one at a time and each by a Pagefind process of its own, which the
 * search page merges; each part is cached by the hash of its files.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { CACHE_DIR } from '../../src/lib/cache-dir.ts';
import type { ItemCounts } from '../../src/lib/search-items.ts';
import { recordHtml, type SearchRecord, type SearchRecords } from '../../src/lib/search-records.ts';
import { SEARCH_INDEX_LANGUAGE, type SearchIndexListing } from '../../src/lib/search-state.ts';
import { searchCountsUrl, searchIndexPartsUrl, searchIndexPartUrl } from '../../src/lib/urls.ts';

export class SearchIndexFailure extends Error {}

const RECORDS_PER_PART = 3500;
const FILES_IN_FLIGHT = 64;
const SEARCH_INDEX_CACHE_DIR = join(CACHE_DIR, 'search-index');
/** A kept part no build used for this long is removed (other copies of the project may share the cache). */
const CACHE_KEEP_MS = 24 * 60 * 60 * 1000;

/** The names Pagefind documents: its browser API, and the entry file that names every other file. */
const SCRIPT_FILE = 'pagefind.js';
const ENTRY_FILE = 'pagefind-entry.json';

const siteFile = (siteDir: string, path: string) => join(siteDir, ...path.split('/').filter(Boolean));
const failOn = (step: string, errors: readonly string[]) => {
  if (errors.length) throw new SearchIndexFailure(`search index: ${step} failed: ${errors.join('; ')}`);
};

/**
 * Splits the records into the fewest parts of at most `perPart`, dealt like cards in date order: Pagefind scores a
 * sorted result by its rank in its own part, so a rank stands for the same dates in every part (see pagefind.ts).
 */
export function splitIntoParts(records: readonly SearchRecord[], perPart = RECORDS_PER_PART): SearchRecord[][] {
  const parts = Array.from({ length: Math.max(1, Math.ceil(records.length / perPart)) }, (): SearchRecord[] => []);
  [...records].sort((a, b) => a.sort.localeCompare(b.sort) || (a.url < b.url ? -1 : 1)).forEach((record, index) => parts[index % parts.length]?.push(record));
  return parts;
}

/** One page for Pagefind: a record's URL and HTML. */
export type PagefindFile = { url: string; content: string };
/** What the index is written from: each part's files (asked for when the part's turn comes), the counts, and a line for the build to print. */
export type SearchIndexInput = { parts: number; files(part: number): PagefindFile[]; counts: ItemCounts; summary: string };

/** The index's input from the records: one file per record (src/lib/search-records.ts), in parts. */
export function searchIndexInput({ records, counts }: SearchRecords, recordsPerPart = RECORDS_PER_PART): SearchIndexInput {
  if (records.length === 0) throw new SearchIndexFailure('search index: there is nothing to index');
  const parts = splitIntoParts(records, recordsPerPart);
  const items = records.reduce((sum, record) => sum + record.items.length, 0);
  const summary = `Search index: ${records.length} records (articles, people, countries, summits) holding ${items} results${parts.length > 1 ? `, in ${parts.length} parts` : ''}`;
  return { parts: parts.length, files: (part) => (parts[part] ?? []).map((record) => ({ url: record.url, content: recordHtml(record) })), counts, summary };
}

/** Indexes one part into `outputPath` with a Pagefind process of its own, which ends with it. */
async function indexPart(files: readonly PagefindFile[], outputPath: string): Promise<void> {
  try {
    const { errors, index } = await pagefind.createIndex({ forceLanguage: SEARCH_INDEX_LANGUAGE });
    failOn('createIndex', errors);
    if (!index) throw new SearchIndexFailure('search index: createIndex returned no index');
    // Files in flight together: Pagefind reads the next while it indexes one, and no file waits for a round trip.
    for (let start = 0; start < files.length; start += FILES_IN_FLIGHT) {
      await Promise.all(files.slice(start, start + FILES_IN_FLIGHT).map(async (file) => failOn(`addHTMLFile(${file.url})`, (await index.addHTMLFile(file)).errors)));
    }
    failOn('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await pagefind.close();
  }
}

/** Writes one part, or copies it from the cache when a build already indexed exactly these files. */
async function writePart(files: readonly PagefindFile[], outputPath: string, cacheDir: string): Promise<{ key: string; reused: boolean }> {
  const start = createHash('sha256').update(JSON.stringify([PAGEFIND_VERSION, SEARCH_INDEX_LANGUAGE]));
  const key = files.reduce((hash, { url, content }) => hash.update(`\0${url}\0${content}`), start).digest('hex').slice(0, 32);
  const cached = join(cacheDir, key);
  const reused = existsSync(join(cached, ENTRY_FILE));
  if (!reused) {
    // Under a name of its own first, so no build ever sees half a part.
    const writing = `${cached}.${process.pid}.tmp`;
    await indexPart(files, writing);
    try {
      renameSync(writing, cached);
    } catch {
      // Another build put the same part there meanwhile.
      rmSync(writing, { recursive: true, force: true });
    }
  }
  cpSync(cached, outputPath, { recursive: true });
  utimesSync(cached, new Date(), new Date());
  return { key, reused };
}

/** Pagefind's version (its package.json, which the package does not export): a new one indexes every part again. */
const PAGEFIND_VERSION = readFileSync(join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json'), 'utf8');

/** The files a part's search starts with, named by its entry file: the entry, the metadata and (part 0) the WebAssembly. */
function startupFiles(outputPath: string, path: string, key: string, withWasm: boolean, expected: number): string[] {
  const entry = JSON.parse(readFileSync(join(outputPath, ENTRY_FILE), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string; page_count: number }> };
  const language = entry.languages[SEARCH_INDEX_LANGUAGE];
  if (language?.page_count !== expected) {
    throw new SearchIndexFailure(`search index: ${expected} records were given but ${outputPath} holds ${language?.page_count ?? 0} in "${SEARCH_INDEX_LANGUAGE}"`);
  }
  const named = readdirSync(outputPath).filter((file) => file.includes(`.${language.hash}.`) || (withWasm && language.wasm && file.startsWith(`wasm.${language.wasm}.`)));
  return [`${path}${ENTRY_FILE}?ts=${key}`, ...named.map((file) => `${path}${file}`)];
}

/** Writes the index into `siteDir`, one part at a time; returns a line for the build to print. */
export async function writeSearchIndex(siteDir: string, input: SearchIndexInput, { cacheDir = join(process.cwd(), SEARCH_INDEX_CACHE_DIR) } = {}): Promise<string> {
  const listing: SearchIndexListing = { script: `${searchIndexPartUrl()}${SCRIPT_FILE}`, parts: [] };
  let reusedParts = 0;
  for (let part = 0; part < input.parts; part += 1) {
    const path = searchIndexPartUrl(part);
    const files = input.files(part);
    const { key, reused } = await writePart(files, siteFile(siteDir, path), cacheDir);
    reusedParts += reused ? 1 : 0;
    listing.parts.push({ path, tag: key, startup: startupFiles(siteFile(siteDir, path), path, key, part === 0, files.length) });
  }
  if (!existsSync(siteFile(siteDir, listing.script))) throw new SearchIndexFailure(`search index: Pagefind wrote no ${listing.script}`);
  for (const name of readdirSync(cacheDir)) {
    const cachedPart = join(cacheDir, name);
    if (Date.now() - statSync(cachedPart).mtimeMs > CACHE_KEEP_MS) rmSync(cachedPart, { recursive: true, force: true });
  }
  mkdirSync(siteFile(siteDir, dirname(searchCountsUrl())), { recursive: true });
  writeFileSync(siteFile(siteDir, searchCountsUrl()), JSON.stringify(input.counts));
  writeFileSync(siteFile(siteDir, searchIndexPartsUrl()), JSON.stringify(listing));
  const cachedNote = reusedParts ? ` (${reusedParts === input.parts ? 'all' : reusedParts} unchanged since an earlier build, from the cache)` : '';
  return `${input.summary}${cachedNote}`;
}
