// The checks across the whole unit (src/course/structure.ts) and how compile.ts gathers the
// files and orders the errors, on a small unit of five lessons written here: each mistake
// gives the exact file:line:column, message and fix a designer reads, and nothing else.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileContentDir, compileSources, type SourceFile } from '../src/course/compile';
import { ErrorList } from '../src/course/errors';
import { checkCourse } from '../src/course/structure';
import type { AuthoringError, CourseConfig } from '../src/course/types';

const COURSE = [
  'id: mini',
  'title: Mini',
  'version: 1.0.0',
  'language: en',
  'description: Habits for everybody, in body-language and in words.',
  'organisation: Org',
  'nextUnit:',
  '  title: Next',
  '  description: Next one.',
  'theme:',
  '  brand: "#1f5a85"',
  '  brandContrast: "#ffffff"',
  '  font: system-ui',
  'completion:',
  '  full:',
  '    requires: all-required',
  '  quick:',
  '    requires: [check, scan]',
  'pathDecision:',
  '  counting: "no"',
  '  atLeast: 2',
  '  then: full',
  '  otherwise: quick',
  '  skipped: counts',
  '',
].join('\n');

/** A lesson file: front matter, a blank line, then the body from line 7. */
const lesson = (id: string, kind: string, body: string) => `---\nid: ${id}\ntitle: The ${id} lesson\nkind: ${kind}\n---\n\n${body}`;
const QUESTIONS = '::: yes-no q-one\nFirst?\n:::\n\n::: yes-no q-two\nSecond?\n:::\n';
const OUTCOMES = '::: outcome full\nTake it all.\n:::\n\n::: outcome quick\nScan it.\n:::\n';

const C = 'content/course.yaml';
const SA = 'content/lessons/01-check.md';
const PATH = 'content/lessons/02-path.md';
const SCAN = 'content/lessons/03-scan.md';
const BODY = 'content/lessons/10-body.md';
const END = 'content/lessons/90-end.md';

const MINI: Record<string, string> = {
  [C]: COURSE,
  [SA]: lesson('check', 'self-assessment', QUESTIONS),
  [PATH]: lesson('path', 'path', OUTCOMES),
  [SCAN]: lesson('scan', 'quick-scan', 'The short version.\n'),
  [BODY]: lesson('body', 'lesson', 'The long version.\n'),
  [END]: lesson('end', 'closing', 'Well done.\n'),
};

/** The small unit with files replaced, added, or (null) removed. */
function unit(changes: Record<string, string | null> = {}): SourceFile[] {
  const files = { ...MINI, ...changes };
  return Object.entries(files).flatMap(([path, text]) => (text === null ? [] : [{ path, text }]));
}

/** course.yaml with one piece of text replaced. */
function course(from: string, to: string): string {
  if (!COURSE.includes(from)) throw new Error(`"${from}" not in course.yaml`);
  return COURSE.replace(from, to);
}

