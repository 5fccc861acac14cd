/**
 * Validates all content before Astro builds anything from it: `astro build` stops with every
 * problem listed, and `astro dev` prints them (Astro itself would only warn on a broken
 * reference). Under `npm run build`, the build validates the content in a process of its own
 * while Astro starts and reads it, and Astro waits for the verdict before building
 * (src/lib/validation/build-handoff.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildValidates, contentValidatedByBuild } from '../lib/validation/build-handoff.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'summit-tracker:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (buildValidates()) return;
        // Loaded only here: under the build, this process never validates (0.3 s of its start).
        const [{ checkedContent }, { formatProblem }] = await Promise.all([
          import('../lib/validation/checked-content.ts'),
          import('../lib/validation/problems.ts'),
        ]);
        const { problems } = await checkedContent(fileURLToPath(config.root));
        if (!problems.length) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') throw new Error(`Content has ${problems.length} problem(s):\n${report}`);
        logger.error(`Content has ${problems.length} problem(s):\n${report}`);
      },
      // After Astro has read the content (its sync), before it bundles or renders a page.
      'astro:build:start': async () => {
        if (buildValidates()) await contentValidatedByBuild();
      },
    },
  };
}
