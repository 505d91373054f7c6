// The course's questions as the LMS reports them (cmi.interactions): each self-assessment answer
// as a true-false interaction, each scenario choice as a choice with its correct option.
import type { Course } from './course/types';
import { findBlock } from './flow/progress';
import type { InteractionRecord } from './lms/cmi';

/**
 * Interactions for every yes/no answer and choice in `answers` (by question id); other answers
 * (writing, challenge actions) are not interactions. `times`: when each answer last changed
 * (now, for one not in it). Ids of questions the course no longer has are left out.
 */
export function interactionRecords(course: Course, answers: Record<string, string>, times: Map<string, Date>): InteractionRecord[] {
  const records: InteractionRecord[] = [];
  for (const [id, response] of Object.entries(answers)) {
    const found = findBlock(course, id);
    if (!found) continue;
    const { block } = found;
    if (block.type === 'yes-no') {
      records.push({ id, type: 'true-false', response, description: block.text, time: times.get(id) ?? new Date() });
    } else if (block.type === 'choice') {
      const correct = block.options.find((o) => o.correct)?.id;
      records.push({ id, type: 'choice', response, description: block.text, correct, options: block.options.map((o) => o.id), time: times.get(id) ?? new Date() });
    }
  }
  return records;
}
