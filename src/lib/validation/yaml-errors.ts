/**
 * Turns a YAML parse error into what an editor can act on: the line of the mistake (where it
 * can be known, not where the parser gave up), what it is, and a frame of the lines around it.
 */
import yaml from 'js-yaml';

export interface YamlMistake {
  /** 1-based line in the YAML text. */
  line: number;
  /** What is wrong, e.g. `the key "title" appears twice (first at line 1)`. */
  message: string;
  /** How to fix it, when known from the kind of mistake. */
  fix?: string;
}

/** A line's key, `title` in `  title: x` or `- title: x`. */
const KEY = /^\s*(?:-\s+)?([^\s#:"'][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/;
/** A value that opens a quote: the quote character and the rest of the line after it. */
const QUOTED_VALUE = /^\s*(?:-\s+)?(?:[^:#"']+:\s+)?(["'])(.*)$/;

function unclosedQuoteLine(lines: readonly string[]): number | undefined {
  for (const [index, text] of lines.entries()) {
    const match = QUOTED_VALUE.exec(text);
    if (!match) continue;
    const [, quote, rest = ''] = match;
    const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
    if (!closed) return index + 1;
  }
  return undefined;
}

/** The first line, at or before `before`, that is neither blank, a comment, a list item nor `key: value`. */
function lineWithoutColon(lines: readonly string[], before: number): number | undefined {
  for (let index = 0; index < Math.min(before, lines.length); index += 1) {
    const text = lines[index] ?? '';
    if (!text.trim() || text.trim().startsWith('#') || KEY.test(text) || /^\s*-\s/.test(text) || /^\s*-$/.test(text)) continue;
    // A continuation of a multi-line value is indented under its key: only a top-level line here.
    if (/^\S/.test(text)) return index + 1;
  }
  return undefined;
}

/**
 * Where and what the mistake behind a js-yaml error is. `firstLine` is the file's line where
 * the YAML starts (2 for Markdown frontmatter): messages name lines of the file.
 */
export function locateYamlMistake(source: string, error: yaml.YAMLException, firstLine = 1): YamlMistake {
  const lines = source.split(/\r?\n/);
  const atParser = error.mark.line + 1;
  const reason = error.reason;
  if (reason === 'duplicated mapping key') {
    const key = KEY.exec(lines[error.mark.line] ?? '')?.[1] ?? '';
    const indent = /^\s*(?:-\s+)?/.exec(lines[error.mark.line] ?? '')?.[0].length ?? 0;
    let first: number | undefined;
    for (let index = error.mark.line - 1; index >= 0; index -= 1) {
      const text = lines[index] ?? '';
      const leading = /^\s*(?:-\s+)?/.exec(text)?.[0].length ?? 0;
      if (leading < indent && text.trim()) break;
      if (leading === indent && KEY.exec(text)?.[1] === key) first = index + 1;
    }
    return { line: atParser, message: `the key "${key}" appears twice${first ? ` (first at line ${first + firstLine - 1})` : ''}`, fix: 'keep one of them' };
  }
  // A quote left open swallows the lines after it: the parser stops later, wherever that leads.
  const unclosed = unclosedQuoteLine(lines);
  if (unclosed !== undefined && unclosed < atParser) {
    return { line: unclosed, message: 'a quote opened here is not closed on its line', fix: 'end the text with the same quote mark' };
  }
  if (unclosed !== undefined && /within a (?:double|single) quoted scalar|unexpected end of the stream within/.test(reason)) {
    return { line: unclosed, message: 'a quote opened here is never closed', fix: 'end the text with the same quote mark' };
  }
  if (/end of the stream or a document separator is expected|can not read a block mapping entry|a multiline key may not be an implicit key/.test(reason)) {
    const line = lineWithoutColon(lines, atParser);
    if (line !== undefined) return { line, message: 'this line has no colon after its field name', fix: 'write it as "field: value"' };
  }
  return { line: atParser, message: reason };
}

/** The lines around `line` (two before, one after), numbered, the line itself marked with `>`. */
export function codeFrame(source: string, line: number, firstLine = 1): string {
  const lines = source.replace(/\r?\n$/, '').split(/\r?\n/);
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 1);
  const width = String(to + firstLine - 1).length;
  const frame: string[] = [];
  for (let at = from; at <= to; at += 1) {
    frame.push(`${at === line ? '>' : ' '} ${String(at + firstLine - 1).padStart(width)} | ${lines[at - 1] ?? ''}`);
  }
  return frame.join('\n');
}
