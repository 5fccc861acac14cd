/**
 * Validates all content before Astro reads it: `astro build` stops with every problem listed,
 * and `astro dev` prints them (Astro itself would only warn on a broken reference).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/validation/problems.ts';
import { checkedContent } from '../lib/validation/checked-content.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'summit-tracker:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const { problems } = await checkedContent(fileURLToPath(config.root));
        if (!problems.length) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'build') throw new Error(`Content has ${problems.length} problem(s):\n${report}`);
        logger.error(`Content has ${problems.length} problem(s):\n${report}`);
      },
    },
  };
}
