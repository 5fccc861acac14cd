/**
 * The files generated from the zod schemas, path → text, as `npm run schemas` writes them: the
 * content JSON Schemas for editors' tools, and the web editing desk's configuration.
 */
import { join } from 'node:path';
import { stringify } from 'yaml';
import { cmsCollections } from '../../src/lib/cms-config.ts';
import { CONTENT_SCHEMA_DIR, CONTENT_SCHEMAS, contentJsonSchema, schemaFileText, type ObjectDocs } from '../../src/lib/json-schema.ts';
import { readSchemaDocs } from './schema-docs.ts';

/** The desk's configuration without its backend, which each build adds (scripts/build/admin.ts). */
export const CMS_CONFIG_FILE = join('src', 'admin', 'config.yml');

export function cmsConfigText(docs: readonly ObjectDocs[]): string {
  const config = {
    app_title: 'Summit Tracker desk',
    media_folder: 'public/images',
    collections: cmsCollections(docs),
  };
  return `# Generated from src/schemas/ by \`npm run schemas\` (src/lib/cms-config.ts): do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

export async function generateContentSchemaFiles(root: string): Promise<Map<string, string>> {
  const docs = await readSchemaDocs(root);
  return new Map([
    ...CONTENT_SCHEMAS.map(({ file, schema, title, description }): [string, string] => [
      join(CONTENT_SCHEMA_DIR, file),
      schemaFileText(contentJsonSchema(schema, { title, description }, docs)),
    ]),
    [CMS_CONFIG_FILE, cmsConfigText(docs)],
  ]);
}
