/**
 * Runs one build as a child process and measures it: wall time, the `[phase] name: X s` lines
 * the build prints, CPU time, and peak memory of the whole process tree (npm, node, the
 * Pagefind binary...), sampled from /proc, since one process's max RSS misses the others.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface BuildMeasure {
  ok: boolean;
  /** Stopped after `timeoutMs`: the figures are then a lower bound. */
  timedOut: boolean;
  exitCode: number | null;
  seconds: number;
  /** Seconds per phase as printed by the build, in order. */
  phases: Record<string, number>;
  /** Sum of the RSS of every process in the tree, at its highest sample (MB). */
  peakTreeRssMb: number;
  /** The largest single process (GNU time's %M), when /usr/bin/time is there (MB). */
  peakProcessRssMb?: number;
  cpuUserSeconds?: number;
  cpuSystemSeconds?: number;
  /**
   * CPU seconds the rest of the machine used while this build ran (from /proc/stat, less the
   * build's own): on a shared machine, wall times mean little when this is high.
   */
  othersCpuSeconds?: number;
  log: string;
}

const PHASE_LINE = /^\[phase\] (.+?): ([\d.]+) s\s*$/;

const TIME = '/usr/bin/time';
const PAGE_SIZE = 4096;
const SAMPLE_MS = 100;

/** Process groups of the builds running now, so that an interrupted bench leaves none behind. */
const running = new Set<number>();

/** Stops every build this process started (their whole process groups). */
export function stopBuilds(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const pid of running) {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** CPU seconds all processes have spent busy since boot (/proc/stat, in USER_HZ = 100). */
function machineBusySeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** RSS in bytes of `root` and all its descendants, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let total = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop() as number;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Gone already.
    }
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * `npm run build` (or `command`) in `cwd`, its output kept in `logFile`. After `timeoutMs` the
 * whole process group is stopped (the build runs as its own group for that).
 */
export async function measureBuild(
  cwd: string,
  logFile: string,
  options: { command?: string[]; timeoutMs?: number } = {},
): Promise<BuildMeasure> {
  const command = options.command ?? ['npm', 'run', 'build'];
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(TIME);
  const [file, ...args] = useTime ? [TIME, '-f', '%e %U %S %M', '-o', timeFile, ...command] : command;
  const log = createWriteStream(logFile);
  const phases: Record<string, number> = {};
  const busyBefore = machineBusySeconds();
  const started = performance.now();
  const child = spawn(file as string, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid) running.add(child.pid);
  let timedOut = false;
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        log.write(`\n[bench] stopped after ${options.timeoutMs} ms\n`);
        stopGroup('SIGTERM');
        setTimeout(() => stopGroup('SIGKILL'), 10_000).unref();
      }, options.timeoutMs)
    : undefined;
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, SAMPLE_MS);
  let pendingLine = '';
  child.stdout.on('data', (chunk: Buffer) => {
    log.write(chunk);
    const lines = (pendingLine + chunk.toString()).split('\n');
    pendingLine = lines.pop() ?? '';
    for (const line of lines) {
      const match = PHASE_LINE.exec(line);
      if (!match?.[1]) continue;
      phases[match[1]] = (phases[match[1]] ?? 0) + Number(match[2]);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => log.write(chunk));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(sampler);
  clearTimeout(timer);
  if (child.pid) running.delete(child.pid);
  const seconds = (performance.now() - started) / 1000;
  const busy = machineBusySeconds() - busyBefore;
  await new Promise((resolve) => log.end(resolve));

  const result: BuildMeasure = {
    ok: exitCode === 0 && !timedOut,
    timedOut,
    exitCode,
    seconds,
    phases,
    peakTreeRssMb: peak / 1e6,
    log: logFile,
  };
  if (useTime && existsSync(timeFile)) {
    // The last line is ours ("Command exited with non-zero status" may come first).
    const fields = (await readFile(timeFile, 'utf8')).trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    const [, user, system, maxKb] = fields;
    if (user !== undefined) result.cpuUserSeconds = user;
    if (system !== undefined) result.cpuSystemSeconds = system;
    if (maxKb !== undefined) result.peakProcessRssMb = (maxKb * 1024) / 1e6;
    if (user !== undefined && system !== undefined) result.othersCpuSeconds = Math.max(0, busy - user - system);
  }
  return result;
}

export interface OutputMeasure {
  /** The folder measured: the output, or the staging folder of a build stopped midway. */
  folder: string;
  /** HTML files emitted, all together. */
  pages: number;
  /** HTML files by first path segment (`articles`, `quotes`, `(root)`...). */
  pagesByKind: Record<string, number>;
  /** Bytes and files under pagefind/ (the search index), when there is one. */
  searchIndexBytes: number;
  searchIndexFiles: number;
  /** Everything in the output folder. */
  totalBytes: number;
  /** Images emitted by the site's own routes (not `_astro/` assets): share cards. */
  images: number;
  imageBytes: number;
  /**
   * Seconds spent emitting them, estimated from file times: Astro builds a route's pages one
   * after another, so per folder the span from the first image written to the last (plus one
   * average interval). Used when the build prints no share-image phase of its own.
   */
  imageSecondsFromFileTimes: number;
}

const IMAGE = /\.(png|jpe?g|webp|avif)$/i;

/**
 * Counts the pages and sizes the search index of a built site: the first of `folders` that
 * exists (a stopped build leaves its pages in a staging folder: they show how far it got).
 */
export async function measureOutput(folders: string[]): Promise<OutputMeasure> {
  const dist = folders.find((folder) => existsSync(folder)) ?? folders[0] ?? '';
  const result: OutputMeasure = {
    folder: dist,
    pages: 0, pagesByKind: {}, searchIndexBytes: 0, searchIndexFiles: 0, totalBytes: 0, images: 0, imageBytes: 0, imageSecondsFromFileTimes: 0,
  };
  if (!existsSync(dist)) return result;
  const imageTimes = new Map<string, { first: number; last: number; count: number }>();
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(dist.length + 1);
    const { size, mtimeMs } = await stat(path);
    result.totalBytes += size;
    if (IMAGE.test(entry.name) && !relative.startsWith('_astro/') && !relative.startsWith('pagefind/')) {
      result.images += 1;
      result.imageBytes += size;
      const times = imageTimes.get(entry.parentPath);
      if (times) {
        times.first = Math.min(times.first, mtimeMs);
        times.last = Math.max(times.last, mtimeMs);
        times.count += 1;
      } else imageTimes.set(entry.parentPath, { first: mtimeMs, last: mtimeMs, count: 1 });
    } else if (relative.startsWith('pagefind/')) {
      result.searchIndexBytes += size;
      result.searchIndexFiles += 1;
    } else if (entry.name.endsWith('.html')) {
      result.pages += 1;
      const kind = relative.includes('/') ? (relative.split('/')[0] ?? '') : '(root)';
      result.pagesByKind[kind] = (result.pagesByKind[kind] ?? 0) + 1;
    }
  }
  for (const { first, last, count } of imageTimes.values()) {
    if (count > 1) result.imageSecondsFromFileTimes += ((last - first) / 1000) * (count / (count - 1));
  }
  return result;
}
