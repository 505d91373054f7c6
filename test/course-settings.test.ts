// The settings a designer writes (a lesson's front matter, content/course.yaml): what the
// compiler makes of valid ones, and for every kind of mistake the exact message, place and fix
// that `npm run check:content` prints. In-process (no build, no child process), so that it
// also judges each mutant under mutation testing.
import { describe, expect, it } from 'vitest';
import { parseCourseConfig } from '../src/course/course-config';
import { ErrorList, formatError } from '../src/course/errors';
import { parseLesson } from '../src/course/lesson';
import type { Lesson } from '../src/course/types';

const LESSON_FILE = 'content/lessons/25-extra.md';
const COURSE_FILE = 'content/course.yaml';

/** A lesson with these front-matter lines (line 1 of `front` is line 2 of the file). */
function lesson(front: string): { lesson: Lesson | null; errors: string[] } {
  const errors = new ErrorList();
  const parsed = parseLesson({ path: LESSON_FILE, text: `---\n${front}\n---\n\nSome text.\n` }, errors, { ids: new Map(), links: [], lessonLists: [], images: new Map() });
  return { lesson: parsed, errors: errors.items.map(formatError) };
}
const lessonErrors = (front: string) => lesson(front).errors;

/** `file:line:column Code: message` and the fix, as the check prints them. */
const err = (where: string, code: string, message: string, fix: string, file = LESSON_FILE) => `${file}:${where} ${code}: ${message}\n  Fix: ${fix}`;
const courseErr = (where: string, code: string, message: string, fix: string) => err(where, code, message, fix, COURSE_FILE);

const COLON_FIX = 'Check this line: each setting is "name: value" on its own line; put text containing a colon in straight double quotes ("Scenario 1: The temp"), and indent with spaces.';
const TAB = 'This line contains a tab character. Settings are indented with spaces, and a tab breaks them.';
const TAB_FIX = 'Replace the tab with spaces (two spaces per level of indenting). Many editors can show tabs: look for "render whitespace".';
const UNCLOSED = 'A quote opened on this line is never closed, so everything after it is read as one long value.';
const curlyColon = (key: string, quote: string) => `The ${key} is wrapped in curly quotes (${quote}), which a word processor typed in place of straight ones; YAML does not see them as quotes, so the colon inside breaks the line.`;
const curlyValue = (name: string, quotes: string) => `The setting "${name}" is wrapped in curly quotes (${quotes}), which a word processor typed in place of straight ones; they would become part of the value.`;
const curlyValueFix = (key: string, value: string) => `Use straight double quotes, or none: ${key}: "${value}". Curly quotes are fine inside the text.`;
const ID_HELP = 'Add "id: my-lesson" using lowercase letters, digits and single hyphens, at most 64 characters (for example "scenario-temp"). Keep it unchanged once learners use the unit.';
const TITLE_HELP = 'Add "title: The lesson title" (put it in straight double quotes if it contains a colon).';
const KIND_HELP = 'Add "kind:" with one of: self-assessment, path, quick-scan, lesson, closing, reference. Most lessons are "lesson".';
const OPTIONAL_HELP = 'Write "optional: true" or leave the setting out.';
const SUMMARY_HELP = 'Write one short line that the menu shows under the title.';
const KINDS = 'self-assessment, path, quick-scan, lesson, closing, reference';

