/**
 * Validates all content before Astro reads it: `astro build` stops with every problem listed,
 * and `astro dev` prints them (Astro itself would only warn on a broken reference).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/validation/problems.ts';
import { readBuildHandoff } from '../lib/validation/build-handoff.ts';
import { checkedContent } from '../lib/validation/checked-content.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'summit-tracker:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        // `npm run build` validated this very content before starting Astro.
        if (await readBuildHandoff(root)) return;
        const { problems } = await checkedContent(root);
        if (!problems.length) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') throw new Error(`Content has ${problems.length} problem(s):\n${report}`);
        logger.error(`Content has ${problems.length} problem(s):\n${report}`);
      },
    },
  };
}
