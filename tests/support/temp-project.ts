/**
 * A throwaway copy of the project (code, config, content) using this checkout's packages,
 * for tests that build fixture content without touching the real `content/` or `dist/`.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Caches kept per project (Vite's, ours), so copies never share them; Astro's is in the project (ASTRO_CACHE_DIR). */
const PRIVATE_CACHES = new Set(['.vite', '.cache']);

/** `node_modules/` of links to this checkout's packages, but with caches of its own. */
async function linkPackages(dir: string): Promise<void> {
  const modules = join(PROJECT_ROOT, 'node_modules');
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(modules)) {
    if (!PRIVATE_CACHES.has(entry)) await symlink(join(modules, entry), join(dir, 'node_modules', entry));
  }
}

export interface ScriptRun {
  code: number;
  /** stdout and stderr, as printed. */
  output: string;
  /** Every output line, trimmed. */
  lines: string[];
}

/** This process's environment without vitest's own variables, which must not reach a build. */
function scriptEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  for (const key of Object.keys(env)) {
    if (/^(VITEST.*|NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/.test(key)) delete env[key];
  }
  return env;
}

export interface TempProject {
  dir: string;
  /** Writes a file relative to the project, creating folders. */
  write(path: string, text: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Runs an npm script there (with `args` after `--`); resolves with its exit code and combined output. */
  run(script: string, args?: string[]): Promise<ScriptRun>;
  cleanup(): Promise<void>;
}

export async function createTempProject(options: { content: 'copy' | 'empty' }): Promise<TempProject> {
  const dir = await mkdtemp(join(tmpdir(), 'summit-tracker-test-'));
  for (const entry of COPIED) await cp(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  await linkPackages(dir);
  if (options.content === 'copy') {
    await cp(join(PROJECT_ROOT, 'content'), join(dir, 'content'), { recursive: true });
  } else {
    for (const kind of ['articles', 'actors', 'countries', 'summits']) await mkdir(join(dir, 'content', kind), { recursive: true });
  }
  return {
    dir,
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    remove: (path) => rm(join(dir, path), { force: true }),
    run: (script, args = []) =>
      new Promise((done) => {
        const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { cwd: dir, env: scriptEnv() });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => done({ code: code ?? 1, output, lines: output.split('\n').map((line) => line.trim()) }));
      }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
