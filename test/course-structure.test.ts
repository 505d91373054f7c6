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

describe('the completion rules', () => {
  it('a lesson that is not on the rule\'s path, found where the rule names it (not inside "everybody" or "body-language")', () => {
    const text = course('requires: [check, scan]', 'requires: [check, body]');
    expect(errorsOf({ [C]: text })).toEqual([
      `${C}:${at(text, 'requires: [check', 'body')} UnknownLessonInRule: The completion rule for the quick path names "body", which is not on the quick path. | ${ruleFix('quick')}`,
    ]);
  });

  it('the full path\'s rule, written as a list over several lines', () => {
    const text = course('    requires: all-required', '    requires:\n      - body\n      - scan');
    expect(errorsOf({ [C]: text })).toEqual([
      `${C}:${at(text, '- scan', 'scan')} UnknownLessonInRule: The completion rule for the full path names "scan", which is not on the full path. | ${ruleFix('full')}`,
    ]);
  });

  it('an id that is no lesson\'s', () => {
    const text = course('requires: [check, scan]', 'requires: [check, scna]');
    expect(errorsOf({ [C]: text })).toEqual([
      `${C}:${at(text, 'requires: [check', 'scna')} UnknownLessonInRule: The completion rule for the quick path names "scna", which is not a lesson id. | ${ruleFix('quick')}`,
    ]);
  });

  it('without course.yaml\'s text, the rule\'s and the path decision\'s mistakes point at content/course.yaml:1:1', () => {
    const { course: compiled } = compileSources(unit());
    const config: CourseConfig = { ...compiled!, completion: { full: { requires: 'all-required' }, quick: { requires: ['nowhere'] } }, pathDecision: { ...compiled!.pathDecision, otherwise: 'full' } };
    const errors = new ErrorList();
    checkCourse(compiled!.lessons, [], null, config, [], { ids: new Set(), anyUnknown: false, count: 0 }, errors);
    expect(heads(errors.items)).toEqual([`${C}:1:1 PathDecision`, `${C}:1:1 UnknownLessonInRule`]);
  });
});

describe('a lesson that cannot be read', () => {
  // 03-scan.md with a settings line missing its colon: its id may still be seen, so the quick
  // rule's "scan" is not reported as unknown; "scna", a typo, still is.
  const unreadableScan = (idLine: string) => `---\n${idLine}\ntitle: The scan\nkind quick-scan\n---\n\nThe short version.\n`;
  const typo = course('requires: [check, scan]', 'requires: [check, scan, scna]');

  it.each([
    ['id: scan', '4:1'],
    ['id : scan', '4:1'],
    ['id:scan', '2:1'],
    ['id: "scan"', '4:1'],
    ["id: 'scan'", '4:1'],
  ])('its id written "%s" is seen: only the typo in the rule is reported', (idLine, where) => {
    expect(heads(compileSources(unit({ [C]: typo, [SCAN]: unreadableScan(idLine) })).errors)).toEqual([`${C}:${at(typo, 'requires: [check', 'scna')} UnknownLessonInRule`, `${SCAN}:${where} YamlSyntax`]);
  });

  it('a title that says "id:" before the id line does not hide the id', () => {
    const text = '---\ntitle: The scan, with id: nope\nid: scan\nkind quick-scan\n---\n\nThe short version.\n';
    expect(heads(compileSources(unit({ [C]: typo, [SCAN]: text })).errors)).toEqual([`${C}:${at(typo, 'requires: [check', 'scna')} UnknownLessonInRule`, `${SCAN}:2:25 YamlSyntax`]);
  });

  it('its id cannot be seen: no id in the rules is reported, as any could be that lesson\'s', () => {
    expect(heads(compileSources(unit({ [C]: typo, [SCAN]: unreadableScan('id: The Scan') })).errors)).toEqual([`${SCAN}:4:1 YamlSyntax`]);
  });

  it('a lesson without front matter counts as unreadable: its mistake comes first, the structure checks wait', () => {
    expect(errorsOf({ [END]: '## The end\n\nWell done.\n' })).toEqual([
      `${END}:1:1 MissingFrontMatter: The lesson does not start with front matter. | Put the lesson settings between two lines of three dashes at the very top:\n  ---\n  id: my-lesson\n  title: My lesson\n  kind: lesson\n  ---`,
    ]);
  });

  it('front matter that is never closed', () => {
    expect(errorsOf({ [END]: '---\nid: end\ntitle: The end\nkind: closing\n\nWell done.\n' })).toEqual([
      `${END}:1:1 MissingFrontMatter: The front matter that starts on line 1 is never closed. | Add a line with three dashes (---) after the last lesson setting.`,
    ]);
  });

  it('a lesson in a .markdown file with front matter counts as unreadable too (the closing may be in it)', () => {
    const file = 'content/lessons/90-end.markdown';
    expect(heads(compileSources(unit({ [END]: null, [file]: MINI[END] })).errors)).toEqual([`${file}:1:1 BadFileName`]);
  });

  it('another kind of file is no lesson: the unit is still checked without it', () => {
    const file = 'content/lessons/notes.docx';
    expect(heads(compileSources(unit({ [END]: null, [file]: 'Ideas for a closing lesson.' })).errors)).toEqual([`${SA}:1:1 CourseStructure`, `${file}:1:1 BadFileName`]);
  });

  it('while a lesson is unreadable, the numbers in the prose wait too', () => {
    const errors = compileSources(unit({ [SA]: lesson('check', 'self-assessment', QUESTIONS + '\nThree questions, no more.\n'), [BODY]: 'The long version.\n' })).errors;
    expect(heads(errors)).toEqual([`${BODY}:1:1 MissingFrontMatter`]);
  });
});

