/**
 * The validation phase, run by scripts/build.ts as a child process alongside the Astro process:
 * checks every content file. In a process of its own, the validated content's memory (430 MB
 * at 10,000 articles, which V8 gives back to the system only lazily) is gone before Astro
 * renders instead of adding to its peak. Valid content's redirects go to the build over the
 * IPC channel it starts this process with (sendRedirects).
 *
 * Usage: node scripts/build/validate.ts <project root>; exits with INVALID_CONTENT_EXIT_CODE
 * when the content has problems (they are printed).
 */
import { contentRedirects } from '../../src/lib/redirects.ts';
import { INVALID_CONTENT_EXIT_CODE, sendRedirects } from '../../src/lib/validation/build-handoff.ts';
import { checkContent } from './check-content.ts';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: validate.ts <project root>');
const content = await checkContent(root);
if (content) sendRedirects(contentRedirects(content));
else process.exitCode = INVALID_CONTENT_EXIT_CODE;
