/**
 * The pages phase writes on a thread of its own behind the promise API: same results and errors,
 * as promises resolved once the write is done; whatever the synchronous forms cannot take still
 * goes to the originals; and the thread never keeps a finished process alive.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { writeInBackground } from '../../scripts/build/background-writes.ts';

const MODULE = new URL('../../scripts/build/background-writes.ts', import.meta.url).href;

let dir = '';
/** A copy of fs.promises, so that the test process's own stays as it is. */
let promises: typeof fs.promises;
let originalWriteFile: ReturnType<typeof vi.fn>;
let stop: () => Promise<void>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summit-background-writes-'));
  originalWriteFile = vi.fn(fs.promises.writeFile);
  promises = { ...fs.promises, writeFile: originalWriteFile as unknown as typeof fs.promises.writeFile };
  stop = writeInBackground(promises);
});
afterEach(async () => {
  await stop();
  await rm(dir, { recursive: true, force: true });
});

test('a write is done when its promise resolves, as with the original, without calling the original', async () => {
  const file = join(dir, 'page.html');
  await expect(promises.writeFile(file, '<p>page</p>')).resolves.toBeUndefined();
  expect(fs.readFileSync(file, 'utf8')).toBe('<p>page</p>');
  await promises.writeFile(pathToFileURL(join(dir, 'bytes.bin')), new Uint8Array([1, 2, 3]));
  expect([...fs.readFileSync(join(dir, 'bytes.bin'))]).toEqual([1, 2, 3]);
  expect(originalWriteFile).not.toHaveBeenCalled();

  await expect(promises.copyFile(file, join(dir, 'copy.html'))).resolves.toBeUndefined();
  expect(fs.readFileSync(join(dir, 'copy.html'), 'utf8')).toBe('<p>page</p>');
});

test('mkdir answers as the original: the first folder made, with recursive', async () => {
  await expect(promises.mkdir(join(dir, 'a', 'b'), { recursive: true })).resolves.toBe(join(dir, 'a'));
  await expect(promises.mkdir(join(dir, 'a', 'b'), { recursive: true })).resolves.toBeUndefined();
  expect(fs.statSync(join(dir, 'a', 'b')).isDirectory()).toBe(true);
});

test('many writes at once all land, each with its own content', async () => {
  const names = Array.from({ length: 400 }, (_, index) => `page-${index}`);
  await Promise.all(
    names.map(async (name) => {
      await promises.mkdir(join(dir, name), { recursive: true });
      await promises.writeFile(join(dir, name, 'index.html'), name);
    }),
  );
  for (const name of names) expect(fs.readFileSync(join(dir, name, 'index.html'), 'utf8')).toBe(name);
});

test("failures reject the promise with the original's code, naming the path", async () => {
  const missing = join(dir, 'no', 'such', 'folder.html');
  await expect(promises.writeFile(missing, 'x')).rejects.toMatchObject({ code: 'ENOENT', path: missing, message: expect.stringContaining(missing) });
  fs.mkdirSync(join(dir, 'taken'));
  await expect(promises.mkdir(join(dir, 'taken'))).rejects.toMatchObject({ code: 'EEXIST' });
  await expect(promises.copyFile(join(dir, 'absent'), join(dir, 'x'))).rejects.toBeInstanceOf(Error);
  // The thread goes on after a failure.
  await promises.writeFile(join(dir, 'after.html'), 'after');
  expect(fs.readFileSync(join(dir, 'after.html'), 'utf8')).toBe('after');
});

test('a FileHandle, streamed data or an AbortSignal goes to the original writeFile', async () => {
  const handle = await open(join(dir, 'handle.html'), 'w');
  await promises.writeFile(handle, 'by handle');
  await handle.close();
  async function* chunks() {
    yield 'streamed';
  }
  await promises.writeFile(join(dir, 'stream.html'), chunks());
  await promises.writeFile(join(dir, 'signal.html'), 'with signal', { signal: new AbortController().signal });
  expect(originalWriteFile).toHaveBeenCalledTimes(3);
  expect(fs.readFileSync(join(dir, 'handle.html'), 'utf8')).toBe('by handle');
  expect(fs.readFileSync(join(dir, 'stream.html'), 'utf8')).toBe('streamed');
  expect(fs.readFileSync(join(dir, 'signal.html'), 'utf8')).toBe('with signal');
});

test('stopping puts the original functions back', async () => {
  const replaced = promises.writeFile;
  await stop();
  expect(promises.writeFile).not.toBe(replaced);
  expect(promises.writeFile).toBe(originalWriteFile);
  expect(promises.mkdir).toBe(fs.promises.mkdir);
});

test('writes fail, naming the cause, instead of waiting forever if the thread dies', async () => {
  const copy = { ...fs.promises };
  const stopDying = writeInBackground(copy, new URL('./fixtures/dying-writer.ts', import.meta.url));
  await expect(copy.writeFile(join(dir, 'lost.html'), 'x')).rejects.toThrow(/writer thread .* stopped \(exit code 3\)/);
  await expect(copy.mkdir(join(dir, 'after'))).rejects.toThrow(/writer thread/);
  await stopDying();
});

test('a process that never stops the thread still ends once its writes are done', async () => {
  const [file, script] = [join(dir, 'from-child.html'), join(dir, 'child.mjs')];
  fs.writeFileSync(script, `import { writeInBackground } from ${JSON.stringify(MODULE)};
    import fs from 'node:fs';
    writeInBackground();
    await fs.promises.writeFile(${JSON.stringify(file)}, 'written');`);
  await promisify(execFile)(process.execPath, [script], { timeout: 4_000 });
  expect(fs.readFileSync(file, 'utf8')).toBe('written');
});
