/**
 * Reads the doc comment of every field of every `z.strictObject({...})` / `z.object({...})`
 * in src/schemas/, so the generated JSON Schemas carry the same help as the source, written once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { glob } from 'tinyglobby';
import type { ObjectDocs } from '../../src/lib/json-schema.ts';

const OBJECT_FACTORIES = new Set(['strictObject', 'object', 'looseObject']);

/** `/** Text, over\n * two lines. *\/` → "Text, over two lines." */
function docOf(node: ts.Node): string | undefined {
  const comments = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = comments
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

function isObjectFactory(node: ts.CallExpression): boolean {
  const callee = node.expression;
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'z' &&
    OBJECT_FACTORIES.has(callee.name.text);
}

/** Every object schema literal in one source text, with its field names and their docs. */
export function objectDocsFromSource(source: string, fileName = 'schema.ts'): ObjectDocs[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: ObjectDocs[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isObjectFactory(node)) {
      const [shape] = node.arguments;
      if (shape && ts.isObjectLiteralExpression(shape)) {
        const fields: string[] = [];
        const docs: Record<string, string> = {};
        for (const property of shape.properties) {
          if (!(ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property))) continue;
          const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
          if (!name) continue;
          fields.push(name);
          const doc = docOf(property);
          if (doc) docs[name] = doc;
        }
        found.push({ fields, docs });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The docs of every object schema under `root/src/schemas/`. */
export async function readSchemaDocs(root: string): Promise<ObjectDocs[]> {
  const files = (await glob('src/schemas/*.ts', { cwd: root })).sort();
  const all: ObjectDocs[] = [];
  for (const file of files) all.push(...objectDocsFromSource(await readFile(join(root, file), 'utf8'), file));
  return all;
}
