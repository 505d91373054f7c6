// Reading settings (course.yaml and each lesson's front matter) with errors in plain words:
// the YAML parser's messages describe its grammar ("Nested mappings are not allowed in
// compact mappings"); the designer needs what they did (a colon inside an unquoted title).
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { ErrorList } from './errors.ts';
import { ID_RULE, LESSON_KINDS } from './schema.ts';
import { closest, CURLY_QUOTES } from './words.ts';

export interface SettingsDoc {
  doc: Document;
  lc: LineCounter;
  /** Lines of the file before the YAML text (1 for front matter after its "---"). */
  lineOffset: number;
  file: string;
}

/** Parses YAML; on a syntax error reports the first one only (the rest follow from it). */
export function readSettings(text: string, file: string, lineOffset: number, errors: ErrorList): SettingsDoc | null {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lines = text.split('\n');
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    explainYamlError(e.code, e.message, lines, pos.line, pos.col, (line, col, code, message, fix) => errors.add(file, line + lineOffset, col, code, message, fix));
    return null;
  }
  // Curly quotes around a value: YAML takes them as part of it ("“my-lesson”" is not an id).
  // Reported here, and the settings not checked further: the schema would report them again.
  let curly = false;
  visit(doc, {
    Pair(_, pair, path) {
      if (!isScalar(pair.value) || !pair.value.range) return;
      const source = text.slice(pair.value.range[0], pair.value.range[1]);
      if (!CURLY_QUOTES.test(source.charAt(0))) return;
      const keys = [...path.filter(isPair).map((p) => String((p.key as { value: unknown }).value)), String((pair.key as { value: unknown }).value)];
      const at = lc.linePos(pair.value.range[0]);
      const closed = CURLY_QUOTES.test(source[source.length - 1]);
      curly = true;
      errors.add(file, at.line + lineOffset, at.col, 'CurlyQuotes', `The setting "${keys.join('.')}" is wrapped in curly quotes (${source[0]}${closed ? ` ${source[source.length - 1]}` : ''}), which a word processor typed in place of straight ones; they would become part of the value.`, `Use straight double quotes, or none: ${keys[keys.length - 1]}: "${source.slice(1, closed ? -1 : undefined)}". Curly quotes are fine inside the text.`);
    },
  });
  return curly ? null : { doc, lc, lineOffset, file };
}

/**
 * For each line, whether it is the text of a block value: below a `name: >` or `name: |` line
 * (with or without `-`, `+` or a number after the sign) and indented with more spaces than that
 * name, or blank in between. YAML 1.2, 8.1 (block scalars).
 */
