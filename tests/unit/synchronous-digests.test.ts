/**
 * The pages phase hashes synchronously behind WebCrypto's digest: the same bytes, as a promise,
 * and whatever it does not hash itself still goes to the original.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { digestSynchronously } from '../../scripts/build/synchronous-digests.ts';

/** A stand-in SubtleCrypto whose digest is WebCrypto's, watched, so that the test process's own stays as it is. */
let subtle: SubtleCrypto;
let originalDigest: ReturnType<typeof vi.fn>;
let restore: () => void;

beforeEach(() => {
  originalDigest = vi.fn(crypto.subtle.digest.bind(crypto.subtle));
  subtle = { digest: originalDigest } as unknown as SubtleCrypto;
  restore = digestSynchronously(subtle);
});
afterEach(() => restore());

const hex = (buffer: ArrayBuffer) => Buffer.from(buffer).toString('hex');
const text = new TextEncoder().encode("body{color:#1a1a1a}/* an inline style, as Astro hashes it */");

test('SHA-256, -384 and -512 give WebCrypto\'s bytes, without the thread pool', async () => {
  for (const algorithm of ['SHA-256', 'SHA-384', { name: 'SHA-512' }, 'sha-256'] as const) {
    const digest = subtle.digest(algorithm, text);
    expect(digest).toBeInstanceOf(Promise);
    const bytes = await digest;
    expect(bytes).toBeInstanceOf(ArrayBuffer);
    expect(hex(bytes)).toBe(hex(await crypto.subtle.digest(algorithm, text)));
  }
  expect(originalDigest).not.toHaveBeenCalled();
});

test('the digest answers on a later turn of the event loop, so that I/O waiting meanwhile is not starved', async () => {
  let turned = false;
  setImmediate(() => (turned = true));
  await subtle.digest('SHA-256', text);
  expect(turned).toBe(true);
});

test('every kind of BufferSource is hashed over its own bytes only', async () => {
  const padded = new Uint8Array([0xff, ...text, 0xff]);
  const view = padded.subarray(1, -1);
  const expected = createHash('sha256').update(text).digest('hex');
  expect(hex(await subtle.digest('SHA-256', view))).toBe(expected);
  expect(hex(await subtle.digest('SHA-256', new DataView(padded.buffer, 1, text.length)))).toBe(expected);
  expect(hex(await subtle.digest('SHA-256', text.slice().buffer))).toBe(expected);
  expect(originalDigest).not.toHaveBeenCalled();
});

test('other algorithms and other data go to the original, which answers or rejects as before', async () => {
  expect(hex(await subtle.digest('SHA-1', text))).toBe(createHash('sha1').update(text).digest('hex'));
  await expect(subtle.digest('MD5', text)).rejects.toThrow();
  await expect(subtle.digest('SHA-256', 'not a buffer' as unknown as BufferSource)).rejects.toThrow();
  expect(originalDigest).toHaveBeenCalledTimes(3);
});

test('undoing restores the original', async () => {
  restore();
  await subtle.digest('SHA-256', text);
  expect(originalDigest).toHaveBeenCalledTimes(1);
  restore = () => undefined;
});