const show = (e: AuthoringError) => `${e.file}:${e.line}:${e.column} ${e.code}: ${e.message} | ${e.fix}`;
const heads = (errors: AuthoringError[]) => errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.code}`);
const errorsOf = (changes: Record<string, string | null> = {}) => compileSources(unit(changes)).errors.map(show);

/** "line:column" of `colNeedle` on the first line of `text` that contains `lineNeedle`. */
function at(text: string, lineNeedle: string, colNeedle = lineNeedle): string {
  const lines = text.split('\n');
  const k = lines.findIndex((l) => l.includes(lineNeedle));
  if (k === -1) throw new Error(`"${lineNeedle}" not found`);
  const col = lines[k].indexOf(colNeedle);
  if (col === -1) throw new Error(`"${colNeedle}" not on line ${k + 1}`);
  return `${k + 1}:${col + 1}`;
}

const needs = (kind: string, what: string, n: number, fix = `Add a lesson with "kind: ${kind}" in its front matter.`) =>
  `CourseStructure: The unit needs exactly one lesson of kind "${kind}" (${what}); it has ${n}. | ${fix}`;
const SA_WHAT = 'the yes/no questions that open the unit';
const PATH_WHAT = 'the explanation of the two paths';
const SCAN_WHAT = 'the short summary for the quick path';
const END_WHAT = 'the last lesson of the full path';
const ruleFix = (path: string) => `List ids of lessons on the ${path} path, or write "requires: all-required".`;

describe('the small unit', () => {
  it('compiles, in file order, each lesson on the paths its kind plays on', () => {
    const { course: compiled, errors } = compileSources(unit());
    expect(errors.map(show)).toEqual([]);
    expect(compiled!.lessons.map((l) => [l.id, l.kind, l.paths.join('+'), l.source])).toEqual([
      ['check', 'self-assessment', 'full+quick', SA],
      ['path', 'path', 'full+quick', PATH],
      ['scan', 'quick-scan', 'quick', SCAN],
      ['body', 'lesson', 'full', BODY],
      ['end', 'closing', 'full', END],
    ]);
  });
});

describe('the lessons the unit needs', () => {
  it('with no files at all: the missing course.yaml, then each kind of lesson, at content/course.yaml', () => {
    expect(compileSources([]).errors.map(show)).toEqual([
      `${C}:1:1 MissingFile: The course settings file content/course.yaml is missing. | Create content/course.yaml with the title, id, version, theme and completion rules (see content/README.md).`,
      `${C}:1:1 ${needs('self-assessment', SA_WHAT, 0)}`,
      `${C}:1:1 ${needs('path', PATH_WHAT, 0)}`,
      `${C}:1:1 ${needs('quick-scan', SCAN_WHAT, 0)}`,
      `${C}:1:1 ${needs('closing', END_WHAT, 0)}`,
    ]);
  });

  it('a missing course.yaml is reported before the lessons\' mistakes (reading order)', () => {
    expect(heads(compileSources(unit({ [C]: null, [BODY]: 'The long version.\n' })).errors)).toEqual([`${C}:1:1 MissingFile`, `${BODY}:1:1 MissingFrontMatter`]);
  });

  it('no quick scan: named at the first lesson, and the quick rule\'s "scan" is no lesson id', () => {
    expect(errorsOf({ [SCAN]: null })).toEqual([
      `${C}:${at(COURSE, 'requires: [check', 'scan')} UnknownLessonInRule: The completion rule for the quick path names "scan", which is not a lesson id. | ${ruleFix('quick')}`,
      `${SA}:1:1 ${needs('quick-scan', SCAN_WHAT, 0)}`,
    ]);
  });

  it('no path lesson', () => {
    expect(errorsOf({ [PATH]: null })).toEqual([`${SA}:1:1 ${needs('path', PATH_WHAT, 0)}`]);
  });

  it('no closing', () => {
    expect(errorsOf({ [END]: null })).toEqual([`${SA}:1:1 ${needs('closing', END_WHAT, 0)}`]);
  });

  it('no self-assessment: named at the first lesson there is; no question counts or path rule checked', () => {
    expect(errorsOf({ [SA]: null, [PATH]: lesson('path', 'path', 'Answer the three questions.\n\n' + OUTCOMES) })).toEqual([
      `${C}:${at(COURSE, 'requires: [check', 'check')} UnknownLessonInRule: The completion rule for the quick path names "check", which is not a lesson id. | ${ruleFix('quick')}`,
      `${PATH}:1:1 ${needs('self-assessment', SA_WHAT, 0)}`,
    ]);
  });

  it('two closings: named at the second, listing both; nothing said about lessons after the first', () => {
    const second = 'content/lessons/95-end-again.md';
    expect(errorsOf({ [second]: lesson('end-again', 'closing', 'Really done.\n') })).toEqual([
      `${second}:1:1 ${needs('closing', END_WHAT, 2, `Change the kind of all but one of: ${END}, ${second}.`)}`,
    ]);
  });

  it('two self-assessments', () => {
    const second = 'content/lessons/05-check-again.md';
    expect(errorsOf({ [second]: lesson('check-again', 'self-assessment', '::: yes-no q-three\nThird?\n:::\n') })).toEqual([
      `${second}:1:1 ${needs('self-assessment', SA_WHAT, 2, `Change the kind of all but one of: ${SA}, ${second}.`)}`,
    ]);
  });
});

describe('the self-assessment and the path lesson', () => {
  it('a self-assessment numbered after another lesson', () => {
    const moved = 'content/lessons/05-check.md';
    expect(errorsOf({ [SA]: null, [moved]: MINI[SA] })).toEqual([
      `${moved}:1:1 CourseStructure: The self-assessment must be the first lesson: it decides the learner's path. | Give its file the lowest number, like "01-is-this-for-you.md".`,
    ]);
  });

  it('a self-assessment numbered after another lesson still counts its own questions for the path rule and the prose', () => {
    const moved = 'content/lessons/05-check.md';
    const errors = compileSources(unit({ [SA]: null, [moved]: lesson('check', 'self-assessment', QUESTIONS + '\nThree questions, no more.\n'), [C]: course('atLeast: 2', 'atLeast: 3') })).errors;
    expect(heads(errors)).toEqual([`${C}:${at(COURSE, 'atLeast', '2')} PathDecision`, `${moved}:1:1 CourseStructure`, `${moved}:15:1 NumberInProse`]);
  });

  it('a self-assessment without yes-no questions (its prose is not counted against none)', () => {
    expect(errorsOf({ [SA]: lesson('check', 'self-assessment', 'Answer the two questions below.\n') })).toEqual([
      `${SA}:1:1 CourseStructure: The self-assessment has no yes-no questions. | Add the questions as "::: yes-no question-id" blocks.`,
    ]);
  });

  it.each([
    ['quick', '::: outcome full\nTake it all.\n:::\n'],
    ['full', '::: outcome quick\nScan it.\n:::\n'],
  ])('a path lesson that does not explain the %s path', (missing, body) => {
    expect(errorsOf({ [PATH]: lesson('path', 'path', body) })).toEqual([
      `${PATH}:1:1 MissingOutcome: The path lesson does not say what the ${missing} path means for the learner. | Add a block "::: outcome ${missing}" with the explanation, closed by ":::".`,
    ]);
  });

  it('a path lesson that explains neither path', () => {
    expect(heads(compileSources(unit({ [PATH]: lesson('path', 'path', 'Your path.\n') })).errors)).toEqual([`${PATH}:1:1 MissingOutcome`, `${PATH}:1:1 MissingOutcome`]);
    expect(errorsOf({ [PATH]: lesson('path', 'path', 'Your path.\n') }).map((e) => e.split(' | ')[0].split('what the ')[1])).toEqual(['full path means for the learner.', 'quick path means for the learner.']);
  });
});

