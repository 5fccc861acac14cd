/**
 * Runs `fs.promises.mkdir`, `writeFile` and `copyFile` for plain paths and data on one writer
 * thread of their own (background-writes-worker.ts), in the process that calls it: the pages
 * phase's Astro (scripts/build/astro-pages.ts).
 *
 * Why: Astro writes every page through the promise API, twice with the incremental build (the
 * page, and its copy in the cache; a warm build copies it back): 18,700 folders and files at
 * 1,000 articles, 187,000 at 10,000. On the machine the bench runs on, making a folder takes
 * ~0.15 ms and writing a file ~0.1 ms, ~5 s of a 1,000-article build.
 * - Through libuv's thread pool (Astro's way), each call is a round trip of its own, and four
 *   threads writing at once cost more CPU than the writes: 18,700 calls took 3.8–5.1 s.
 * - Synchronous, on Astro's own thread, they cost the least CPU (1.4–2.8 s) but stop the
 *   rendering for all of it: in a CPU profile of a cold 1,000-article pages phase, 6.9 s of
 *   Astro's thread went on making folders and opening files.
 * - One thread doing them synchronously costs what the synchronous form does, on the other
 *   core. With Astro rendering 16 pages at a time (astro.config.mjs), a cold 1,000-article
 *   build took 22.9 s against 27.2 s synchronous (bench, fastest of three each, same day).
 *
 * The functions still answer with promises, as the originals do: resolved once the write is
 * done, with the same values, or rejected with the same error codes. A write the synchronous
 * form cannot take (to a FileHandle, of streamed data, with an AbortSignal) goes to the original.
 */
import fs, { type PathLike } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';

type Promises = typeof fs.promises;

type Operation =
  | { op: 'mkdir'; path: string; options?: fs.MakeDirectoryOptions | fs.Mode | null | undefined }
  | { op: 'writeFile'; path: string; data: string | NodeJS.ArrayBufferView; options?: fs.WriteFileOptions | undefined }
  | { op: 'copyFile'; path: string; destination: string; mode?: number | undefined };
/** One operation for the writer thread, numbered to match its report. */
export type WriteJob = Operation & { id: number };
/** What the writer thread did: ids done (with mkdir's answer when it has one), and ids failed with the error's fields. */
export interface WriteReport {
  done: (number | [number, string])[];
  failed: [number, Pick<NodeJS.ErrnoException, 'message' | 'code' | 'errno' | 'syscall' | 'path'> & { dest?: string | undefined }][];
}

const plainPath = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value instanceof URL && value.protocol === 'file:' ? fileURLToPath(value) : undefined;
const isWholeData = (value: unknown): value is string | NodeJS.ArrayBufferView => typeof value === 'string' || ArrayBuffer.isView(value);
const hasSignal = (options: unknown) => typeof options === 'object' && options !== null && 'signal' in options;

/**
 * Switches the three functions to the writer thread (`writer`: its script, replaceable for
 * tests). Returns a function that puts the originals back and ends the thread (after the writes
 * asked for so far).
 */
export function writeInBackground(promises: Promises = fs.promises, writer = new URL('./background-writes-worker.ts', import.meta.url)): () => Promise<void> {
  const original = { mkdir: promises.mkdir, writeFile: promises.writeFile, copyFile: promises.copyFile };
  const { port1: port, port2 } = new MessageChannel();
  const worker = new Worker(writer, { workerData: { port: port2 }, transferList: [port2] });
  const pending = new Map<number, { resolve(answer: string | undefined): void; reject(error: Error): void }>();
  let lastId = 0;
  let drained: (() => void) | undefined;

  // The thread keeps the process alive only while writes are under way.
  const hold = (held: boolean) => [worker, port].forEach((handle) => (held ? handle.ref() : handle.unref()));
  hold(false);
  port.on('message', (report: WriteReport) => {
    for (const done of report.done) {
      const [id, answer] = typeof done === 'number' ? [done, undefined] : done;
      pending.get(id)?.resolve(answer);
      pending.delete(id);
    }
    for (const [id, fields] of report.failed) {
      pending.get(id)?.reject(Object.assign(new Error(fields.message), fields));
      pending.delete(id);
    }
    if (!pending.size) {
      hold(false);
      drained?.();
    }
  });

  // Should the thread ever die (out of memory, say), writes fail instead of hanging the build.
  let stopped: Error | undefined;
  worker.on('exit', (exitCode) => {
    stopped = new Error(`the writer thread of the pages phase stopped (exit code ${exitCode}) before this write was done`);
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
    drained?.();
  });

  const send = (operation: Operation, transfer: ArrayBuffer[] = []) =>
    new Promise<string | undefined>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = ++lastId;
      port.postMessage({ ...operation, id } satisfies WriteJob, transfer);
      if (!pending.size) hold(true);
      pending.set(id, { resolve, reject });
    });
  const replaced: Pick<Promises, 'mkdir' | 'writeFile' | 'copyFile'> = {
    mkdir: ((path: PathLike, options?: fs.MakeDirectoryOptions | fs.Mode | null) => {
      const plain = plainPath(path);
      return plain === undefined ? original.mkdir(path, options) : send({ op: 'mkdir', path: plain, options });
    }) as Promises['mkdir'],
    writeFile: (async (file: Parameters<Promises['writeFile']>[0], data: Parameters<Promises['writeFile']>[1], options?: Parameters<Promises['writeFile']>[2]) => {
      const plain = plainPath(file);
      if (plain === undefined || !isWholeData(data) || hasSignal(options)) return original.writeFile(file, data, options);
      // A copy of just the view's bytes, handed over: a Buffer's memory may be a larger shared pool.
      const bytes = typeof data === 'string' ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
      await send({ op: 'writeFile', path: plain, data: bytes, options: options as fs.WriteFileOptions }, typeof bytes === 'string' ? [] : [bytes.buffer]);
    }) as Promises['writeFile'],
    copyFile: (async (source: PathLike, destination: PathLike, mode?: number) => {
      const [from, to] = [plainPath(source), plainPath(destination)];
      if (from === undefined || to === undefined) return original.copyFile(source, destination, mode);
      await send({ op: 'copyFile', path: from, destination: to, mode });
    }) as Promises['copyFile'],
  };
  Object.assign(promises, replaced);

  return async () => {
    Object.assign(promises, original);
    if (pending.size) await new Promise<void>((done) => (drained = done));
    await worker.terminate();
  };
}
