/**
 * `npm run check:content` on an editor's typical mistakes, in a throwaway copy of content/: each
 * is reported at its file, line or field, with what to do.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';

// Each run starts Node and loads the schemas: seconds each on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const project = process.cwd();
const ARTICLE = 'content/articles/2026/paris-summit-security-guarantees.md';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summit-check-'));
  await cp(join(project, 'content'), join(dir, 'content'), { recursive: true });
  const article = await readFile(join(dir, ARTICLE), 'utf8');
  const edited = article.replace(/^title: .*$/m, 'title: "Paris summit').replace('    condition: ', '    conditon: ');
  await writeFile(join(dir, ARTICLE), edited);
  await writeFile(join(dir, 'content/countries/pl.yml'), 'name: Poland\nkind: country\n');
  await writeFile(join(dir, 'content/actors/keir-starmer.yaml'), (await readFile(join(dir, 'content/actors/keir-starmer.yaml'), 'utf8')) + 'name: Again\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('a YAML mistake at its line with a frame, a duplicated key by name, a file that is not read by its rename', () => {
  const result = spawnSync(process.execPath, [resolve(project, 'scripts/check-content.ts')], { cwd: dir, encoding: 'utf8' });
  expect(result.status).toBe(1);
  const output = result.stderr;
  expect(output).toContain(`${ARTICLE}: is not valid YAML at line 2: a quote opened here is not closed on its line; end the text with the same quote mark\n    > 2 | title: "Paris summit`);
  expect(output).toMatch(/content\/actors\/keir-starmer\.yaml: is not valid YAML at line \d+: the key "name" appears twice \(first at line \d+\); keep one of them/);
  expect(output).toContain('content/countries/pl.yml: is not read: only .yaml files are read in content/countries/; rename it to content/countries/pl.yaml');
});

test('a misspelt field gets "did you mean" once the YAML reads', async () => {
  const article = await readFile(join(dir, ARTICLE), 'utf8');
  await writeFile(join(dir, ARTICLE), article.replace('title: "Paris summit', 'title: Paris summit'));
  const result = spawnSync(process.execPath, [resolve(project, 'scripts/check-content.ts')], { cwd: dir, encoding: 'utf8' });
  expect(result.stderr).toMatch(/: commitments\[\d+\]\.conditon: is not a known field; did you mean "condition"\? Otherwise remove it/);
});