describe('lessons after the closing', () => {
  it('a lesson numbered after the closing is named with the closing\'s number; reference material may follow it', () => {
    const late = 'content/lessons/92-late.md';
    expect(errorsOf({ [late]: lesson('late', 'lesson', 'An afterthought.\n'), 'content/lessons/95-refs.md': lesson('refs', 'reference', 'Sources.\n') })).toEqual([
      `${late}:1:1 LessonAfterClosing: This lesson lesson is numbered after the closing lesson (90-end.md). The closing ends the full path, so learners would be stuck on "Finish the unit" with this lesson left. | Give the file a number below 90, or, if it is reference material, set "kind: reference".`,
    ]);
  });
});

describe('lesson ids', () => {
  const dup = (where: string) => `${where} DuplicateLessonId: The lesson id "body" is also used by ${BODY}. | Give each lesson its own id in its front matter. Keep ids stable once the unit is in use: the LMS bookmark refers to them.`;
  it.each([
    ['after a title that mentions "id:"', '---\ntitle: "Again, with id: body"\nid: body\nkind: lesson\n---\n\nText.\n', '3:5'],
    ['written "id :"', '---\ntitle: Again\nkind: lesson\nid : body\n---\n\nText.\n', '4:5'],
    ['with its key in quotes (found at the top)', '---\n"id": body\ntitle: Again\nkind: lesson\n---\n\nText.\n', '1:5'],
  ])('a second lesson with the same id, %s, is named on its id line', (_, text, where) => {
    const file = 'content/lessons/20-again.md';
    expect(errorsOf({ [file]: text })).toEqual([dup(`${file}:${where}`)]);
  });
});
