/**
 * Throwaway copies of a project to build over a generated corpus, so the bench never touches
 * the real content/, dist/ or caches.
 *
 * node_modules is a real folder of symlinks to the project's packages rather than one symlink:
 * Astro keeps its caches inside it by default (`cacheDir: ./node_modules/.astro`: content data
 * store, incremental build manifest, assets; Vite's `node_modules/.vite`), and one shared
 * symlink would put every temp project's caches into the real project's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { cp, lstat, mkdir, readdir, rm, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Top-level entries of the project that are not needed to build it, or are outputs/caches. */
const NOT_COPIED = new Set([
  'node_modules', 'content', 'dist', '.dist-staging', '.dist-retired', '.astro', '.git',
  'bench', 'tests', 'test-results', 'screenshots', 'coverage', '.ci',
]);

/** Package-manager and tool caches that must stay local to each temp project. */
const LOCAL_IN_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

export interface TempProject {
  dir: string;
  /** What the project held right after setup; anything else is an output or a cache. */
  baseline: Set<string>;
}

/** Links each entry of `modules` into `dir/node_modules`, except cache folders. */
async function linkNodeModules(dir: string, modules: string): Promise<void> {
  const target = join(dir, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(modules)) {
    if (!LOCAL_IN_NODE_MODULES.has(name)) await symlink(join(modules, name), join(target, name));
  }
}

/**
 * Copies what is needed to build the project at `projectDir` into `dir`: everything but outputs,
 * caches, tests, content and bench; or the files of git `ref` when given. Taken once per bench
 * run, so every corpus size builds the same code while others keep editing the working tree.
 */
export async function snapshotProject(projectDir: string, dir: string, ref?: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (ref) {
    const archive = execFileSync('git', ['-C', projectDir, 'archive', '--format=tar', ref], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    for (const name of NOT_COPIED) await rm(join(dir, name), { recursive: true, force: true });
    return;
  }
  for (const name of await readdir(projectDir)) {
    if (NOT_COPIED.has(name) || name.endsWith('.log')) continue;
    await cp(join(projectDir, name), join(dir, name), { recursive: true });
  }
}

/** The commit of `projectDir` and whether its working tree differs from it. */
export function describeProject(projectDir: string): string {
  try {
    const commit = execFileSync('git', ['-C', projectDir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', projectDir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'not a git checkout';
  }
}

/** A project in `dir`: a copy of the snapshot `code`, linked node_modules, and `content`. */
export async function createProject(options: { dir: string; code: string; modules: string; content: string }): Promise<TempProject> {
  const { dir } = options;
  await rm(dir, { recursive: true, force: true });
  await cp(options.code, dir, { recursive: true });
  await linkNodeModules(dir, options.modules);
  await cp(options.content, join(dir, 'content'), { recursive: true });
  return { dir, baseline: new Set(await readdir(dir)) };
}

/**
 * Makes the next build cold: removes every output and cache, i.e. whatever appeared in the
 * project or in its node_modules (as a real folder, not one of our links) since setup.
 */
export async function removeCaches(project: TempProject): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(project.dir)) {
    if (project.baseline.has(name)) continue;
    await rm(join(project.dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  const modules = join(project.dir, 'node_modules');
  for (const name of await readdir(modules)) {
    if ((await lstat(join(modules, name))).isSymbolicLink()) continue;
    await rm(join(modules, name), { recursive: true, force: true });
    removed.push(`node_modules/${name}`);
  }
  return removed;
}

/** Top-level entries and node_modules entries that the last build left behind (for the report). */
export async function listCaches(project: TempProject): Promise<string[]> {
  const found = (await readdir(project.dir)).filter((name) => !project.baseline.has(name));
  const modules = join(project.dir, 'node_modules');
  for (const name of await readdir(modules)) {
    if (!(await lstat(join(modules, name))).isSymbolicLink()) found.push(`node_modules/${name}`);
  }
  return found;
}

const OUTPUTS = new Set(['dist', '.dist-staging', '.dist-retired']);
const IMAGE = /\.(png|jpe?g|webp|avif)$/i;

/**
 * Images kept in the project's caches (outputs left out), and how many were written since
 * `sinceMs`: after a warm build with no content changed, a cache by content writes none.
 */
export async function cachedImages(project: TempProject, sinceMs: number): Promise<{ total: number; written: number }> {
  const result = { total: 0, written: 0 };
  for (const cache of await listCaches(project)) {
    if (OUTPUTS.has(cache)) continue;
    const root = join(project.dir, cache);
    if (!(await lstat(root)).isDirectory()) continue;
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !IMAGE.test(entry.name)) continue;
      result.total += 1;
      if ((await stat(join(entry.parentPath, entry.name))).mtimeMs >= sinceMs) result.written += 1;
    }
  }
  return result;
}