describe('a lesson\'s front matter that YAML cannot read: one error, in the designer\'s words', () => {
  it.each<[string, string, string[]]>([
    // A colon inside an unquoted value.
    ['a colon inside a title', 'id: a\ntitle: Scenario 1: The temp\nkind: lesson', [err('3:18', 'YamlSyntax', 'The title contains a colon followed by a space, so "Scenario 1" is read as the name of another setting.', 'Put the whole title in straight double quotes: title: "Scenario 1: The temp".')]],
    ['a colon inside a title after two spaces', 'id: a\ntitle:  Scenario 1: The temp\nkind: lesson', [err('3:19', 'YamlSyntax', 'The title contains a colon followed by a space, so "Scenario 1" is read as the name of another setting.', 'Put the whole title in straight double quotes: title: "Scenario 1: The temp".')]],
    ['a colon inside a summary with straight quotes in it', 'id: a\ntitle: x\nkind: lesson\nsummary: Step 2: the "why"', [err('5:16', 'YamlSyntax', 'The summary contains a colon followed by a space, so "Step 2" is read as the name of another setting.', 'Put the whole summary in straight double quotes: summary: "Step 2: the \\"why\\"".')]],
    ['a colon inside a value whose name has a space', 'id: a\nmy title: Scenario 1: The temp\nkind: lesson', [err('3:11', 'YamlSyntax', 'The settings could not be read: Nested mappings are not allowed in compact mappings.', COLON_FIX)]],
    ['a setting written twice (its value has a colon, but quoted)', 'id: a\ntitle: x\nkind: lesson\ntitle: "A: b"', [err('5:1', 'YamlSyntax', 'The settings could not be read: Map keys must be unique.', COLON_FIX)]],
    ['a list left open', 'id: a\ntitle: [a\nkind: lesson', [err('4:1', 'YamlSyntax', 'The settings could not be read: Flow sequence in block collection must be sufficiently indented and end with a ].', COLON_FIX)]],
    ['a block inside braces', 'id: a\ntitle: {x: 1 y: 2}\nkind: lesson', [err('3:12', 'YamlSyntax', 'The settings could not be read: Block collections are not allowed within flow collections.', COLON_FIX)]],
    // A quote never closed: YAML notices at the end; the error names the line that opened it.
    ['a double quote never closed', 'id: a\ntitle: "Scenario one\nkind: lesson', [err('3:8', 'YamlSyntax', UNCLOSED, 'Add the closing " at the end of the value.')]],
    ['a single quote never closed', 'id: a\ntitle: \'Scenario one\nkind: lesson', [err('3:8', 'YamlSyntax', UNCLOSED, 'Add the closing \' at the end of the value.')]],
    ['a quote never closed on the first line', 'title: "Scenario one\nid: a\nkind: lesson', [err('2:8', 'YamlSyntax', UNCLOSED, 'Add the closing " at the end of the value.')]],
    ['a quote never closed, after an escaped one', 'id: a\ntitle: "Say \\"hi\nkind: lesson', [err('3:8', 'YamlSyntax', UNCLOSED, 'Add the closing " at the end of the value.')]],
    ['a quote never closed, with a closed one above', 'id: a\nsummary: "Closed"\ntitle: "Scenario one\nkind: lesson', [err('4:8', 'YamlSyntax', UNCLOSED, 'Add the closing " at the end of the value.')]],
    // A line without a colon.
    ['a line without a colon', 'id: a\nkind lesson\ntitle: x', [err('3:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    ['a line without a colon, two spaces between name and value', 'id: a\nkind  lesson\ntitle: x', [err('3:1', 'YamlSyntax', 'The line "kind  lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    ['a list item where a setting belongs', 'id: a\n- intro\ntitle: x', [err('3:1', 'YamlSyntax', 'The line "- intro" has no colon, so it is not a setting.', 'Write each setting as "name: value". A list item ("- intro") goes only under a setting that takes a list, indented below it: in course.yaml, the "requires:" of a completion rule.')]],
    ['a line of one word', 'id: a\nlesson\ntitle: x', [err('3:1', 'YamlSyntax', 'The line "lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value".')]],
    ['a list item among the settings', 'id: a\ntitle: x\nkind: lesson\n- y: z', [err('5:1', 'YamlSyntax', 'The settings could not be read: Implicit keys need to be on a single line.', COLON_FIX)]],
    // Tabs.
    ['a line indented with a tab', 'id: a\ntitle: x\n\tkind: lesson', [err('4:1', 'YamlSyntax', TAB, TAB_FIX)]],
    ['a tab after spaces (YAML stops on the line above)', 'id: a\ntitle: x\n  \tkind: lesson', [err('4:3', 'YamlSyntax', TAB, TAB_FIX)]],
    ['two tabs after spaces', 'id: a\ntitle: x\n  \t\tkind: lesson', [err('4:3', 'YamlSyntax', TAB, TAB_FIX)]],
    ['a tab on a blank line is harmless: the mistake below is named', '\t\nid: a\nkind lesson', [err('4:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    ['a tab before a comment is harmless: the mistake below is named', 'id: a\n \t# note\nkind lesson', [err('4:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    ['two tabs before a setting, above another mistake (the tab comes first)', 'id: a\n\t\ttitle: x\nkind lesson', [err('3:1', 'YamlSyntax', TAB, TAB_FIX)]],
    ['a tab-indented line below a tab inside a folded summary', 'id: a\nsummary: >\n  a\n  \tb\ntitle: x\n\tkind: lesson', [err('7:1', 'YamlSyntax', TAB, TAB_FIX)]],
    ['a tab inside a folded summary is text: the mistake below it is named', 'id: a\nsummary: >\n  a\n  \tb\nkind lesson', [err('6:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    ['a tab inside a literal block ("|-") is text too', 'id: a\nsummary: |-\n    one\n\n    \ttwo\nkind lesson', [err('7:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    ['a tab-indented line right after another mistake', 'id: a\nkind lesson\n\ttitle: x', [err('4:1', 'YamlSyntax', TAB, TAB_FIX)]],
    ['a tab further below another mistake (that mistake comes first)', 'id: a\nkind lesson\ntitle: x\n\tsummary: y', [err('3:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    ['a tab inside a value is not indenting', 'id: a\ntitle: a\tb\nkind lesson', [err('4:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
    // Curly quotes meant as quoting, around a value with a colon.
    ['curly double quotes around a title with a colon', 'id: a\ntitle: “Scenario 1: The temp”\nkind: lesson', [err('3:8', 'CurlyQuotes', curlyColon('title', '“'), 'Use straight double quotes: title: "Scenario 1: The temp".')]],
    ['curly quotes after two spaces', 'id: a\ntitle:  “Scenario 1: The temp”\nkind: lesson', [err('3:9', 'CurlyQuotes', curlyColon('title', '“'), 'Use straight double quotes: title: "Scenario 1: The temp".')]],
    ['curly quotes after "title :"', 'id: a\ntitle : “Scenario 1: The temp”\nkind: lesson', [err('3:9', 'CurlyQuotes', curlyColon('title', '“'), 'Use straight double quotes: title: "Scenario 1: The temp".')]],
    ['curly quotes with spaces inside and after them', 'id: a\ntitle: “ Scenario 1: The temp ”  \nkind: lesson', [err('3:8', 'CurlyQuotes', curlyColon('title', '“'), 'Use straight double quotes: title: "Scenario 1: The temp".')]],
    ['curly quotes around text with curly single quotes in it', 'id: a\ntitle: “He said ‘A: b’ today”\nkind: lesson', [err('3:8', 'CurlyQuotes', curlyColon('title', '“'), 'Use straight double quotes: title: "He said ‘A: b’ today".')]],
    ['low-high quotes („ “)', 'id: a\ntitle: „A: b“\nkind: lesson', [err('3:8', 'CurlyQuotes', curlyColon('title', '„'), 'Use straight double quotes: title: "A: b".')]],
    ['curly single quotes', 'id: a\ntitle: ‘A: b’\nkind: lesson', [err('3:8', 'CurlyQuotes', curlyColon('title', '‘'), 'Use straight double quotes: title: "A: b".')]],
    ['curly quotes after a name with a space', 'id: a\nmy title: “Scenario 1: The temp”\nkind: lesson', [err('3:11', 'CurlyQuotes', curlyColon('value', '“'), 'Use straight double quotes: value: "Scenario 1: The temp".')]],
    ['curly quotes on the line after another mistake (that mistake comes first)', 'id: a\nkind lesson\ntitle: “A: b”', [err('3:1', 'YamlSyntax', 'The line "kind lesson" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "kind: lesson".')]],
  ])('%s', (_, front, expected) => {
    const { lesson: parsed, errors } = lesson(front);
    expect(errors).toEqual(expected);
    expect(parsed).toBeNull();
  });
});

describe('curly quotes around a whole value that YAML can read', () => {
  it.each<[string, string, string[]]>([
    ['around an id', 'id: “extra”\ntitle: x\nkind: lesson', [err('2:5', 'CurlyQuotes', curlyValue('id', '“ ”'), curlyValueFix('id', 'extra'))]],
    ['around two values: both reported', 'id: “extra”\ntitle: ‘An extra’\nkind: lesson', [err('2:5', 'CurlyQuotes', curlyValue('id', '“ ”'), curlyValueFix('id', 'extra')), err('3:8', 'CurlyQuotes', curlyValue('title', '‘ ’'), curlyValueFix('title', 'An extra'))]],
    ['an opening curly quote only', 'id: extra\ntitle: “An extra lesson\nkind: lesson', [err('3:8', 'CurlyQuotes', curlyValue('title', '“'), curlyValueFix('title', 'An extra lesson'))]],
    ['guillemets', 'id: extra\ntitle: «Extra»\nkind: lesson', [err('3:8', 'CurlyQuotes', curlyValue('title', '« »'), curlyValueFix('title', 'Extra'))]],
  ])('%s', (_, front, expected) => {
    expect(lessonErrors(front)).toEqual(expected);
  });

  it('inside the text they are fine, and kept', () => {
    const { lesson: parsed, errors } = lesson('id: extra\ntitle: The “best” way\nkind: lesson\nsummary: Why ‘good enough’ is');
    expect(errors).toEqual([]);
    expect(parsed).toMatchObject({ id: 'extra', title: 'The “best” way', kind: 'lesson', summary: 'Why ‘good enough’ is', optional: false, paths: ['full'] });
  });
});

describe('a lesson\'s settings that do not fit: the setting, its value, and how to write it', () => {
  it.each<[string, string, string[]]>([
    ['no settings at all', '', [
      err('2:1', 'MissingField', 'The setting "id" is missing.', ID_HELP),
      err('2:1', 'MissingField', 'The setting "title" is missing.', TITLE_HELP),
      err('2:1', 'MissingField', 'The setting "kind" is missing.', KIND_HELP),
    ]],
    ['the kind missing', 'id: extra\ntitle: x', [err('2:1', 'MissingField', 'The setting "kind" is missing.', KIND_HELP)]],
    ['one line of text instead of settings', 'An extra lesson', [err('2:1', 'InvalidField', 'The settings are not written as "name: value" lines: they read as "An extra lesson".', 'See content/README.md.')]],
    ['a list instead of settings', '- id: a\n- title', [err('2:1', 'InvalidField', 'The settings are not written as "name: value" lines: they read as [{"id":"a"},"title"].', 'See content/README.md.')]],
    ['an empty title and summary', 'id: extra\ntitle: ""\nkind: lesson\nsummary: ""', [
      err('3:8', 'InvalidField', 'The setting "title" is empty.', TITLE_HELP),
      err('5:10', 'InvalidField', 'The setting "summary" is empty.', SUMMARY_HELP),
    ]],
    ['a title YAML reads as a number', 'id: extra\ntitle: 2024\nkind: lesson', [err('3:8', 'InvalidField', 'The setting "title" should be text, not 2024.', 'Put the value in straight double quotes so that it is read as text: title: "2024".')]],
    ['a title YAML reads as a number, as typed', 'id: extra\ntitle: 1.10\nkind: lesson', [err('3:8', 'InvalidField', 'The setting "title" should be text, not 1.1.', 'Put the value in straight double quotes so that it is read as text: title: "1.10".')]],
    ['a title YAML reads as true', 'id: extra\ntitle: true\nkind: lesson', [err('3:8', 'InvalidField', 'The setting "title" should be text, not true.', 'Put the value in straight double quotes so that it is read as text: title: "true".')]],
    ['a title left empty', 'id: extra\ntitle:\nkind: lesson', [err('3:7', 'InvalidField', 'The setting "title" should be text, not null.', TITLE_HELP)]],
    ['a title in braces', 'id: extra\ntitle: {x: 1}\nkind: lesson', [err('3:8', 'InvalidField', 'The setting "title" should be text, not {"x":1}.', TITLE_HELP)]],
    ['optional as a number', 'id: extra\ntitle: x\nkind: lesson\noptional: 1', [err('5:11', 'InvalidField', 'The setting "optional" should be a boolean, not 1.', OPTIONAL_HELP)]],
    ['optional as "yes" (text in YAML 1.2)', 'id: extra\ntitle: x\nkind: lesson\noptional: yes', [err('5:11', 'InvalidField', 'The setting "optional" should be a boolean, not "yes".', OPTIONAL_HELP)]],
    ['a kind with a typo', 'id: extra\ntitle: x\nkind: lessen', [err('4:7', 'InvalidField', 'The setting "kind" has the value "lessen", which is not allowed.', `Use one of: ${KINDS}. Did you mean "lesson"?`)]],
    ['a kind that is nothing like one', 'id: extra\ntitle: x\nkind: video', [err('4:7', 'InvalidField', 'The setting "kind" has the value "video", which is not allowed.', `Use one of: ${KINDS}.`)]],
    ['an id with a capital and a space', 'id: Extra lesson\ntitle: x\nkind: lesson', [err('2:5', 'InvalidField', 'The setting "id" must use lowercase letters, digits and single hyphens, at most 64 characters (for example "scenario-temp").', ID_HELP)]],
    ['an id longer than 64 characters', `id: ${'a'.repeat(65)}\ntitle: x\nkind: lesson`, [err('2:5', 'InvalidField', 'The setting "id" is longer than 64 characters.', ID_HELP)]],
    ['settings that do not exist', 'id: extra\ntitle: x\nkind: lesson\ntitel: y\nsumary: z\nauthor: me', [
      err('5:1', 'UnknownField', '"titel" is not a setting here.', 'Did you mean "title"?'),
      err('6:1', 'UnknownField', '"sumary" is not a setting here.', 'Did you mean "summary"?'),
      err('7:1', 'UnknownField', '"author" is not a setting here.', 'Remove it. Settings allowed here: id, title, kind, summary, optional.'),
    ]],
    ['a setting named with a number', 'id: extra\ntitle: x\nkind: lesson\n2024: y', [err('5:1', 'UnknownField', '"2024" is not a setting here.', 'Remove it. Settings allowed here: id, title, kind, summary, optional.')]],
  ])('%s', (_, front, expected) => {
    const { lesson: parsed, errors } = lesson(front);
    expect(errors).toEqual(expected);
    expect(parsed).toBeNull();
  });

  it('valid settings become the lesson\'s id, title, kind, paths, summary and optional flag', () => {
    expect(lesson('id: extra\ntitle: "Scenario 1: The temp"\nkind: reference\nsummary: Where to read more.\noptional: true')).toMatchObject({
      errors: [],
      lesson: { id: 'extra', title: 'Scenario 1: The temp', kind: 'reference', paths: ['full', 'quick'], summary: 'Where to read more.', optional: true, source: LESSON_FILE },
    });
  });
});

// ---------------------------------------------------------------------------------- course.yaml

const COURSE = `# Settings for the whole unit.
id: a-unit
title: A unit
version: 1.2.0
language: en-GB
description: >-
  What the unit is about,
  on two lines.
organisation: Someone
nextUnit:
  title: The next unit
  description: What comes next.
theme:
  brand: "#1f5a85"
  brandContrast: "#ffffff"
  font: "system-ui, sans-serif"
completion:
  full:
    requires: all-required
  quick:
    requires: [is-this-for-you, quick-scan]
pathDecision:
  counting: "no"
  atLeast: 1
  then: full
  otherwise: quick
  skipped: counts
`;

const EXPECTED_CONFIG = {
  id: 'a-unit',
  title: 'A unit',
  version: '1.2.0',
  language: 'en-GB',
  description: 'What the unit is about, on two lines.',
  organisation: 'Someone',
  nextUnit: { title: 'The next unit', description: 'What comes next.' },
  theme: { brand: '#1f5a85', brandContrast: '#ffffff', font: 'system-ui, sans-serif' },
  completion: { full: { requires: 'all-required' }, quick: { requires: ['is-this-for-you', 'quick-scan'] } },
  pathDecision: { counting: 'no', atLeast: 1, then: 'full', otherwise: 'quick', skipped: 'counts' },
};

function course(text: string) {
  const errors = new ErrorList();
  const config = parseCourseConfig({ path: COURSE_FILE, text }, errors);
  return { config, errors: errors.items.map(formatError) };
}

/** COURSE with `from` (which must be in it) replaced by `to`. */
function courseWith(from: string, to: string): string {
  if (!COURSE.includes(from)) throw new Error(`"${from}" not in COURSE`);
  return COURSE.replace(from, to);
}

/** `line:column`: the first line holding `lineNeedle`, the column of `colNeedle` in it. */
function at(text: string, lineNeedle: string, colNeedle = lineNeedle): string {
  const lines = text.split('\n');
  const k = lines.findIndex((l) => l.includes(lineNeedle));
  if (k === -1) throw new Error(`"${lineNeedle}" not found`);
  if (!lines[k].includes(colNeedle)) throw new Error(`"${colNeedle}" not on line ${k + 1}`);
  return `${k + 1}:${lines[k].indexOf(colNeedle) + 1}`;
}

const VERSION_FIX = (meant: string) => `Write three numbers separated by dots, like "version: ${meant}"; that is always read as text. Bump the last number for wording fixes, the middle one for new or changed lessons.`;
const ALLOWED = 'See content/README.md for the allowed values.';

describe('content/course.yaml', () => {
  it('valid settings become the course\'s settings, whatever the line endings', () => {
    expect(course(COURSE)).toEqual({ config: EXPECTED_CONFIG, errors: [] });
    expect(course(COURSE.replace(/\n/g, '\r\n'))).toEqual({ config: EXPECTED_CONFIG, errors: [] });
    expect(course(COURSE.replace(/\n/g, '\r'))).toEqual({ config: EXPECTED_CONFIG, errors: [] });
  });

  it('a mistake in a file with Windows or old Mac line endings is reported at its line', () => {
    const text = courseWith('title: A unit', 'title A unit');
    const expected = [courseErr('3:1', 'YamlSyntax', 'The line "title A unit" has no colon, so it is not a setting.', 'Write each setting as "name: value", like "title: A unit".')];
    for (const eol of ['\n', '\r\n', '\r']) expect(course(text.replace(/\n/g, eol))).toEqual({ config: null, errors: expected });
  });

  it.each<[string, string, string, (text: string) => string[]]>([
    // version: YAML reads some versions as numbers.
    ['version: 1.2.0', 'version: 1.10', 'a version with two numbers', (t) => [courseErr(at(t, 'version:', '1.10'), 'InvalidField', '"version: 1.10" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "1.1".', VERSION_FIX('1.10.0'))]],
    ['version: 1.2.0', 'version: 10.5', 'a version with two numbers, the first of two digits', (t) => [courseErr(at(t, 'version:', '10.5'), 'InvalidField', '"version: 10.5" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "10.5".', VERSION_FIX('10.5.0'))]],
    ['version: 1.2.0', 'version: 2', 'a version with one number', (t) => [courseErr(at(t, 'version:', '2'), 'InvalidField', '"version: 2" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "2".', VERSION_FIX('2.0.0'))]],
    ['version: 1.2.0', 'version: 10', 'a version with one number of two digits', (t) => [courseErr(at(t, 'version:', '10'), 'InvalidField', '"version: 10" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "10".', VERSION_FIX('10.0.0'))]],
    ['version: 1.2.0', 'version: -1.5', 'a negative version', (t) => [courseErr(at(t, 'version:', '-1.5'), 'InvalidField', '"version: -1.5" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "-1.5".', VERSION_FIX('1.1.0'))]],
    ['version: 1.2.0', 'version: -2', 'a negative whole version', (t) => [courseErr(at(t, 'version:', '-2'), 'InvalidField', '"version: -2" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "-2".', VERSION_FIX('1.1.0'))]],
    ['version: 1.2.0', 'version: 1.5e3', 'a version with an exponent', (t) => [courseErr(at(t, 'version:', '1.5e3'), 'InvalidField', '"version: 1.5e3" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "1500".', VERSION_FIX('1.1.0'))]],
    ['version: 1.2.0', 'version: 2e3', 'a whole version with an exponent', (t) => [courseErr(at(t, 'version:', '2e3'), 'InvalidField', '"version: 2e3" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "2000".', VERSION_FIX('1.1.0'))]],
    ['version: 1.2.0', 'version: .5', 'a version starting with a dot', (t) => [courseErr(at(t, 'version:', '.5'), 'InvalidField', '"version: .5" is read as a number, not as a version: YAML drops trailing zeros and the LMS sees "0.5".', VERSION_FIX('1.1.0'))]],
    ['version: 1.2.0', 'version: first', 'a version in words', (t) => [courseErr(at(t, 'version:', 'first'), 'InvalidField', 'The setting "version" must look like "1.2.0".', ALLOWED)]],
    // Values of the wrong kind.
    ['language: en-GB', 'language: English', 'a language name, not a tag', (t) => [courseErr(at(t, 'English'), 'InvalidField', 'The setting "language" must be a language tag like "en" or "en-GB".', ALLOWED)]],
    ['organisation: Someone', 'organisation: 2024', 'text YAML reads as a number', (t) => [courseErr(at(t, 'organisation:', '2024'), 'InvalidField', 'The setting "organisation" should be text, not 2024.', 'Put the value in straight double quotes so that it is read as text: organisation: "2024".')]],
    ['organisation: Someone', 'organisation: false', 'text YAML reads as false', (t) => [courseErr(at(t, 'organisation:', 'false'), 'InvalidField', 'The setting "organisation" should be text, not false.', 'Put the value in straight double quotes so that it is read as text: organisation: "false".')]],
    ['organisation: Someone', 'organisation:', 'a value left out (reported after its colon)', () => [courseErr('9:14', 'InvalidField', 'The setting "organisation" should be text, not null.', ALLOWED)]],
    ['organisation: Someone', 'organisation: ""', 'an empty value', (t) => [courseErr(at(t, '""'), 'InvalidField', 'The setting "organisation" is empty.', ALLOWED)]],
    ['  title: The next unit', '  title: 12', 'a number where a nested setting wants text', (t) => [courseErr(at(t, 'title: 12', '12'), 'InvalidField', 'The setting "nextUnit.title" should be text, not 12.', 'Put the value in straight double quotes so that it is read as text: title: "12".')]],
    ['atLeast: 1', 'atLeast: 0', 'a number below the least allowed', (t) => [courseErr(at(t, 'atLeast:', '0'), 'InvalidField', 'The setting "pathDecision.atLeast" should be at least 1, not 0.', ALLOWED)]],
    ['atLeast: 1', 'atLeast: 1.5', 'a number that is not whole', (t) => [courseErr(at(t, 'atLeast:', '1.5'), 'InvalidField', 'The setting "pathDecision.atLeast" should be a whole number, not 1.5.', ALLOWED)]],
    ['atLeast: 1', 'atLeast: "1"', 'a number in quotes', (t) => [courseErr(at(t, '"1"'), 'InvalidField', 'The setting "pathDecision.atLeast" should be a number, not "1".', ALLOWED)]],
    ['theme:\n  brand: "#1f5a85"\n  brandContrast: "#ffffff"\n  font: "system-ui, sans-serif"\n', 'theme: blue\n', 'one value where a group of settings belongs', (t) => [courseErr(at(t, 'blue'), 'InvalidField', 'The setting "theme" should be a group of settings, each on its own indented line, not "blue".', ALLOWED)]],
    ['  brand: "#1f5a85"', '  brand: "#1f5a8"', 'a colour with five digits', (t) => [courseErr(at(t, '"#1f5a8"'), 'InvalidField', 'The setting "theme.brand" must be a colour like "#1f5f8b".', ALLOWED)]],
    // Values from a list.
    ['then: full', 'then: ful', 'a choice with a typo', (t) => [courseErr(at(t, 'then:', 'ful'), 'InvalidField', 'The setting "pathDecision.then" has the value "ful", which is not allowed.', 'Use one of: full, quick. Did you mean "full"?')]],
    ['then: full', 'then: both', 'a choice that is nothing like one', (t) => [courseErr(at(t, 'then:', 'both'), 'InvalidField', 'The setting "pathDecision.then" has the value "both", which is not allowed.', 'Use one of: full, quick.')]],
    ['requires: all-required', 'requires: all-requried', 'a completion rule with a typo', (t) => [courseErr(at(t, 'all-requried'), 'InvalidField', 'The setting "completion.full.requires" has the value "all-requried", which is not allowed.', ALLOWED)]],
    ['requires: [is-this-for-you, quick-scan]', 'requires: []', 'an empty list of lessons', (t) => [courseErr(at(t, 'requires: []', '[]'), 'InvalidField', 'The setting "completion.quick.requires" is empty.', ALLOWED)]],
    ['requires: [is-this-for-you, quick-scan]', 'requires: [is-this-for-you, Quick Scan]', 'a lesson id with capitals and a space', (t) => [courseErr(at(t, 'Quick Scan', '['), 'InvalidField', 'The setting "completion.quick.requires.1" must use lowercase letters, digits and single hyphens, at most 64 characters (for example "scenario-temp").', ALLOWED)]],
    // Settings missing or unknown.
    ['  description: What comes next.\n', '', 'a nested setting missing', (t) => [courseErr(at(t, 'nextUnit:', 'nextUnit'), 'MissingField', 'The setting "nextUnit.description" is missing.', 'Add "nextUnit.description" (see content/README.md for an example).')]],
    ['  full:\n    requires: all-required\n', '  full: {}\n', 'a setting missing two levels down', (t) => [courseErr(at(t, 'full: {}', 'full'), 'MissingField', 'The setting "completion.full.requires" is missing.', 'Add "completion.full.requires" (see content/README.md for an example).')]],
    ['organisation: Someone\n', '', 'a setting missing at the top', () => [courseErr('1:1', 'MissingField', 'The setting "organisation" is missing.', 'Add "organisation" (see content/README.md for an example).')]],
    ['title: A unit\n', 'title: A unit\ntitel: A unit\n', 'a setting that does not exist (no guesses in course.yaml)', (t) => [courseErr(at(t, 'titel'), 'UnknownField', '"titel" is not a setting here.', 'Remove it. Settings allowed here: see content/README.md.')]],
    ['  title: The next unit', '  1: x\n  title: The next unit', 'a nested setting named with a number', (t) => [courseErr(at(t, '1: x'), 'UnknownField', '"1" is not a setting here.', 'Remove it. Settings allowed here: see content/README.md.')]],
    // Curly quotes.
    ['  title: The next unit', '  title: “The next unit”', 'curly quotes around a nested value', (t) => [courseErr(at(t, '“'), 'CurlyQuotes', curlyValue('nextUnit.title', '“ ”'), curlyValueFix('title', 'The next unit'))]],
    ['  title: The next unit', '  “title”: The next unit', 'curly quotes around a nested name', (t) => [
      courseErr(at(t, 'nextUnit:', 'nextUnit'), 'MissingField', 'The setting "nextUnit.title" is missing.', 'Add "nextUnit.title" (see content/README.md for an example).'),
      courseErr(at(t, '“title”'), 'UnknownField', '"“title”" is not a setting here.', 'Remove it. Settings allowed here: see content/README.md.'),
    ]],
    ['  title: The next unit', '  title: “Part 2: The next unit”', 'curly quotes around a nested value with a colon', (t) => [courseErr(at(t, '“'), 'CurlyQuotes', curlyColon('title', '“'), 'Use straight double quotes: title: "Part 2: The next unit".')]],
    // Syntax.
    ['  description: What comes next.', '  description What comes next.', 'an indented line without a colon', (t) => [courseErr(at(t, 'description What'), 'YamlSyntax', 'The line "description What comes next." has no colon, so it is not a setting.', 'Write each setting as "name: value", like "description: What comes next.".')]],
    ['  counting: "no"', '  counting', 'an indented word without a colon', (t) => [courseErr(at(t, 'counting'), 'YamlSyntax', 'The line "counting" has no colon, so it is not a setting.', 'Write each setting as "name: value".')]],
    ['organisation: Someone\n', 'organisation: Someone\n---\n', 'a second document after "---"', (t) => [courseErr(at(t, '---'), 'YamlSyntax', 'The line "---" marks the end of the settings, and the file holds one list of settings only.', 'Remove the line, and keep all the settings together above or below it.')]],
    ['organisation: Someone\n', 'organisation: Someone\n--- \n---\n', 'two lines of "---", the first with a space after it', (t) => [courseErr(at(t, '--- '), 'YamlSyntax', 'The line "---" marks the end of the settings, and the file holds one list of settings only.', 'Remove the line, and keep all the settings together above or below it.')]],
    ['organisation: Someone\n', 'organisation: Someone\n...\nfont: Sans ... serif\n', 'an end marker "..." with settings after it', (t) => [courseErr(at(t, '...'), 'YamlSyntax', 'The line "..." marks the end of the settings, and the file holds one list of settings only.', 'Remove the line, and keep all the settings together above or below it.')]],
  ])('%s → %s: %s', (from, to, _, expected) => {
    const text = courseWith(from, to);
    expect(course(text)).toEqual({ config: null, errors: expected(text) });
  });

  it('a leading "---" is allowed', () => {
    expect(course(`---\n${COURSE}`)).toEqual({ config: EXPECTED_CONFIG, errors: [] });
  });
});

describe('theme colours: contrast checked to WCAG 2.2 AA (4.5:1)', () => {
  it('a brandContrast too close to the brand colour', () => {
    const text = courseWith('brandContrast: "#ffffff"', 'brandContrast: "#3070a0"');
    expect(course(text)).toEqual({
      config: { ...EXPECTED_CONFIG, theme: { ...EXPECTED_CONFIG.theme, brandContrast: '#3070a0' } },
      errors: [courseErr(at(text, '"#3070a0"'), 'LowContrast', 'The theme colours #1f5a85 and #3070a0 have a contrast of 1.38:1; text on buttons needs at least 4.5:1 (WCAG 2.2 AA).', 'Pick a darker brand colour or a lighter brandContrast colour (white on a dark brand works).')],
    });
  });

  it('a brand colour too light for links on the white page, with dark button text', () => {
    const text = courseWith('  brand: "#1f5a85"\n  brandContrast: "#ffffff"', '  brand: "#f0c020"\n  brandContrast: "#000000"');
    expect(course(text).errors).toEqual([courseErr(at(text, '"#f0c020"'), 'LowContrast', 'The brand colour #f0c020 has a contrast of 1.71:1 on the white page; links and focus rings need at least 4.5:1.', 'Pick a darker brand colour.')]);
  });

  it('both at once', () => {
    const text = courseWith('  brand: "#1f5a85"', '  brand: "#9ab0c0"');
    expect(course(text).errors.map((e) => e.split(' ').slice(0, 2).join(' '))).toEqual([`${COURSE_FILE}:${at(text, '"#ffffff"')} LowContrast:`, `${COURSE_FILE}:${at(text, '"#9ab0c0"')} LowContrast:`]);
  });
});
