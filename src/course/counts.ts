// Numbers in prose that must agree with the content: "the six questions" in the lessons that
// introduce and explain the self-assessment. A seventh question used to pass while the prose
// said "six" in five places; now the check names each place.
import type { ErrorList } from './errors.ts';
import type { Lesson } from './types.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NUMBER = `(${WORDS.join('|')}|\\d+)`;
// "six questions", "six quick yes/no questions", "Yes to all six".
const MENTIONS = [new RegExp(`\\b${NUMBER}\\b(?=(?:\\s+[\\w/-]+){0,2}\\s+questions\\b)`, 'gi'), new RegExp(`(?<=\\ball\\s+)${NUMBER}\\b`, 'gi')];

/**
 * In the self-assessment and path lessons (settings, prose and blocks), every number of two
 * or more that counts questions must be the number of yes-no questions. ("One" is left alone:
 * "No to at least one question" is the rule, not a count.)
 */
export function checkQuestionCounts(lessons: Lesson[], texts: Map<string, string>, errors: ErrorList): void {
  const questions = lessons.find((l) => l.kind === 'self-assessment')?.blocks.filter((b) => b.type === 'yes-no').length;
  if (!questions) return;
  const word = WORDS[questions] ?? String(questions);
  for (const lesson of lessons.filter((l) => l.kind === 'self-assessment' || l.kind === 'path')) {
    const lines = texts.get(lesson.source)!.replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, k) => {
      if (/^:::/.test(line)) return;
      const seen = new Set<number>(); // "Yes to all six questions" matches both patterns
      for (const re of MENTIONS) {
        for (const m of line.matchAll(re)) {
          if (seen.has(m.index)) continue;
          seen.add(m.index);
          const said = m[1].toLowerCase();
          const n = /^\d+$/.test(said) ? Number(said) : WORDS.indexOf(said);
          if (n < 2 || n === questions) continue;
          errors.add(lesson.source, k + 1, m.index + 1, 'NumberInProse', `"${m[1]}" does not match the self-assessment, which has ${questions} yes-no question${questions === 1 ? '' : 's'}.`, `Write "${/^\d+$/.test(said) ? questions : m[1][0] === m[1][0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word}" here, or say it without a number ("the questions", "all of them"), so that the text stays right when questions are added or removed.`);
        }
      }
    });
  }
}