describe('the path decision', () => {
  it('as many answers as there are questions is fine', () => {
    expect(errorsOf()).toEqual([]);
  });

  it('more answers than questions', () => {
    const text = course('atLeast: 2', 'atLeast: 3');
    expect(errorsOf({ [C]: text })).toEqual([
      `${C}:${at(text, 'atLeast', '3')} PathDecision: The path decision needs at least 3 "no" answers, but the self-assessment has 2 questions, so the full path could never be recommended. | Write a number from 1 to 2 for "atLeast".`,
    ]);
  });

  it('more answers than the one question, counting "yes" for the quick path; the self-assessment\'s prose is not a question', () => {
    const text = course('counting: "no"\n  atLeast: 2\n  then: full\n  otherwise: quick', 'counting: "yes"\n  atLeast: 2\n  then: quick\n  otherwise: full');
    expect(errorsOf({ [C]: text, [SA]: lesson('check', 'self-assessment', 'Answer honestly.\n\n::: yes-no q-one\nFirst?\n:::\n\nThat is all.\n') })).toEqual([
      `${C}:${at(text, 'atLeast', '2')} PathDecision: The path decision needs at least 2 "yes" answers, but the self-assessment has 1 question, so the quick path could never be recommended. | Write a number from 1 to 1 for "atLeast".`,
    ]);
  });

  it('the same path whatever the answers', () => {
    const text = course('otherwise: quick', 'otherwise: full');
    expect(errorsOf({ [C]: text })).toEqual([
      `${C}:${at(text, 'otherwise', 'full')} PathDecision: The path decision recommends the full path whatever the answers ("then" and "otherwise" are both full), so the other path is never recommended. | Make "then" and "otherwise" different: one "full" and one "quick".`,
    ]);
  });

  it('found at the value when it is on the line below its key', () => {
    const below = course('atLeast: 2', 'atLeast:\n    3');
    expect(heads(compileSources(unit({ [C]: below })).errors)).toEqual([`${C}:${at(below, '    3', '3')} PathDecision`]);
  });

  it('written in flow style, still checked, and each mistake named at its value', () => {
    const rule = 'pathDecision:\n  counting: "no"\n  atLeast: 2\n  then: full\n  otherwise: quick\n  skipped: counts\n';
    const flow = course(rule, 'pathDecision: { counting: "no", atLeast: 3, then: full, otherwise: full, skipped: counts }\n');
    expect(heads(compileSources(unit({ [C]: flow })).errors)).toEqual([`${C}:${at(flow, 'pathDecision: {', '3,')} PathDecision`, `${C}:${at(flow, 'pathDecision: {', 'full, skipped')} PathDecision`]);
  });

  it('a rule\'s id is found at its own place in the list, also when the other path\'s list (above it) names it too', () => {
    // "body" is on the full path only: the quick path's rule is wrong where it names it, not
    // where the full path's rule (above it) does.
    const text = course('requires: [check, scan]', 'requires: [check, body]').replace('    requires: all-required', '    requires: [body]');
    expect(text.indexOf('requires: [body]')).toBeLessThan(text.indexOf('requires: [check, body]'));
    expect(heads(compileSources(unit({ [C]: text })).errors)).toEqual([`${C}:${at(text, 'requires: [check, body]', 'body')} UnknownLessonInRule`]);
  });

  it('found on line 2 when the rule comes first in course.yaml', () => {
    const rule = 'pathDecision:\n  counting: "no"\n  atLeast: 2\n  then: full\n  otherwise: quick\n  skipped: counts\n';
    const first = 'pathDecision:\n  otherwise: full\n  counting: "no"\n  atLeast: 2\n  then: full\n  skipped: counts\n' + course(rule, '');
    expect(heads(compileSources(unit({ [C]: first })).errors)).toEqual([`${C}:2:14 PathDecision`]);
  });
});

