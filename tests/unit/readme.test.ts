import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The README is read by newcomers in five minutes: the performance detail lives in bench/README.md. */
const README_LIMIT = 15_000;

describe('README.md', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it(`stays within ${README_LIMIT} characters`, () => {
    expect([...readme].length).toBeLessThanOrEqual(README_LIMIT);
  });

  it('starts with the two commands', () => {
    const twoCommands = readme.indexOf('## Two commands');
    expect(twoCommands).toBeGreaterThan(0);
    expect(readme.indexOf('npm ci && npm start')).toBeGreaterThan(twoCommands);
    expect(readme.indexOf('npm ci && npm test')).toBeGreaterThan(twoCommands);
    expect(readme.slice(0, twoCommands).match(/^## /gm)).toBeNull();
  });
});
