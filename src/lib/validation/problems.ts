/**
 * One content problem, reported as `file: field.path: what is wrong (the bad value); how to fix it`.
 * Schema messages follow the convention "what is wrong; how to fix it", split here at the first "; ".
 */
import type { z } from 'astro/zod';
import { distance } from 'fastest-levenshtein';

export interface Problem {
  /** File path relative to the project, e.g. `content/articles/2026/paris-summit.md`. */
  file: string;
  /** Field path such as `quotes[2].speaker`; empty for the file as a whole. */
  path: string;
  message: string;
  /** The value found, when there is one. */
  value?: unknown;
  fix?: string;
  /** The lines of the file around the mistake, when it is at a known line (see yaml-errors.ts). */
  frame?: string;
}

export type PathSegment = string | number | symbol;

/** `['quotes', 2, 'speaker']` → `quotes[2].speaker` */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, '');
}

function showValue(value: unknown): string {
  const shown = value instanceof Date ? value.toISOString() : JSON.stringify(value);
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.file}: ${problem.path}` : problem.file;
  const value = problem.value === undefined ? '' : ` (${showValue(problem.value)})`;
  const fix = problem.fix ? `; ${problem.fix}` : '';
  const frame = problem.frame ? `\n${problem.frame.replace(/^/gm, '    ')}` : '';
  return `${where}: ${problem.message}${value}${fix}${frame}`;
}

/** Splits "what is wrong; how to fix it" into its two halves. */
export function splitMessage(message: string): { message: string; fix?: string } {
  const at = message.indexOf('; ');
  return at === -1 ? { message } : { message: message.slice(0, at), fix: message.slice(at + 2) };
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** The closest of `known` to a misspelt `value`, if it is close enough to be what was meant. */
export function didYouMean(value: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const apart = distance(value.toLowerCase(), candidate.toLowerCase());
    if (apart < bestDistance) [best, bestDistance] = [candidate, apart];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(value.length / 5)) ? best : undefined;
}

/** The object schema inside optional, default and pipe wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (!inner) return current;
    current = inner;
  }
}

/** The field names the schema allows at `path` (through objects and arrays). */
export function knownFieldsAt(schema: z.core.$ZodType, path: readonly PathSegment[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = current._zod.def as { type: string; element?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> };
    const next = typeof segment === 'number' ? def.element : def.shape?.[String(segment)];
    if (!next) return [];
    current = unwrap(next);
  }
  const shape = (current._zod.def as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Turns zod issues into problems that name the field, show the value and say how to fix it. */
export function problemsFromZod(file: string, error: z.ZodError, data: unknown, schema?: z.core.$ZodType): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = schema ? knownFieldsAt(schema, issue.path) : [];
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known);
        return {
          file,
          path: formatPath([...issue.path, key]),
          message: 'is not a known field',
          fix: suggestion
            ? `did you mean "${suggestion}"? Otherwise remove it`
            : 'check its spelling against the field list in README.md, or remove it',
        };
      });
    }
    const value = valueAt(data, issue.path);
    const path = formatPath(issue.path);
    // A missing enum (invalid_value) or date (invalid_union) is missing too, not "must be one of".
    if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
      return [{ file, path, message: 'is missing', fix: 'add it (README.md lists every field)' }];
    }
    // `field:` with nothing after the colon reads as null in YAML, which no field accepts.
    if (value === null) {
      return [{ file, path, message: 'is empty', fix: 'write a value after the colon, or remove the line if the field is optional' }];
    }
    const { message, fix: schemaFix } = splitMessage(issue.message);
    const suggestion = issue.code === 'invalid_value' && typeof value === 'string' ? didYouMean(value, issue.values.map(String)) : undefined;
    const fix = suggestion ? `did you mean "${suggestion}"?` : schemaFix;
    if (issue.code === 'invalid_type' && !fix) {
      const article = /^[aeiou]/.test(issue.expected) ? 'an' : 'a';
      return [{ file, path, message: `must be of type ${issue.expected}`, value, fix: `write it as ${article} ${issue.expected}` }];
    }
    return [{ file, path, message, value, ...(fix ? { fix } : {}) }];
  });
}
