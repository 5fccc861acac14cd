/**
 * `npm run schemas`: writes the JSON Schemas of content files to schemas/, for editors'
 * autocompletion and validation (README, "Editor support"). `npm run schemas -- --check` only
 * reports files that are out of date, and fails if any is.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateContentSchemaFiles } from './lib/content-schema-files.ts';

const root = process.cwd();
const checkOnly = process.argv.includes('--check');
const files = await generateContentSchemaFiles(root);
const stale: string[] = [];
for (const path of files.keys()) await mkdir(dirname(join(root, path)), { recursive: true });
for (const [path, text] of files) {
  const absolute = join(root, path);
  const current = existsSync(absolute) ? await readFile(absolute, 'utf8') : undefined;
  if (current === text) continue;
  stale.push(path);
  if (!checkOnly) await writeFile(absolute, text);
}
if (checkOnly && stale.length) {
  console.error(`Out of date (run \`npm run schemas\`): ${stale.join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(stale.length ? `${checkOnly ? 'Out of date' : 'Wrote'}: ${stale.join(', ')}` : 'Schemas are up to date.');
}
