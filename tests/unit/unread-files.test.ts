/** A file in content/ that no collection reads is named with the rename to make, never skipped. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkedContent } from '../../src/lib/validation/checked-content.ts';
import { formatProblem } from '../../src/lib/validation/problems.ts';

const root = await mkdtemp(join(tmpdir(), 'summit-unread-'));
afterAll(() => rm(root, { recursive: true, force: true }));

async function write(path: string, text = ''): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}

test('.yml, .markdown, .txt and stray files are each named with what to do', async () => {
  await write('content/countries/gb.yaml', 'name: United Kingdom\nkind: country\n');
  await write('content/permalinks.txt', '# ledger\n');
  await write('content/actors/foo-bar.yml', 'name: Foo Bar\n');
  await write('content/articles/2026/note.markdown');
  await write('content/articles/draft.txt');
  await write('content/stray.md');
  const { problems } = await checkedContent(root);
  expect(problems.map(formatProblem)).toEqual([
    'content/actors/foo-bar.yml: is not read: only .yaml files are read in content/actors/; rename it to content/actors/foo-bar.yaml',
    'content/articles/2026/note.markdown: is not read: only .md files are read in content/articles/; rename it to content/articles/2026/note.md',
    'content/articles/draft.txt: is not read: only .md files are read in content/articles/; rename it to content/articles/draft.md',
    'content/stray.md: is not read: it is not in a content folder; move it into one of content/actors/, content/countries/, content/articles/, content/summits/, or out of content/',
  ]);
});
