/**
 * `npm run new -- article|actor|country <name> [--id <id>] [--country <id>] [--kind organization]`:
 * writes a skeleton (an article as a draft), never over an existing file, then says what to fill
 * in. An actor's country is never guessed: without --country it is asked for at a terminal, and
 * refused otherwise.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { SCAFFOLD_KINDS, scaffoldFile, type ScaffoldKind, type ScaffoldResult } from '../src/lib/scaffold.ts';
import { isPlaceholderProblem } from '../src/lib/validation/placeholders.ts';
import { formatProblem } from '../src/lib/validation/problems.ts';
import { parseContentFile, readContent } from '../src/lib/validation/read-content.ts';
import { validateContent } from '../src/lib/validation/validate.ts';

const USAGE = `Usage: npm run new -- article|actor|country "<title or name>" [options]
  --id <id>          the id (file name) instead of one made from the name, e.g. --id gb
  --country <id>     an actor's country id
  --kind organization  a country entry for an organisation rather than a state`;

function fail(message: string, showUsage = false): never {
  console.error(showUsage ? `${message}\n\n${USAGE}` : message);
  process.exit(1);
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { id: { type: 'string' }, country: { type: 'string' }, kind: { type: 'string' } },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error), true);
  }
}
const { positionals, values } = readArguments();
const [kind, ...nameWords] = positionals;
const name = nameWords.join(' ').trim();
if (!kind || !SCAFFOLD_KINDS.includes(kind as ScaffoldKind)) fail(`Say what to create: ${SCAFFOLD_KINDS.join(', ')}.`, true);
if (!name) fail(`Give the ${kind === 'article' ? 'title' : 'name'}.`, true);
if (values.kind !== undefined && values.kind !== 'country' && values.kind !== 'organization') {
  fail('--kind is "country" or "organization".', true);
}

/** The editor's calendar day, `YYYY-MM-DD` (toISOString would give the UTC day). */
function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const root = process.cwd();
const existing = await readContent(root);
const idsOf = (collection: string) => existing.filter((file) => file.collection === collection).map((file) => file.id);

/** An actor's country: from --country, or asked for at a terminal; never guessed. */
async function actorCountry(): Promise<string | undefined> {
  if (kind !== 'actor' || values.country || !stdin.isTTY) return values.country;
  const prompt = createInterface({ input: stdin, output: stdout });
  const answer = await prompt.question(`Their country id (${idsOf('countries').join(', ')}): `);
  prompt.close();
  return answer.trim() || undefined;
}
const country = await actorCountry();

function makeScaffold(): ScaffoldResult {
  try {
    return scaffoldFile({
      kind: kind as ScaffoldKind,
      name,
      today: localToday(),
      actorIds: idsOf('actors'),
      countryIds: idsOf('countries'),
      ...(values.id ? { id: values.id } : {}),
      ...(country ? { country } : {}),
      ...(values.kind ? { countryKind: values.kind as 'country' | 'organization' } : {}),
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
const scaffold = makeScaffold();

if (existsSync(join(root, scaffold.file))) fail(`${scaffold.file} already exists; nothing was written.`);

// Validate the new file together with all content: a taken id or alias, or a bad reference, is
// refused now. Problems can land on other files (an id that is another country's alias), so
// compare with the problems the content has without the new file.
const collection = kind === 'article' ? 'articles' : kind === 'actor' ? 'actors' : 'countries';
const candidate = parseContentFile(collection, scaffold.file, scaffold.text);
const before = new Set(validateContent(existing).problems.map(formatProblem));
const after = validateContent([...existing, candidate]).problems;
// Placeholders in the new file are what the editor writes next: listed, not refused.
const placeholders = after.filter((problem) => problem.file === scaffold.file && isPlaceholderProblem(problem)).map(formatProblem);
const introduced = after.map(formatProblem).filter((problem) => !before.has(problem) && !placeholders.includes(problem));
if (introduced.length) fail(`The new file would not be valid; nothing was written:\n  ${introduced.join('\n  ')}`);

await mkdir(dirname(join(root, scaffold.file)), { recursive: true });
await writeFile(join(root, scaffold.file), scaffold.text, { flag: 'wx' });
console.log(`Created ${scaffold.file}`);
console.log('Now:');
for (const step of scaffold.todo) console.log(`  - ${step}`);
console.log('  - run `npm run check:content` (or `npm run dev`) to check it; the README lists every field.');
if (placeholders.length) console.log(`Until then, check:content reports:\n  ${placeholders.join('\n  ')}`);
if (before.size) console.warn(`Note: other content files already have ${before.size} problem(s); run \`npm run check:content\`.`);
