/** The entry of the link check's child process (findBrokenLinksAside in link-check.ts). */
import { findBrokenLinks } from './link-check.ts';

const [outDir, site] = process.argv.slice(2);
if (!outDir || !site || !process.send) throw new Error('usage: forked with <out dir> <site>');
const broken = await findBrokenLinks(outDir, site);
process.send(broken, () => process.disconnect());
