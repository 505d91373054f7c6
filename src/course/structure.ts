// Checks across the whole unit, once every file is read: lesson ids, the kinds of lesson the
// flow needs and their order, the completion rules, and every link.
import { ErrorList } from './errors.ts';
import { checkLinks, type FoundLink } from './links.ts';
import { nodePosition, readSettings } from './settings.ts';
import type { CourseConfig, Lesson, LessonKind } from './types.ts';

export interface SourceText {
  path: string;
  text: string;
}

/** Lessons whose settings could not be read: their ids as far as a plain look can tell. */
export interface Unreadable {
  ids: Set<string>;
  /** Some lesson could not be read at all: checks that need every lesson are skipped. */
  anyUnknown: boolean;
  count: number;
}

export function checkCourse(lessons: Lesson[], sources: SourceText[], course: SourceText | null, config: CourseConfig | null, links: FoundLink[], unreadable: Unreadable, errors: ErrorList): void {
  const courseFile = course?.path ?? 'content/course.yaml';
  // course.yaml read again for positions only: its own mistakes were reported when it was read.
  const settings = course ? readSettings(course.text.replace(/\r\n?/g, '\n'), courseFile, 0, new ErrorList()) : null;
  const at = (path: (string | number)[]) => (settings ? nodePosition(settings, path) : { line: 1, col: 1 });
  const byId = new Map<string, Lesson>();
  for (const lesson of lessons) {
    const prev = byId.get(lesson.id);
    if (prev) {
      errors.add(lesson.source, idLine(sources, lesson.source), 5, 'DuplicateLessonId', `The lesson id "${lesson.id}" is also used by ${prev.source}.`, 'Give each lesson its own id in its front matter. Keep ids stable once the unit is in use: the LMS bookmark refers to them.');
    } else byId.set(lesson.id, lesson);
  }
  checkLinks(links, lessons, unreadable, errors);

  // With a lesson unreadable, "the unit has no closing" may only mean "the closing has a typo":
  // the designer sees the typo first, and these checks once it is fixed.
  if (!unreadable.count) checkStructure(lessons, courseFile, errors);
  if (config && !unreadable.count) checkPathDecision(config, lessons, at, courseFile, errors);

  if (config) {
    for (const path of ['full', 'quick'] as const) {
      const rule = config.completion[path].requires;
      if (rule === 'all-required') continue;
      for (const [i, id] of rule.entries()) {
        const lesson = byId.get(id);
        if (!lesson && (unreadable.ids.has(id) || unreadable.anyUnknown)) continue;
        if (!lesson || !lesson.paths.includes(path)) {
          const where = at(['completion', path, 'requires', i]);
          errors.add(courseFile, where.line, where.col, 'UnknownLessonInRule', `The completion rule for the ${path} path names "${id}", which is ${lesson ? `not on the ${path} path` : 'not a lesson id'}.`, `List ids of lessons on the ${path} path, or write "requires: all-required".`);
        }
      }
    }
  }
}

function checkStructure(lessons: Lesson[], courseFile: string, errors: ErrorList): void {
  const count = (k: LessonKind) => lessons.filter((l) => l.kind === k);
  const structure: [LessonKind, string][] = [
    ['self-assessment', 'the yes/no questions that open the unit'],
    ['path', 'the explanation of the two paths'],
    ['quick-scan', 'the short summary for the quick path'],
    ['closing', 'the last lesson of the full path'],
  ];
  for (const [kind, what] of structure) {
    const found = count(kind);
    if (found.length !== 1) {
      const where = found[1] ?? lessons[0];
      errors.add(where?.source ?? courseFile, 1, 1, 'CourseStructure', `The unit needs exactly one lesson of kind "${kind}" (${what}); it has ${found.length}.`, found.length ? `Change the kind of all but one of: ${found.map((l) => l.source).join(', ')}.` : `Add a lesson with "kind: ${kind}" in its front matter.`);
    }
  }
  const sa = count('self-assessment')[0];
  if (sa && lessons[0] !== sa) {
    errors.add(sa.source, 1, 1, 'CourseStructure', 'The self-assessment must be the first lesson: it decides the learner\'s path.', 'Give its file the lowest number, like "01-is-this-for-you.md".');
  }
  if (sa && !sa.blocks.some((b) => b.type === 'yes-no')) {
    errors.add(sa.source, 1, 1, 'CourseStructure', 'The self-assessment has no yes-no questions.', 'Add the questions as "::: yes-no question-id" blocks.');
  }
  const path = count('path')[0];
  if (path) {
    for (const p of ['full', 'quick'] as const) {
      if (!path.blocks.some((b) => b.type === 'outcome' && b.path === p)) {
        errors.add(path.source, 1, 1, 'MissingOutcome', `The path lesson does not say what the ${p} path means for the learner.`, `Add a block "::: outcome ${p}" with the explanation, closed by ":::".`);
      }
    }
  }
  // The closing ends the full path ("Finish the unit"): a lesson after it could never be reached.
  const closing = count('closing');
  if (closing.length === 1) {
    const at = lessons.indexOf(closing[0]);
    for (const lesson of lessons.slice(at + 1)) {
      if (lesson.kind === 'reference') continue;
      const file = closing[0].source.split('/').pop()!;
      errors.add(lesson.source, 1, 1, 'LessonAfterClosing', `This ${lesson.kind} lesson is numbered after the closing lesson (${file}). The closing ends the full path, so learners would be stuck on "Finish the unit" with this lesson left.`, `Give the file a number below ${file.slice(0, 2)}, or, if it is reference material, set "kind: reference".`);
    }
  }
}

/** The rule must be able to recommend both paths with the questions the self-assessment has. */
function checkPathDecision(config: CourseConfig, lessons: Lesson[], at: (path: string[]) => { line: number; col: number }, courseFile: string, errors: ErrorList): void {
  const rule = config.pathDecision;
  const questions = lessons.find((l) => l.kind === 'self-assessment')?.blocks.filter((b) => b.type === 'yes-no').length ?? 0;
  if (rule.then === rule.otherwise) {
    const where = at(['pathDecision', 'otherwise']);
    errors.add(courseFile, where.line, where.col, 'PathDecision', `The path decision recommends the ${rule.then} path whatever the answers ("then" and "otherwise" are both ${rule.then}), so the other path is never recommended.`, `Make "then" and "otherwise" different: one "full" and one "quick".`);
  }
  if (questions && rule.atLeast > questions) {
    const where = at(['pathDecision', 'atLeast']);
    errors.add(courseFile, where.line, where.col, 'PathDecision', `The path decision needs at least ${rule.atLeast} "${rule.counting}" answers, but the self-assessment has ${questions} question${questions === 1 ? '' : 's'}, so the ${rule.then} path could never be recommended.`, `Write a number from 1 to ${questions} for "atLeast".`);
  }
}

function idLine(sources: SourceText[], path: string): number {
  const text = sources.find((s) => s.path === path)!.text;
  const k = text.split('\n').findIndex((l) => /^id\s*:/.test(l));
  return k === -1 ? 1 : k + 1;
}
