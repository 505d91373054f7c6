// What stops Continue on a lesson, in the words the step bar's hint uses, from the flow's own
// rules (src/flow/progress.ts).
import type { Course, InteractiveBlock, Lesson } from '../../course/types';
import { incompleteLessons, missing, missingOnPage, pageCount, pageOf, type FlowContext } from '../../flow/progress';

/** What the step bar says when Continue cannot go on yet. */
export interface StepHint {
  /** "blockers" hints follow the answers; "message" hints stay until the step changes. */
  kind: 'blockers' | 'message';
  intro: string;
  /** Questions on this step (focus moves to them) or lessons elsewhere (opened). */
  items: { label: string; questionId?: string; lessonId?: string }[];
}

/** What stops Continue on `lesson` at its current page; null when nothing does. */
export function continueBlockers(course: Course, lesson: Lesson, ctx: FlowContext): StepHint | null {
  const page = pageOf(lesson, ctx);
  // Before the last page, only this page's questions stop "next page".
  const questions = page < pageCount(lesson) - 1 ? missingOnPage(lesson, ctx, page) : missing(lesson, ctx);
  if (questions.length) {
    return { kind: 'blockers', intro: 'To continue, answer:', items: questions.map((b) => ({ label: questionLabel(b), questionId: b.id })) };
  }
  if (lesson.kind === 'closing') {
    const lessons = incompleteLessons(course, ctx, 'full');
    if (lessons.length) return { kind: 'blockers', intro: 'To finish the unit, complete:', items: lessons.map((l) => ({ label: l.title, lessonId: l.id })) };
  }
  return null;
}

/** How a missing question is named in "To continue, answer: ...": the reflection's short label, else the question. */
function questionLabel(block: InteractiveBlock): string {
  return block.type === 'reflection' ? block.label : block.text;
}
