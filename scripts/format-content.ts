/**
 * `npm run format:content`: rewrites every content file with the canonical YAML writer (the one
 * the web editing desk saves with). `--check` changes nothing, lists the files that would change,
 * and fails if any would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatContentText } from '../src/lib/content-yaml.ts';
import { fieldOrder } from '../src/lib/field-order.ts';
import { listContent } from '../src/lib/validation/read-content.ts';
import { COLLECTION_SCHEMAS } from '../src/lib/validation/validate.ts';

const root = process.cwd();
const checkOnly = process.argv.includes('--check');
const changed: string[] = [];
for (const { collection, absolute, file } of await listContent(root)) {
  const text = readFileSync(absolute, 'utf8');
  const formatted = formatContentText(text, collection === 'articles', fieldOrder(COLLECTION_SCHEMAS[collection]));
  // A file that cannot be parsed is left alone: `npm run check:content` says what is wrong with it.
  if (formatted === undefined || formatted === text) continue;
  changed.push(file);
  if (!checkOnly) writeFileSync(absolute, formatted);
}
if (checkOnly && changed.length) {
  console.error(`Not in canonical form (run \`npm run format:content\`):\n  ${changed.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(changed.length ? `${checkOnly ? 'Would rewrite' : 'Rewrote'}: ${changed.join(', ')}` : 'Content files are in canonical form.');
}
