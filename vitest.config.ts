import { defineConfig } from 'vitest/config';

/** Unit tests: pure functions and content validation, no build needed. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
  },
});
