/**
 * The build and the Astro process it starts share the validation over an IPC channel: Astro
 * goes on only once told the content passed, and stops waiting if the build goes away. The
 * validation process hands the build the redirects the valid content declares.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildValidates, buildValidatesEnv, receiveRedirects, tellContentValidated } from '../../src/lib/validation/build-handoff.ts';

const HANDOFF = fileURLToPath(new URL('../../src/lib/validation/build-handoff.ts', import.meta.url));
let dir = '';
let child = '';
let validation = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'summit-handoff-'));
  child = join(dir, 'astro-stand-in.ts');
  // Stands in for the Astro process: says whether it would wait, then waits for the verdict.
  await writeFile(
    child,
    `import { buildValidates, contentValidatedByBuild } from ${JSON.stringify(HANDOFF)};\n` +
      `console.log(buildValidates() ? 'waiting' : 'validating itself');\n` +
      `if (buildValidates()) await contentValidatedByBuild().then(() => console.log('validated'), (error) => console.log(error.message));\n`,
  );
  validation = join(dir, 'validation-stand-in.ts');
  // Stands in for the validation process: valid content (argument "valid") sends its redirects.
  await writeFile(
    validation,
    `import { sendRedirects } from ${JSON.stringify(HANDOFF)};\n` +
      `if (process.argv[2] === 'valid') sendRedirects([{ from: '/articles/old/', to: '/articles/new/' }]);\n` +
      `else process.exitCode = 3;\n`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts the stand-in as the build would (or without its variable); resolves with its output lines. */
function start(env: Record<string, string>, act: (process: ReturnType<typeof fork>) => void): Promise<string[]> {
  const stand = fork(child, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  let output = '';
  let acted = false;
  stand.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (!acted && output.includes('waiting')) {
      acted = true;
      act(stand);
    }
  });
  return new Promise((done) => stand.on('exit', () => done(output.trim().split('\n'))));
}

test('the Astro process waits until the build says the content passed, then ends on its own', async () => {
  expect(await start(buildValidatesEnv(), (stand) => tellContentValidated(stand))).toEqual(['waiting', 'validated']);
});

test('it stops waiting when the build goes away', async () => {
  expect(await start(buildValidatesEnv(), (stand) => stand.disconnect())).toEqual([
    'waiting',
    'the build that started Astro stopped before the content was validated',
  ]);
});

test('started any other way, Astro validates the content itself', async () => {
  expect(buildValidates()).toBe(false);
  expect(await start({}, () => undefined)).toEqual(['validating itself']);
});

test('the validation process hands the build the redirects of valid content, then ends', async () => {
  const stand = fork(validation, ['valid'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ended = new Promise((done) => stand.on('exit', done));
  await expect(receiveRedirects(stand)).resolves.toEqual([{ from: '/articles/old/', to: '/articles/new/' }]);
  await expect(ended).resolves.toBe(0);
});

test('a validation that ends without sending redirects is reported, not waited for', async () => {
  const stand = fork(validation, ['invalid'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await expect(receiveRedirects(stand)).rejects.toThrow('the validation ended without handing over the redirects');
});
