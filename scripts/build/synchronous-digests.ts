/**
 * Runs WebCrypto's `crypto.subtle.digest` synchronously (node:crypto's createHash) for the SHA-2
 * family, in the process that calls it: the pages phase's Astro (scripts/build/astro-pages.ts).
 *
 * Why: with a content security policy, Astro hashes every inline style and script in a page's
 * head for every page it renders (`createResult`), the same few KB again and again. Each
 * WebCrypto call is a round trip through libuv's thread pool, which on the 2-core machine the
 * bench runs on costs far more than hashing a few KB: ~0.6 s of a 1,000-article cold pages phase
 * in a CPU profile, almost all of it in the thread pool's dispatch. (A hash takes microseconds;
 * a page's files take ~0.5 ms to write, which is why those go to a thread of their own instead:
 * background-writes.ts.)
 *
 * The digest still comes back as a promise of an ArrayBuffer, the same bytes, on the next turn of
 * the event loop as WebCrypto's does. Answering at once made a page's render a chain of
 * microtasks that never let the loop turn, so share cards finishing on the thread pool waited
 * behind whole runs of pages: three of the seven status cards of a 1,000-article build were
 * written 4.8 s late, at the very end. Anything else (SHA-1, SHA-3, data that is not a
 * BufferSource) goes to the original, which answers or rejects as before.
 */
import { createHash } from 'node:crypto';

/** WebCrypto's names for the algorithms handed to createHash, and createHash's. */
const SHA2: Record<string, string> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

type Digest = SubtleCrypto['digest'];

const algorithmName = (algorithm: AlgorithmIdentifier): string | undefined =>
  (typeof algorithm === 'string' ? algorithm : algorithm?.name)?.toUpperCase();

/** The bytes of a BufferSource as a Uint8Array over them, or undefined for anything else. */
function bytesOf(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

/** Switches `subtle.digest` to a synchronous hash for the SHA-2 family; returns a function that undoes it. */
export function digestSynchronously(subtle: SubtleCrypto = crypto.subtle): () => void {
  const before = Object.getOwnPropertyDescriptor(subtle, 'digest');
  const original: Digest = subtle.digest;
  const digest: Digest = function (this: SubtleCrypto, algorithm, data) {
    const hash = SHA2[algorithmName(algorithm) ?? ''];
    const bytes = bytesOf(data);
    if (!hash || !bytes) return original.call(this, algorithm, data);
    const digested = createHash(hash).update(bytes).digest();
    const buffer = digested.buffer.slice(digested.byteOffset, digested.byteOffset + digested.byteLength) as ArrayBuffer;
    return new Promise((resolve) => setImmediate(resolve, buffer));
  };
  // An own property of this SubtleCrypto (Node has one), over the prototype's method.
  Object.defineProperty(subtle, 'digest', { value: digest, configurable: true, writable: true });
  return () => {
    if (before) Object.defineProperty(subtle, 'digest', before);
    else delete (subtle as { digest?: Digest }).digest;
  };
}