function blockScalarLines(lines: string[]): boolean[] {
  const inside: boolean[] = [];
  let keyIndent = -1;
  for (const l of lines) {
    const indent = l.search(/[^ ]|$/);
    if (keyIndent >= 0 && (l.trim() === '' || indent > keyIndent)) {
      inside.push(true);
      continue;
    }
    keyIndent = /:\s*[>|][-+0-9]*\s*(#.*)?$/.test(l) ? indent : -1;
    inside.push(false);
  }
  return inside;
}

type Report = (line: number, col: number, code: 'YamlSyntax' | 'CurlyQuotes', message: string, fix: string) => void;

function explainYamlError(code: string, message: string, lines: string[], line: number, col: number, report: Report): void {
  const text = lines[line - 1];
  // A tab used for indenting, on this line or above, breaks the structure from there on; on the
  // next line too: after spaces, YAML reads it as the rest of this line's value and stops here.
  // (A tab on a blank line or before a comment is harmless.)
  // A tab inside a block value (`summary: >` or `|`, below it and indented further) is text.
  const inBlockText = blockScalarLines(lines);
  const tabLine = code === 'TAB_AS_INDENT' ? line : lines.findIndex((l, k) => k <= line && !inBlockText[k] && /^ *\t\s*[^\s#]/.test(l)) + 1;
  if (tabLine > 0) {
    const t = lines[tabLine - 1];
    report(tabLine, t.indexOf('\t') + 1, 'YamlSyntax', 'This line contains a tab character. Settings are indented with spaces, and a tab breaks them.', 'Replace the tab with spaces (two spaces per level of indenting). Many editors can show tabs: look for "render whitespace".');
    return;
  }
  // A value that starts with a curly quote: meant as quoting, read as text, so its colon breaks it.
  const curlyLine = lines.findIndex((l, k) => k <= line - 1 && /:\s*[\u2018\u201C\u201E]/.test(l)) + 1;
  if (curlyLine > 0) {
    const c = lines[curlyLine - 1];
    const at = c.search(/[\u2018\u201C\u201E]/);
    const key = /^\s*([\w-]+)\s*:/.exec(c)?.[1] ?? 'value';
    report(curlyLine, at + 1, 'CurlyQuotes', `The ${key} is wrapped in curly quotes (${c[at]}), which a word processor typed in place of straight ones; YAML does not see them as quotes, so the colon inside breaks the line.`, `Use straight double quotes: ${key}: "${c.slice(at + 1).replace(/[\u201C\u201D\u2018\u2019]\s*$/, '').trim()}".`);
    return;
  }
  const setting = /^(\s*)([\w-]+):\s+(.*)$/.exec(text);
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && setting && /:\s/.test(setting[3])) {
    const [, indent, key, value] = setting;
    const inner = text.indexOf(':', indent.length + key.length + 1);
    report(line, inner + 1, 'YamlSyntax', `The ${key} contains a colon followed by a space, so "${value.slice(0, value.indexOf(':'))}" is read as the name of another setting.`, `Put the whole ${key} in straight double quotes: ${key}: "${value.replace(/"/g, '\\"')}".`);
    return;
  }
  if (/quote/.test(message)) {
    // "Missing closing 'quote" (or "quote), reported at the end of the text: the opening line is
    // the last one above with an odd number of that quote, not counting escaped ones (\").
    const quote = message.includes("'") ? "'" : '"';
    let k = line - 1;
    while (k > 0 && lines[k].replace(/\\"/g, '').split(quote).length % 2 === 1) k--;
    report(k + 1, Math.max(1, lines[k].indexOf(quote) + 1), 'YamlSyntax', 'A quote opened on this line is never closed, so everything after it is read as one long value.', `Add the closing ${quote} at the end of the value.`);
    return;
  }
  if (code === 'MULTIPLE_DOCS') {
    // Reported where the second list starts: after a "---" there, after a "..." on the line above.
    let k = line - 1;
    while (k > 0 && !/^(---|\.\.\.)(\s|$)/.test(lines[k])) k--;
    report(k + 1, 1, 'YamlSyntax', `The line "${lines[k].trim()}" marks the end of the settings, and the file holds one list of settings only.`, 'Remove the line, and keep all the settings together above or below it.');
    return;
  }
  if (/^\s*[^\s:#][^:]*$/.test(text)) {
    const first = text.trim().split(/\s+/)[0];
    // A list item ("- intro") is a value of the setting above it: no "name: value" to suggest.
    const listItem = first === '-';
    report(line, text.search(/\S/) + 1, 'YamlSyntax', `The line "${text.trim()}" has no colon, so it is not a setting.`, listItem ? 'Write each setting as "name: value". A list item ("- intro") goes only under a setting that takes a list, indented below it: in course.yaml, the "requires:" of a completion rule.' : `Write each setting as "name: value"${text.trim().includes(' ') ? `, like "${first}: ${text.trim().slice(first.length).trim()}"` : ''}.`);
    return;
  }
  report(line, col, 'YamlSyntax', `The settings could not be read: ${message.split('\n')[0]}.`, 'Check this line: each setting is "name: value" on its own line; put text containing a colon in straight double quotes ("Scenario 1: The temp"), and indent with spaces.');
}

/**
 * Line and column of the value (or with `key`, the name) at a path of settings: names for
 * mappings, indexes for lists, in block or flow style. As far as the path exists; line 1,
 * column 1 (plus the offset) when not even its first name does.
 */
export function nodePosition(s: SettingsDoc, path: (string | number)[], key = false): { line: number; col: number } {
  let node: unknown = s.doc.contents;
  let found: { range?: [number, number, number] } | null = null;
  for (const seg of path) {
    if (isSeq(node) && typeof seg === 'number') {
      // A list item, in block ("- x") or flow ("[x, y]") style.
      const item = node.items[seg];
      if (!item) break;
      found = item as { range?: [number, number, number] };
      node = item;
      continue;
    }
    if (!isMap(node)) break;
    // String(): a key written as a number ("1: x") is reported with the name "1".
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
    if (!pair) break;
    found = (key ? pair.key : (pair.value ?? pair.key)) as { range?: [number, number, number] };
    node = pair.value;
  }
  if (!found?.range) return { line: 1 + s.lineOffset, col: 1 };
  const pos = s.lc.linePos(found.range[0]);
  return { line: pos.line + s.lineOffset, col: pos.col };
}

/** The value as the designer typed it, for messages ("1.1", not 1.1). */
function sourceOf(s: SettingsDoc, path: string[]): string | null {
  let node: unknown = s.doc.contents;
  for (const seg of path) {
    if (!isMap(node)) return null;
    node = node.items.find((p) => isScalar(p.key) && p.key.value === seg)?.value;
  }
  return isScalar(node) && node.source !== undefined ? String(node.source) : null;
}

export function reportSchemaIssues(issues: z.core.$ZodIssue[], s: SettingsDoc, known: string[], errors: ErrorList): void {
  const isLesson = s.file.endsWith('.md');
  const data = s.doc.toJS();
  for (const issue of issues) {
    const path = issue.path.map(String);
    const name = path.join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) {
        const pos = nodePosition(s, [...path, k], true);
        const near = closest(k, isLesson ? known : []);
        errors.add(s.file, pos.line, pos.col, 'UnknownField', `"${k}" is not a setting here.`, near ? `Did you mean "${near}"?` : `Remove it. Settings allowed here: ${isLesson ? known.join(', ') : 'see content/README.md'}.`);
      }
      continue;
    }
    const value = path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), data);
    if (value === undefined) {
      const pos = nodePosition(s, path.slice(0, -1), true);
      errors.add(s.file, pos.line, pos.col, 'MissingField', `The setting "${name}" is missing.`, isLesson ? fieldHelp(path[path.length - 1]) : `Add "${name}" (see content/README.md for an example).`);
      continue;
    }
    const pos = nodePosition(s, path);
    let fix = isLesson ? fieldHelp(path[path.length - 1]) : 'See content/README.md for the allowed values.';
    if (issue.code === 'invalid_value') {
      const near = closest(String(value), issue.values.map(String));
      fix = `Use one of: ${issue.values.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`;
    }
    let message = path.length ? `The setting "${name}" ${describeIssue(issue, value)}.` : `The settings are not written as "name: value" lines: they read as ${JSON.stringify(value)}.`;
    if (name === 'version' && typeof value === 'number') {
      const typed = sourceOf(s, path) ?? String(value);
      const meant = /^\d+\.\d+$/.test(typed) ? `${typed}.0` : /^\d+$/.test(typed) ? `${typed}.0.0` : '1.1.0';
      message = `"version: ${typed}" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "${value}".`;
      fix = `Write three numbers separated by dots, like "version: ${meant}"; that is always read as text. Bump the last number for wording fixes, the middle one for new or changed lessons.`;
    } else if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
      fix = `Put the value in straight double quotes so that it is read as text: ${path[path.length - 1]}: "${sourceOf(s, path) ?? value}".`;
    }
    errors.add(s.file, pos.line, pos.col, 'InvalidField', message, fix);
  }
}

