/**
 * The search index's input on its way from stage 1, which has the content, to stage 3, which indexes it (scripts/build.ts):
 * a folder with one JSON file per part, read back one part at a time, so that only one part's files are in memory beside
 * Pagefind's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PagefindFile, SearchIndexInput } from './search-index.ts';

const INPUT_FILE = 'input.json';
const partFile = (folder: string, part: number) => join(folder, `part-${part}.json`);

export function writeSearchInput(folder: string, { files, ...rest }: SearchIndexInput): void {
  mkdirSync(folder, { recursive: true });
  for (let part = 0; part < rest.parts; part += 1) writeFileSync(partFile(folder, part), JSON.stringify(files(part)));
  writeFileSync(join(folder, INPUT_FILE), JSON.stringify(rest));
}

export function readSearchInput(folder: string): SearchIndexInput {
  const rest = JSON.parse(readFileSync(join(folder, INPUT_FILE), 'utf8')) as Omit<SearchIndexInput, 'files'>;
  return { ...rest, files: (part) => JSON.parse(readFileSync(partFile(folder, part), 'utf8')) as PagefindFile[] };
}
