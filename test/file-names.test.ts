// Lesson file names: the rule (two digits, a hyphen, lowercase words joined by hyphens, ".md")
// and the plain message for each way a designer breaks it.
import { describe, expect, it } from 'vitest';
import { fileNameProblem } from '../src/course/file-names';

const RULE = 'Name lesson files "NN-name.md": exactly two digits (01 to 99), a hyphen, then lowercase words joined by hyphens, like "45-a-third-scenario.md". Lessons play in the order of these numbers.';

describe('lesson file names', () => {
  it('accepts NN-words.md', () => {
    for (const ok of ['01-is-this-for-you.md', '45-a-third-scenario.md', '99-x.md', '10-a1-b2.md']) expect(fileNameProblem(ok), ok).toBeNull();
  });

  it('names each mistake and gives the corrected name', () => {
    expect(fileNameProblem('45-extra.markdown')).toEqual({
      message: 'The file "45-extra.markdown" is not read: only files ending in ".md" are lessons, so this one would be left out of the unit without a word.',
      fix: 'Rename it to end in ".md": "45-extra.md".',
    });
    expect(fileNameProblem('45-Extra.TXT')?.fix).toBe('Rename it to end in ".md": "45-extra.md".');
    expect(fileNameProblem('notes.docx')).toEqual({
      message: 'The file "notes.docx" is not a lesson: content/lessons/ holds only lesson files ending in ".md".',
      fix: 'Move the file out of content/lessons/, or rename it to end in ".md" if it is a lesson.',
    });
    expect(fileNameProblem('README')?.message).toBe('The file "README" is not a lesson: content/lessons/ holds only lesson files ending in ".md".');
    expect(fileNameProblem('45 My lesson.md')).toEqual({ message: 'The file name "45 My lesson.md" contains a space.', fix: `Use hyphens instead of spaces: "45-my-lesson.md". ${RULE}` });
    expect(fileNameProblem('100-extra.md')?.message).toBe('The file name "100-extra.md" has a number with more than two digits. Files are ordered by name, so "100-extra.md" would play between "10-…" and "20-…", not at the end.');
    expect(fileNameProblem('100-extra.md')?.fix).toBe(`Use two digits (01 to 99). To place it last, use a number between the last lesson's and 99. ${RULE}`);
    expect(fileNameProblem('5-extra.md')).toEqual({ message: 'The file name "5-extra.md" has a one-digit number, so it would sort after "10-…".', fix: `Write the number with two digits: "05-extra.md". ${RULE}` });
    expect(fileNameProblem('45-Extra.md')).toEqual({ message: 'The file name "45-Extra.md" contains capital letters.', fix: `Use lowercase: "45-extra.md". ${RULE}` });
    expect(fileNameProblem('extra.md')).toEqual({ message: 'The lesson file name "extra.md" does not start with a number that places it in the unit.', fix: RULE });
    expect(fileNameProblem('45-extra--two.md')?.fix).toBe(RULE);
    expect(fileNameProblem('45_extra.md')?.fix).toBe(RULE);
  });

  it('tells a lesson saved with another extension from a file that is no lesson', () => {
    const notRead = (name: string) => `The file "${name}" is not read: only files ending in ".md" are lessons, so this one would be left out of the unit without a word.`;
    const notLesson = (name: string) => ({ message: `The file "${name}" is not a lesson: content/lessons/ holds only lesson files ending in ".md".`, fix: 'Move the file out of content/lessons/, or rename it to end in ".md" if it is a lesson.' });
    // Saved as text by an editor that adds ".txt": the rename keeps a single ".md".
    expect(fileNameProblem('45-extra.md.txt')).toEqual({ message: notRead('45-extra.md.txt'), fix: 'Rename it to end in ".md": "45-extra.md".' });
    expect(fileNameProblem('45-Extra.MD.txt')?.fix).toBe('Rename it to end in ".md": "45-extra.md".');
    expect(fileNameProblem('45-extra.v2.txt')).toEqual({ message: notRead('45-extra.v2.txt'), fix: 'Rename it to end in ".md": "45-extra.v2.md".' });
    expect(fileNameProblem('45-extra.mdx.txt')?.fix).toBe('Rename it to end in ".md": "45-extra.mdx.md".');
    expect(fileNameProblem('45-extra.MD')).toEqual({ message: notRead('45-extra.MD'), fix: 'Rename it to end in ".md": "45-extra.md".' });
    // MDX is another format; ".txtx" and ".md.docx" are no lessons.
    expect(fileNameProblem('45-extra.mdx')).toEqual(notLesson('45-extra.mdx'));
    expect(fileNameProblem('45-extra.txtx')).toEqual(notLesson('45-extra.txtx'));
    expect(fileNameProblem('notes.md.docx')).toEqual(notLesson('notes.md.docx'));
  });

  it('names the mistake at the start of the name only', () => {
    const noNumber = (name: string) => ({ message: `The lesson file name "${name}" does not start with a number that places it in the unit.`, fix: RULE });
    expect(fileNameProblem('intro-2024-notes.md')).toEqual(noNumber('intro-2024-notes.md'));
    expect(fileNameProblem('x1-intro.md')).toEqual(noNumber('x1-intro.md'));
    expect(fileNameProblem('a-intro.md')).toEqual(noNumber('a-intro.md'));
    expect(fileNameProblem('45  my  lesson.md')?.fix).toBe(`Use hyphens instead of spaces: "45-my-lesson.md". ${RULE}`);
  });
});
