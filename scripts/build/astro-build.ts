/** Stage 2 of `npm run build` (scripts/build.ts), in a process of its own: `astro build <root> <out dir>`. */
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) throw new Error('usage: astro-build.ts <project root> <out dir>');
await build({ root, outDir, logLevel: 'warn' });
