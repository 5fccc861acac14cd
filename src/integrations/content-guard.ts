/**
 * Validates all content before Astro builds anything from it: `astro build` stops with every
 * problem listed (Astro itself would only warn on a broken reference). `npm run build` checks
 * the content itself before it starts Astro, and says so with CONTENT_CHECKED_ENV.
 *
 * `astro dev` prints the problems at start and again after every change under content/, until
 * they are fixed; meanwhile the pages show them in Astro's error overlay (src/lib/site.ts).
 */
import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/content-paths.ts';

/** Set by `npm run build` for the Astro process it starts, once the content has passed. */
export const CONTENT_CHECKED_ENV = 'SUMMIT_TRACKER_CONTENT_CHECKED';

/** Waits this long after a change under content/ for more (one save can write several files). */
const SETTLE_MS = 150;

/** The content's problems, as the report printed everywhere. Loaded only when needed: under `npm run build`, this process never validates. */
async function contentProblems(root: string): Promise<{ count: number; report: string }> {
  const [{ checkedContent }, { contentReport }] = await Promise.all([
    import('../lib/validation/checked-content.ts'),
    import('../lib/validation/content-report.ts'),
  ]);
  const { problems } = await checkedContent(root);
  return { count: problems.length, report: contentReport(problems) };
}

export function contentGuard(): AstroIntegration {
  let root = '';
  let hadProblems = false;
  return {
    name: 'summit-tracker:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (process.env[CONTENT_CHECKED_ENV] === '1') return;
        const { count, report } = await contentProblems(root);
        hadProblems = count > 0;
        if (!count) return;
        if (command === 'build') throw new Error(report);
        logger.error(report);
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, CONTENT_DIR) + sep;
        let timer: NodeJS.Timeout | undefined;
        const recheck = async () => {
          const { count, report } = await contentProblems(root);
          if (count) logger.error(report);
          else if (hadProblems) logger.info('Content OK again: every problem is fixed.');
          hadProblems = count > 0;
        };
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void recheck().catch((error: unknown) => logger.error(String(error))), SETTLE_MS);
        });
      },
    },
  };
}
