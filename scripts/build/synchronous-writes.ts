/**
 * Runs `fs.promises.mkdir`, `writeFile` and `copyFile` synchronously for plain paths and data,
 * in the process that calls it: the pages phase's Astro (scripts/build/astro-pages.ts).
 *
 * Why: Astro writes every page through the promise API, twice with the incremental build (the
 * page, and its copy in the cache; a warm build copies it back), so 18,700 calls at 1,000
 * articles and 187,000 at 10,000. Each promise call is a round trip through libuv's thread pool,
 * and on the 2-core machine the bench runs on those wake-ups cost more than the writes: 18,700
 * mkdir + writeFile of 12 KB took 3.8–5.1 s and 6–8 CPU-seconds promise-based, against
 * 1.4–2.8 s synchronous. A page's write takes ~0.1 ms, so blocking the event loop for it costs
 * Astro less than the thread pool's CPU takes from it and from the other build processes.
 *
 * The functions still return promises, rejected on failure (callers see no difference but
 * timing). A write the synchronous form cannot take (to a FileHandle, of streamed data, with an
 * AbortSignal) goes to the original writeFile.
 */
import fs, { type PathLike } from 'node:fs';

type Promises = typeof fs.promises;

const isPath = (value: unknown): value is PathLike => typeof value === 'string' || value instanceof URL || Buffer.isBuffer(value);
const isWholeData = (value: unknown) => typeof value === 'string' || ArrayBuffer.isView(value);
const hasSignal = (options: unknown) => typeof options === 'object' && options !== null && 'signal' in options;

/** Switches the three functions to their synchronous forms; returns a function that undoes it. */
export function writeSynchronously(promises: Promises = fs.promises): () => void {
  const original = { mkdir: promises.mkdir, writeFile: promises.writeFile, copyFile: promises.copyFile };
  const replaced: Pick<Promises, 'mkdir' | 'writeFile' | 'copyFile'> = {
    mkdir: ((path: PathLike, options?: fs.MakeDirectoryOptions | fs.Mode | null) => Promise.try(() => fs.mkdirSync(path, options))) as Promises['mkdir'],
    writeFile: ((file: Parameters<Promises['writeFile']>[0], data: Parameters<Promises['writeFile']>[1], options?: Parameters<Promises['writeFile']>[2]) =>
      isPath(file) && isWholeData(data) && !hasSignal(options)
        ? Promise.try(() => fs.writeFileSync(file, data as string | NodeJS.ArrayBufferView, options as fs.WriteFileOptions))
        : original.writeFile(file, data, options)) as Promises['writeFile'],
    copyFile: ((source: PathLike, destination: PathLike, mode?: number) =>
      Promise.try(() => fs.copyFileSync(source, destination, mode))) as Promises['copyFile'],
  };
  Object.assign(promises, replaced);
  return () => void Object.assign(promises, original);
}
