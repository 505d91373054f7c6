// The rule for lesson file names, and a plain message for each way a name breaks it.

/**
 * Lesson files are named `NN-name.md`: exactly two digits, so that every file browser lists
 * them in the order they play (a `100-` would sort between `10-` and `20-`).
 */
export const LESSON_FILE = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** What is wrong with a lesson file's name, or null when it follows LESSON_FILE. */
export function fileNameProblem(name: string): { message: string; fix: string } | null {
  if (LESSON_FILE.test(name)) return null;
  const rule = 'Name lesson files "NN-name.md": exactly two digits (01 to 99), a hyphen, then lowercase words joined by hyphens, like "45-a-third-scenario.md". Lessons play in the order of these numbers.';
  if (!/\.md$/.test(name)) {
    const ext = /\.[^.]+$/.exec(name)?.[0] ?? '';
    // Another Markdown or text extension: most likely a lesson that would be left out.
    const renamable = /^\.(markdown|mdown|mkd|mkdn|txt|MD)$/i.test(ext);
    return {
      message: renamable
        ? `The file "${name}" is not read: only files ending in ".md" are lessons, so this one would be left out of the unit without a word.`
        : `The file "${name}" is not a lesson: content/lessons/ holds only lesson files ending in ".md".`,
      fix: renamable ? `Rename it to end in ".md": "${name.slice(0, -ext.length).replace(/\.md$/i, '').toLowerCase()}.md".` : 'Move the file out of content/lessons/, or rename it to end in ".md" if it is a lesson.',
    };
  }
  if (/\s/.test(name)) return { message: `The file name "${name}" contains a space.`, fix: `Use hyphens instead of spaces: "${name.replace(/\s+/g, '-').toLowerCase()}". ${rule}` };
  if (/^\d{3,}-/.test(name)) {
    return { message: `The file name "${name}" has a number with more than two digits. Files are ordered by name, so "${name}" would play between "10-…" and "20-…", not at the end.`, fix: `Use two digits (01 to 99). To place it last, use a number between the last lesson's and 99. ${rule}` };
  }
  if (/^\d-/.test(name)) return { message: `The file name "${name}" has a one-digit number, so it would sort after "10-…".`, fix: `Write the number with two digits: "0${name}". ${rule}` };
  if (/[A-Z]/.test(name)) return { message: `The file name "${name}" contains capital letters.`, fix: `Use lowercase: "${name.toLowerCase()}". ${rule}` };
  return { message: `The lesson file name "${name}" does not start with a number that places it in the unit.`, fix: rule };
}