describe('the order of the errors', () => {
  it('course.yaml, then the lessons as they play, each from top to bottom and left to right', () => {
    const sa = lesson('check', 'self-assessment', QUESTIONS + '\nAll three questions matter.\n');
    const path = lesson('path', 'path', 'Say yes to all three, then three more questions.\n\n::: outcome full\nTake it all.\n:::\n\n::: quiz path-q\nWhat?\n:::\n');
    const text = course('atLeast: 2', 'atLeast: 3');
    expect(heads(compileSources(unit({ [C]: text, [SA]: sa, [PATH]: path })).errors)).toEqual([
      `${C}:${at(text, 'atLeast', '3')} PathDecision`,
      `${SA}:${at(sa, 'All three', 'three')} NumberInProse`,
      `${PATH}:1:1 MissingOutcome`,
      `${PATH}:${at(path, 'Say yes', 'three')} NumberInProse`,
      `${PATH}:${at(path, 'Say yes', 'three more')} NumberInProse`,
      `${PATH}:${at(path, '::: quiz', 'quiz')} UnknownBlockKind`,
    ]);
  });
});

describe('reading content/ from disk', () => {
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180"><rect width="320" height="180" fill="#1f5a85"/></svg>';
  const IMG = '<img src="hqc-image:images/pic.svg" width="320" height="180"';
  const CHOICE = '::: choice body-c\nPick one.\n\n- body-c-a (correct): ![A chart](images/pic.svg) This one\n  -> Then ![A chart](images/pic.svg) happens.\n  > Because ![A chart](images/pic.svg) says so.\n- body-c-b: That one\n  > Because not.\n:::\n';

  function project(files: Record<string, string>, folders: string[] = []): string {
    const dir = mkdtempSync(join(tmpdir(), 'hqc-structure-'));
    for (const f of ['content', ...folders]) mkdirSync(join(dir, f), { recursive: true });
    // Written in reverse order, so that the order read from the folder is the compiler's doing.
    for (const [path, text] of Object.entries(files).reverse()) writeFileSync(join(dir, path), text);
    return dir;
  }

  it('reads course.yaml, the lessons and the images in name order, skipping hidden files and folders', () => {
    const dir = project(
      {
        ...MINI,
        [BODY]: lesson('body', 'lesson', '![A chart](images/pic.svg)\n\n' + CHOICE),
        'content/lessons/.DS_Store': 'not a lesson',
        'content/lessons/drafts/05-draft.md': 'not read',
        'content/images/pic.svg': SVG,
        'content/images/.hidden.svg': 'not an image',
        'content/images/old/pic.svg': 'not read',
      },
      ['content/lessons/drafts', 'content/images/old'],
    );
    try {
      const { course: compiled, errors, files } = compileContentDir(join(dir, 'content'));
      expect(errors.map(show)).toEqual([]);
      expect(files).toEqual([C, SA, PATH, SCAN, BODY, END, 'content/images/pic.svg'].map((p) => join(dir, p)));
      expect(compiled!.lessons.map((l) => l.source)).toEqual([SA, PATH, SCAN, BODY, END]);
      const blocks = compiled!.lessons.find((l) => l.id === 'body')!.blocks;
      const html = blocks.find((b) => b.type === 'html');
      expect(html?.type === 'html' && html.html).toContain(`${IMG} alt="A chart"`);
      const choice = blocks.find((b) => b.type === 'choice');
      if (choice?.type !== 'choice') throw new Error('no choice');
      expect(choice.options[0].label).toContain(IMG);
      expect(choice.options[0].consequence).toContain(IMG);
      expect(choice.options[0].feedback).toContain(IMG);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an empty content/ folder: the missing course.yaml and lessons, and no files read', () => {
    const dir = project({});
    try {
      const { errors, files } = compileContentDir(join(dir, 'content'), dir);
      expect(heads(errors)).toEqual([`${C}:1:1 MissingFile`, ...Array(4).fill(`${C}:1:1 CourseStructure`)]);
      expect(files).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('numbers in the prose that count the questions', () => {
  const fix = (word: string) => `Write "${word}" here, or say it without a number ("the questions", "all of them"), so that the text stays right when questions are added or removed.`;
  const saSays = (prose: string) => lesson('check', 'self-assessment', QUESTIONS + '\n' + prose + '\n');

  it.each([
    ['Three questions decide your path.', 'Three', 'Two'],
    ['Answer the three short questions.', 'three', 'two'],
    ['Answer the 10 questions.', '10', '2'],
    ['Answer the 3 questions.', '3', '2'],
    ['Say yes to all three.', 'three', 'two'],
  ])('"%s" in the path lesson', (prose, said, word) => {
    const text = lesson('path', 'path', prose + '\n\n' + OUTCOMES);
    expect(errorsOf({ [PATH]: text })).toEqual([`${PATH}:7:${prose.indexOf(said) + 1} NumberInProse: "${said}" does not match the self-assessment, which has 2 yes-no questions. | ${fix(word)}`]);
  });

  it('"Yes to all three questions" is one mistake, not two', () => {
    expect(heads(compileSources(unit({ [SA]: saSays('Yes to all three questions?') })).errors)).toEqual([`${SA}:15:12 NumberInProse`]);
  });

  it.each([
    ['No to at least one of the questions.'],
    ['Two questions, no more.'],
    ['Yes to all two questions.'],
    ['::: reflection sa-notes label="Your three questions"\nWhich would you add?\n:::'],
  ])('"%s" is fine', (prose) => {
    expect(errorsOf({ [SA]: saSays(prose) })).toEqual([]);
  });

  it('a line with ":::" further along is still prose', () => {
    expect(heads(compileSources(unit({ [SA]: saSays('Three questions, each closed by :::.') })).errors)).toEqual([`${SA}:15:1 NumberInProse`]);
  });

  it('one question: "question", singular', () => {
    const one = lesson('check', 'self-assessment', '::: yes-no q-one\nFirst?\n:::\n\nThe two questions above.\n');
    expect(errorsOf({ [C]: course('atLeast: 2', 'atLeast: 1'), [SA]: one })).toEqual([`${SA}:11:5 NumberInProse: "two" does not match the self-assessment, which has 1 yes-no question. | ${fix('one')}`]);
  });

  it.each([
    ['\r\n', 'Windows'],
    ['\r', 'old Mac'],
  ])('found on its line in a lesson with %j (%s) line endings', (eol) => {
    const text = saSays('Line one.\n\nThree questions.').replace(/\n/g, eol);
    expect(heads(compileSources(unit({ [SA]: text })).errors)).toEqual([`${SA}:17:1 NumberInProse`]);
  });
});

describe('a lesson file', () => {
  it('with spaces after its "---" lines, and without a summary', () => {
    const { course: compiled, errors } = compileSources(unit({ [BODY]: '---   \nid: body\ntitle: The body\nkind: lesson\n--- \n\nThe long version.\n', [SCAN]: '---\nid: scan\ntitle: The scan\nkind: quick-scan\nsummary: Two minutes.\noptional: true\n---\n\nShort.\n' }));
    expect(errors.map(show)).toEqual([]);
    const body = compiled!.lessons.find((l) => l.id === 'body')!;
    expect([body.title, body.summary, body.optional]).toEqual(['The body', '', false]);
    const scan = compiled!.lessons.find((l) => l.id === 'scan')!;
    expect([scan.summary, scan.optional]).toEqual(['Two minutes.', true]);
  });

  it.each([['\r\n'], ['\r']])('with %j line endings', (eol) => {
    const { course: compiled, errors } = compileSources(unit({ [BODY]: lesson('body', 'lesson', '## A heading\n\nThe long version.\n').replace(/\n/g, eol) }));
    expect(errors.map(show)).toEqual([]);
    const body = compiled!.lessons.find((l) => l.id === 'body')!;
    expect(body.title).toBe('The body lesson');
    expect(body.blocks).toEqual([{ type: 'html', html: expect.stringContaining('The long version.') }]);
  });

  it('gives each page its own reading time, and the lesson the sum', () => {
    const words = (n: number) => Array(n).fill('word').join(' ');
    const body = `${words(1000)}\n\n::: page\n\n${words(400)}\n\n::: page\n\n${words(600)}\n`;
    const { course: compiled, errors } = compileSources(unit({ [BODY]: lesson('body', 'lesson', body) }));
    expect(errors.map(show)).toEqual([]);
    const l = compiled!.lessons.find((x) => x.id === 'body')!;
    expect(l.pages).toEqual([{ first: 0, minutes: 5 }, { first: 1, minutes: 2 }, { first: 2, minutes: 3 }]);
    expect(l.minutes).toBe(10);
  });
});

describe('course.yaml\'s theme colours', () => {
  it('buttons whose text is too close to the brand colour, with the ratio to two decimals', () => {
    const text = course('brandContrast: "#ffffff"', 'brandContrast: "#3070a0"');
    expect(errorsOf({ [C]: text })).toEqual([
      `${C}:${at(text, 'brandContrast', '"')} LowContrast: The theme colours #1f5a85 and #3070a0 have a contrast of 1.38:1; text on buttons needs at least 4.5:1 (WCAG 2.2 AA). | Pick a darker brand colour or a lighter brandContrast colour (white on a dark brand works).`,
    ]);
  });

  it('a brand colour too light for links on the white page (4.48:1), and one just dark enough (4.54:1)', () => {
    const light = course('brand: "#1f5a85"', 'brand: "#777777"');
    expect(errorsOf({ [C]: light })).toEqual([
      `${C}:${at(light, 'brand:', '"')} LowContrast: The brand colour #777777 has a contrast of 4.48:1 on the white page; links and focus rings need at least 4.5:1. | Pick a darker brand colour.`,
      `${C}:${at(light, 'brandContrast', '"')} LowContrast: The theme colours #777777 and #ffffff have a contrast of 4.48:1; text on buttons needs at least 4.5:1 (WCAG 2.2 AA). | Pick a darker brand colour or a lighter brandContrast colour (white on a dark brand works).`,
    ]);
    expect(errorsOf({ [C]: course('brand: "#1f5a85"', 'brand: "#767676"') })).toEqual([]);
  });
});
