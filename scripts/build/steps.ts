/**
 * The steps after `astro build`: each `{ name, run(context) }`, run in order over the site in its
 * staging folder. The steps that check pages share one reading of them (`context.pages`).
 */
import type { Redirect } from '../../src/lib/redirects.ts';
import { readSitePages, type SitePages } from './site-pages.ts';

/** A failure the build reports as it is, without a stack: the message says what to fix. */
export class BuildFailure extends Error {}

export interface BuildContext {
  /** The project. */
  root: string;
  /** The built site, in its staging folder. */
  siteDir: string;
  /** The public address the pages' absolute links use. */
  site: string;
  /** The redirects the content declares (old ids, country aliases). */
  redirects: readonly Redirect[];
  /** Every HTML page, read when a step first asks. */
  readonly pages: SitePages;
}

export interface BuildStep {
  name: string;
  /** Throws a BuildFailure to stop the build; may return a line to print. */
  run(context: BuildContext): Promise<string | void> | string | void;
}

/** A context whose `pages` are read from `siteDir` the first time a step asks. */
export function buildContext(fields: Omit<BuildContext, 'pages'>): BuildContext {
  let pages: SitePages | undefined;
  return {
    ...fields,
    get pages() {
      return (pages ??= readSitePages(fields.siteDir));
    },
  };
}

/** Runs `steps` in order, printing each one's time as `[phase] name: X s` (the bench reads these). */
export async function runSteps(steps: readonly BuildStep[], context: BuildContext): Promise<void> {
  for (const step of steps) await timed(step.name, async () => {
    const said = await step.run(context);
    if (said) console.log(said);
  });
}

/** Runs `work`, then prints how long it took as the phase `name`. */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`[phase] ${name}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}
