/**
 * Finds date-times written without quotes. Our reader keeps them as text, but other YAML readers
 * (the web editing desk's among them) turn `2026-01-06T18:30:00+01:00` into a UTC timestamp and
 * lose the offset, so "18:30 UTC+01:00" could come back as "17:30 UTC".
 */
import { isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { LOOKS_LIKE_DATE_TIME } from '../date-patterns.ts';
import { formatPath, type PathSegment, type Problem } from './problems.ts';

/** Cheap first look, so that files without any date-time are not parsed twice. */
const MAY_HOLD_DATE_TIME = /\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}/;

/** The first unquoted date-time in `source` (YAML text), as a problem; `file` names it. */
export function unquotedDateTime(source: string, file: string): Problem | undefined {
  if (!MAY_HOLD_DATE_TIME.test(source)) return undefined;
  let found: Problem | undefined;
  visit(parseDocument(source), {
    Scalar(key, node, path) {
      if (key === 'key' || node.type !== 'PLAIN' || !LOOKS_LIKE_DATE_TIME.test(String(node.source ?? node.value))) return;
      found = {
        file,
        path: formatPath(fieldPath([...path, node] as readonly unknown[])),
        message: 'is a date-time without quotes, which YAML readers turn into UTC (dropping its offset)',
        value: String(node.source ?? node.value),
        fix: 'put it in double quotes, e.g. "2026-01-06T18:30:00+01:00" (npm run format:content does this)',
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** Field names and list positions from the document's top to `path`'s last node. */
function fieldPath(path: readonly unknown[]): PathSegment[] {
  const segments: PathSegment[] = [];
  path.forEach((node, index) => {
    const child = path[index + 1];
    if (isPair(node) && isScalar(node.key)) segments.push(String(node.key.value));
    if (isSeq(node) && child !== undefined) segments.push(node.items.indexOf(child as Node));
  });
  return segments;
}
