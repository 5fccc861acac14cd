/** `npm run check:content`: validates every content file and prints one line per problem. */
import { checkContent } from './build/check-content.ts';

process.exitCode = (await checkContent(process.cwd())) ? 0 : 1;
