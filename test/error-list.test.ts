// How authoring errors are collected and printed (src/course/errors.ts): the offending line
// under each error with a caret at its column, the list's heading, and the ContentError that
// stops a build, found again inside the bundler's own error.
import { describe, expect, it } from 'vitest';
import { codeFrame, ContentError, contentErrorIn, ErrorList, formatError, formatErrors } from '../src/course/errors';
import type { AuthoringError } from '../src/course/types';

const FILE = 'content/lessons/25-extra.md';

function listWith(line: number, column: number): ErrorList {
  const errors = new ErrorList();
  errors.add(FILE, line, column, 'BrokenLessonLink', 'The link points to "lesson:intro", which is not a lesson.', 'Did you mean "lesson:introduction"?');
  return errors;
}

describe('the offending line, with a caret under the column', () => {
  it.each([
    ['Unix', '---\nid: a\n---\n\nSee [it](lesson:intro).\n'],
    ['Windows', '---\r\nid: a\r\n---\r\n\r\nSee [it](lesson:intro).\r\n'],
    ['old Mac', '---\rid: a\r---\r\rSee [it](lesson:intro).\r'],
  ])('is found whatever the line endings (%s)', (_, text) => {
    const errors = listWith(5, 10);
    errors.attachSourceLines(new Map([[FILE, text]]));
    expect(errors.items[0].source).toBe('See [it](lesson:intro).');
    expect(formatError(errors.items[0])).toBe(
      `${FILE}:5:10 BrokenLessonLink: The link points to "lesson:intro", which is not a lesson.\n  Fix: Did you mean "lesson:introduction"?\n` +
        '   5 | See [it](lesson:intro).\n' +
        '     |          ^',
    );
  });

  it('is left out for a blank line, a line past the end, or a file it does not have', () => {
    const errors = new ErrorList();
    errors.add(FILE, 2, 1, 'MissingField', 'm', 'f');
    errors.add(FILE, 9, 1, 'MissingField', 'm', 'f');
    errors.add('content/course.yaml', 1, 1, 'MissingFile', 'm', 'f');
    errors.attachSourceLines(new Map([[FILE, 'one\n   \nthree\n']]));
    expect(errors.items.map((e) => e.source)).toEqual([undefined, undefined, undefined]);
    expect(errors.length).toBe(3);
  });

  it('keeps tabs before the caret, so that it lines up under a tab-indented line', () => {
    expect(codeFrame('\t\tkind: lesson', 12, 3)).toBe('   12 | \t\tkind: lesson\n      | \t\t^');
  });
});

describe('the list of problems', () => {
  const one: AuthoringError = { file: FILE, line: 2, column: 5, code: 'InvalidField', message: 'M.', fix: 'F.' };
  it('says how many, once, before the problems', () => {
    expect(formatErrors([one])).toBe(`The course content has 1 problem; nothing was built.\n\n${FILE}:2:5 InvalidField: M.\n  Fix: F.`);
    expect(formatErrors([one, { ...one, line: 3 }])).toBe(`The course content has 2 problems; nothing was built.\n\n${FILE}:2:5 InvalidField: M.\n  Fix: F.\n\n${FILE}:3:5 InvalidField: M.\n  Fix: F.`);
  });
});

describe('ContentError: what a build with content mistakes throws', () => {
  const errors: AuthoringError[] = [{ file: FILE, line: 2, column: 5, code: 'InvalidField', message: 'M.', fix: 'F.' }];

  it('carries the list, and its message and stack are the printed list only', () => {
    const e = new ContentError(errors);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ContentError');
    expect(e.errors).toBe(errors);
    expect(e.message).toBe(formatErrors(errors));
    expect(e.stack).toBe(e.message);
  });

  it('is found as thrown, or among the errors the bundler wraps it in', () => {
    const e = new ContentError(errors);
    expect(contentErrorIn(e)).toBe(e);
    const wrapped = { message: 'Build failed', errors: [new Error('other'), null, e] };
    expect(contentErrorIn(wrapped)).toBe(e);
    // One from another copy of the module (the bundler loads the plugin on its own): known by its name.
    const copy = { name: 'ContentError', message: 'x', errors };
    expect(contentErrorIn({ errors: [{ name: 'Error' }, copy] })).toBe(copy);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an unrelated error', new Error('disk full')],
    ['a wrapper without errors', { message: 'Build failed' }],
    ['a wrapper whose errors are not a list', { errors: 'none' }],
    ['a wrapper with other errors only', { errors: [new Error('a'), null, { name: 'SyntaxError' }] }],
  ])('is not found in %s', (_, thrown) => {
    expect(contentErrorIn(thrown)).toBeNull();
  });
});
