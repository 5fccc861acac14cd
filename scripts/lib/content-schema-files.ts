/** The content JSON Schema files, path → text, as `npm run schemas` writes them. */
import { join } from 'node:path';
import { CONTENT_SCHEMA_DIR, CONTENT_SCHEMAS, contentJsonSchema, schemaFileText } from '../../src/lib/json-schema.ts';
import { readSchemaDocs } from './schema-docs.ts';

export async function generateContentSchemaFiles(root: string): Promise<Map<string, string>> {
  const docs = await readSchemaDocs(root);
  return new Map(
    CONTENT_SCHEMAS.map(({ file, schema, title, description }) => [
      join(CONTENT_SCHEMA_DIR, file),
      schemaFileText(contentJsonSchema(schema, { title, description }, docs)),
    ]),
  );
}
