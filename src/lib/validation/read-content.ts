/**
 * Reads every content file from disk as plain data, keeping dates as written text
 * (YAML's own date type would roll 2026-02-30 over to March and drop the offset).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glob } from 'tinyglobby';
import yaml from 'js-yaml';
import { COLLECTIONS, CONTENT_DIR, idFromPath, LEDGER_FILE, type CollectionName } from '../content-paths.ts';
import { bodyHasPlaceholder } from './placeholders.ts';
import type { Problem } from './problems.ts';
import { splitFrontmatter } from '../content-yaml.ts';
import { unquotedDateTime } from './unquoted-dates.ts';
import { codeFrame, locateYamlMistake } from './yaml-errors.ts';

export interface RawFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as shown in error messages. */
  file: string;
  /** Parsed YAML (the frontmatter for Markdown), or undefined when it could not be read. */
  data?: unknown;
  /** Why the file could not be read. */
  problem?: Problem;
  /** An article whose Markdown body still has placeholder text from `npm run new`. */
  bodyPlaceholder?: boolean;
  /** An article's Markdown body (the search indexes its words). */
  body?: string;
}

const YAML_FIX = 'fix the YAML syntax (indentation, quotes, a colon after each field name)';

/**
 * Parses YAML text; `file` is the file name used in the error, and `firstLine` the line of the
 * file where the YAML starts (2 for Markdown frontmatter, after the opening "---").
 */
export function parseYaml(source: string, file: string, firstLine = 1): { data?: unknown; problem?: Problem } {
  try {
    const problem = unquotedDateTime(source, file);
    if (problem) return { problem };
    return { data: yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file }) ?? {} };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) {
      return { problem: { file, path: '', message: `is not valid YAML: ${String(error)}`, fix: YAML_FIX } };
    }
    const mistake = locateYamlMistake(source, error, firstLine);
    return {
      problem: {
        file,
        path: '',
        message: `is not valid YAML at line ${mistake.line + firstLine - 1}: ${mistake.message}`,
        fix: mistake.fix ?? YAML_FIX,
        frame: codeFrame(source, mistake.line, firstLine),
      },
    };
  }
}

export function parseContentFile(collection: CollectionName, file: string, source: string): RawFile {
  const id = idFromPath(file);
  if (collection !== 'articles') return { collection, id, file, ...parseYaml(source, file) };
  const parts = splitFrontmatter(source);
  if (!parts) {
    return {
      collection,
      id,
      file,
      problem: {
        file,
        path: '',
        message: 'has no frontmatter',
        fix: 'start the file with a line "---", the YAML fields, and another "---"',
      },
    };
  }
  // Frontmatter starts on line 2, after the opening "---": errors give the line in the file.
  return {
    collection,
    id,
    file,
    body: parts.body,
    ...parseYaml(parts.frontmatter, file, 2),
    ...(bodyHasPlaceholder(parts.body) ? { bodyPlaceholder: true } : {}),
  };
}

/** A content file: its collection, absolute path and path relative to the project root. */
export interface ContentPath {
  collection: CollectionName;
  absolute: string;
  file: string;
}

/** Every file of every collection under `root/content`, in a stable order. */
export async function listContent(root: string): Promise<ContentPath[]> {
  const paths: ContentPath[] = [];
  for (const [collection, { dir, pattern }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const base = join(root, CONTENT_DIR, dir);
    for (const path of (await glob(pattern, { cwd: base })).sort()) {
      const absolute = join(base, path);
      paths.push({ collection, absolute, file: relative(root, absolute) });
    }
  }
  return paths;
}

/** Files under `content/` that no collection reads (the ledger aside), relative to the project root. */
export async function unreadFiles(root: string): Promise<string[]> {
  const read = Object.values(COLLECTIONS).map(({ dir, pattern }) => `${dir}/${pattern}`);
  const files = await glob('**/*', { cwd: join(root, CONTENT_DIR), ignore: [...read, LEDGER_FILE] });
  return files.sort().map((file) => `${CONTENT_DIR}/${file}`);
}

/** What to rename a file that is not read to, so that it is. */
export function unreadFileProblem(file: string): Problem {
  const [, folder = '', ...rest] = file.split('/');
  const collection = Object.values(COLLECTIONS).find(({ dir }) => dir === folder);
  if (!collection || (rest.length > 1 && !collection.pattern.startsWith('**'))) {
    const folders = Object.values(COLLECTIONS).map(({ dir }) => `${CONTENT_DIR}/${dir}/`).join(', ');
    return { file, path: '', message: 'is not read: it is not in a content folder', fix: `move it into one of ${folders}, or out of ${CONTENT_DIR}/` };
  }
  const extension = collection.pattern.slice(collection.pattern.lastIndexOf('.'));
  const renamed = file.replace(/(\.[^./]*)?$/, extension);
  return { file, path: '', message: `is not read: only ${extension} files are read in ${CONTENT_DIR}/${folder}/`, fix: `rename it to ${renamed}` };
}

/** Every content file's path, size and modification time: changes when any file does. */
export async function fingerprinted(root: string): Promise<{ paths: ContentPath[]; unread: string[]; fingerprint: string }> {
  const [paths, unread] = await Promise.all([listContent(root), unreadFiles(root)]);
  // Synchronous, as in readContent: cheaper for thousands of small files.
  const stats = paths.map(({ absolute }) => statSync(absolute));
  const fingerprint = [...paths.map(({ file }, index) => `${file}\t${stats[index]?.size}\t${stats[index]?.mtimeMs}`), ...unread].join('\n');
  return { paths, unread, fingerprint };
}

/** Reads and parses every content file (or the `paths` given, from `listContent`). */
export async function readContent(root: string, paths?: readonly ContentPath[]): Promise<RawFile[]> {
  const list = paths ?? (await listContent(root));
  // Synchronous reads: for thousands of small files, several times cheaper than promise-based
  // ones, however many are in flight.
  return list.map(({ collection, absolute, file }) => parseContentFile(collection, file, readFileSync(absolute, 'utf8')));
}