/** What the schema expects, in words (zod's names otherwise: "a int", "a object"). */
const EXPECTED: Record<string, string> = { string: 'text', int: 'a whole number', object: 'a group of settings, each on its own indented line' };

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') return `should be ${EXPECTED[issue.expected] ?? `a ${issue.expected}`}, not ${JSON.stringify(value)}`;
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return `has the value ${JSON.stringify(value)}, which is not allowed`;
  if (issue.code === 'too_small') return issue.origin === 'number' ? `should be at least ${issue.minimum}, not ${JSON.stringify(value)}` : 'is empty';
  if (issue.code === 'too_big') return `is longer than ${issue.maximum} characters`;
  // The schema's own words ("must look like "1.2.0"").
  return issue.message;
}

function fieldHelp(field: string): string {
  switch (field) {
    case 'id':
      return `Add "id: my-lesson" using ${ID_RULE}. Keep it unchanged once learners use the unit.`;
    case 'title':
      return 'Add "title: The lesson title" (put it in straight double quotes if it contains a colon).';
    case 'kind':
      return `Add "kind:" with one of: ${LESSON_KINDS.join(', ')}. Most lessons are "lesson".`;
    case 'optional':
      return 'Write "optional: true" or leave the setting out.';
    case 'summary':
      return 'Write one short line that the menu shows under the title.';
    default:
      return 'See content/README.md.';
  }
}
