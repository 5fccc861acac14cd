/** Where the build keeps what it can reuse next time, relative to the project: inside `node_modules/.cache`, as tools do, so it is never committed. */
import { join } from 'node:path';

export const CACHE_DIR = join('node_modules', '.cache', 'summit-tracker');
