/** The search index written as the build writes it (scripts/build/search-index.ts): prepared into a folder, then indexed part by part. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareSearchIndex, writeSearchIndex } from '../../scripts/build/search-index.ts';
import type { SearchRecords } from '../../src/lib/search-records.ts';

export async function indexRecords(siteDir: string, records: SearchRecords, { recordsPerPart, cacheDir }: { recordsPerPart?: number; cacheDir: string }) {
  const input = await mkdtemp(join(tmpdir(), 'summit-search-input-'));
  try {
    prepareSearchIndex(input, records, recordsPerPart);
    return await writeSearchIndex(siteDir, input, { cacheDir });
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}
