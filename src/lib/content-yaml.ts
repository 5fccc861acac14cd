/**
 * The canonical YAML writer for content files: what `npm run format:content` writes and what the
 * web editing desk saves, so that a change made in either is the smallest diff a person would make.
 *
 * - keys in schema order (unknown keys after them, as found, for the validator to report);
 * - short lists of short values inline: `parties: [gb, fr]`;
 * - text with line breaks as a literal block (`|-`), long text as a folded block (`>-`);
 * - date-times always quoted, so that no YAML reader turns them into UTC and drops the offset;
 * - empty values (null, "", [], {}) left out: no field accepts them, and a person would not write them;
 * - values equal to their field's default (`kind: direct`) left out, for the same reason.
 *
 * Browser-safe: it depends only on `yaml` and plain data (the field order comes from `fieldOrder`).
 */
import { Document, isMap, isScalar, isSeq, parse, visit, type Scalar } from 'yaml';
import { DATE_TIME } from './date-patterns.ts';
import type { FieldOrder } from './field-order.ts';

/** Lines are folded at this width. */
export const LINE_WIDTH = 100;
/** A list is written inline when its values, joined by ", ", are at most this long. */
const INLINE_LIST_WIDTH = 80;
/** Text longer than this (with its key and indent) becomes a folded block. */
const INLINE_TEXT_WIDTH = LINE_WIDTH;

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && Object.keys(value as object).length === 0);

/** A copy of `value` with keys in schema order, and empty values and defaults left out. */
export function orderFields(value: unknown, order: FieldOrder = {}): unknown {
  if (Array.isArray(value)) return value.map((item) => orderFields(item, order)).filter((item) => !isEmpty(item));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const rank = (key: string) => {
    const index = Object.keys(order).indexOf(key);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const sorted = entries
    .map(([key, item], position) => ({ key, item: orderFields(item, order[key]?.fields), position }))
    .filter(({ key, item }) => !isEmpty(item) && (order[key]?.default === undefined || item !== order[key]?.default))
    .sort((a, b) => rank(a.key) - rank(b.key) || a.position - b.position);
  return Object.fromEntries(sorted.map(({ key, item }) => [key, item]));
}

const isShortScalar = (node: unknown) =>
  isScalar(node) && (typeof node.value !== 'string' || (!node.value.includes('\n') && node.value.length <= 40));

/** The YAML text of one content object (an actor, a country, or an article's frontmatter). */
export function toCanonicalYaml(data: unknown, order: FieldOrder): string {
  const doc = new Document(orderFields(data, order));
  visit(doc, {
    Seq(_key, node) {
      const values = node.items.map((item) => (isScalar(item) ? String(item.value) : ''));
      node.flow = node.items.every(isShortScalar) && values.join(', ').length <= INLINE_LIST_WIDTH;
    },
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const style = scalarStyle(node.value, indentOf(path) + keyLength(path));
      if (style) (node as Scalar).type = style;
    },
  });
  return doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, flowCollectionPadding: false });
}

function scalarStyle(text: string, prefix: number): Scalar.Type | undefined {
  if (DATE_TIME.test(text)) return 'QUOTE_DOUBLE';
  if (text.includes('\n')) return 'BLOCK_LITERAL';
  if (prefix + text.length > INLINE_TEXT_WIDTH) return 'BLOCK_FOLDED';
  // Otherwise plain where YAML allows it, quoted where it does not (the library decides).
  return undefined;
}

/** Columns before a value: two per enclosing map or list below the document's top. */
function indentOf(path: readonly unknown[]): number {
  return Math.max(0, path.filter((node) => isMap(node) || isSeq(node)).length - 1) * 2;
}

/** Length of `key: ` for the value at the end of `path` (0 in a list). */
function keyLength(path: readonly unknown[]): number {
  const pair = path.at(-1) as { key?: unknown } | undefined;
  return pair && isScalar(pair.key) ? String(pair.key.value).length + 2 : 2;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A Markdown file's frontmatter text and body, or undefined when it has no frontmatter. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | undefined {
  const match = FRONTMATTER.exec(source);
  return match ? { frontmatter: match[1] ?? '', body: source.slice(match[0].length) } : undefined;
}

/** The body as written in a file: no blank lines before it, one line break after it. */
export const canonicalBody = (body: string) => `${body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()}\n`;

/** A Markdown file: canonical frontmatter, a blank line, and the body. */
export const toMarkdownFile = (data: unknown, body: string, order: FieldOrder) =>
  `---\n${toCanonicalYaml(data, order)}---\n\n${canonicalBody(body)}`;

/**
 * The canonical text of a content file (`markdown` for articles, else YAML), or undefined when it
 * cannot be read (the validator reports why). Dates stay text: YAML 1.2's core schema has no
 * timestamp type.
 */
export function formatContentText(source: string, markdown: boolean, order: FieldOrder): string | undefined {
  try {
    if (!markdown) return toCanonicalYaml(parse(source) ?? {}, order);
    const parts = splitFrontmatter(source);
    return parts && toMarkdownFile(parse(parts.frontmatter) ?? {}, parts.body, order);
  } catch {
    return undefined;
  }
}
