/**
 * Astro's glob loader can log a Markdown render error and carry on, leaving an article page
 * without its body: this step fails the build instead.
 */
import { redirectPaths } from '../../src/lib/redirects.ts';
import { BuildFailure, type BuildStep } from './steps.ts';

const ARTICLE_PAGE = /^articles\/[^/]+\/index\.html$/;

export const articleBodies: BuildStep = {
  name: 'article bodies',
  run({ pages, redirects }) {
    // A redirect page (an article's `redirect_from`) has no body by design.
    const redirected = redirectPaths(redirects);
    const empty = [...pages]
      .filter(([path, page]) => ARTICLE_PAGE.test(page.file) && !redirected.has(path) && !page.articleBodyHasText)
      .map(([, page]) => page.file);
    if (empty.length) throw new BuildFailure(`article pages without a body: ${empty.join(', ')}`);
  },
};
