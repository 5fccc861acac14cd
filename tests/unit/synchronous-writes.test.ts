/**
 * The pages phase writes synchronously behind the promise API: same results and errors, as
 * promises, and whatever the synchronous forms cannot take still goes to the originals.
 */
import fs from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { writeSynchronously } from '../../scripts/build/synchronous-writes.ts';

let dir = '';
/** A copy of fs.promises, so that the test process's own stays as it is. */
let promises: typeof fs.promises;
let originalWriteFile: ReturnType<typeof vi.fn>;
let restore: () => void;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summit-sync-writes-'));
  originalWriteFile = vi.fn(fs.promises.writeFile);
  promises = { ...fs.promises, writeFile: originalWriteFile as unknown as typeof fs.promises.writeFile };
  restore = writeSynchronously(promises);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test('a write is done when the call returns, and its promise resolves as the original does', async () => {
  const file = join(dir, 'page.html');
  const written = promises.writeFile(file, '<p>page</p>');
  expect(fs.readFileSync(file, 'utf8')).toBe('<p>page</p>');
  await expect(written).resolves.toBeUndefined();
  expect(originalWriteFile).not.toHaveBeenCalled();

  const copied = promises.copyFile(file, join(dir, 'copy.html'));
  expect(fs.readFileSync(join(dir, 'copy.html'), 'utf8')).toBe('<p>page</p>');
  await expect(copied).resolves.toBeUndefined();
});

test('mkdir answers as the original: the first folder made, with recursive', async () => {
  await expect(promises.mkdir(join(dir, 'a', 'b'), { recursive: true })).resolves.toBe(join(dir, 'a'));
  await expect(promises.mkdir(join(dir, 'a', 'b'), { recursive: true })).resolves.toBeUndefined();
  expect(fs.statSync(join(dir, 'a', 'b')).isDirectory()).toBe(true);
});

test('failures reject the promise instead of throwing', async () => {
  const missing = promises.writeFile(join(dir, 'no', 'such', 'folder.html'), 'x');
  await expect(missing).rejects.toMatchObject({ code: 'ENOENT' });
  fs.mkdirSync(join(dir, 'taken'));
  await expect(promises.mkdir(join(dir, 'taken'))).rejects.toMatchObject({ code: 'EEXIST' });
  await expect(promises.copyFile(join(dir, 'absent'), join(dir, 'x'))).rejects.toMatchObject({ code: 'ENOENT' });
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

test('undoing it puts the original functions back', () => {
  const replaced = promises.writeFile;
  restore();
  expect(promises.writeFile).not.toBe(replaced);
  expect(promises.writeFile).toBe(originalWriteFile);
  expect(promises.mkdir).toBe(fs.promises.mkdir);
});
