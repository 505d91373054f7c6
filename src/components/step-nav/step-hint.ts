// What stops Continue on a lesson, in the words the step bar's hint uses, from the flow's own
// rules (src/flow/progress.ts).
import type { Course, InteractiveBlock, Lesson, PanelsBlock } from '../../course/types';
import { incompleteLessons, missing, missingOnPage, pageCount, pageOf, unseenPanels, type FlowContext } from '../../flow/progress';
import { isSeen, plainTitle } from '../panel-words';

/** What the step bar says when Continue cannot go on yet. */
export interface StepHint {
  /** "blockers" hints follow the answers; "message" hints stay until the step changes. */
  kind: 'blockers' | 'message';
  intro: string;
  /** Questions on this step (focus moves to them), panels still to open (shown), or lessons elsewhere (opened). */
  items: { label: string; questionId?: string; lessonId?: string; panel?: { key: string; index: number } }[];
}

/** What stops Continue on `lesson` at its current page; null when nothing does. */
export function continueBlockers(course: Course, lesson: Lesson, ctx: FlowContext): StepHint | null {
  const page = pageOf(lesson, ctx);
  // Before the last page, only this page's questions stop "next page".
  const questions = page < pageCount(lesson) - 1 ? missingOnPage(lesson, ctx, page) : missing(lesson, ctx);
  if (questions.length) {
    return { kind: 'blockers', intro: 'To continue, answer:', items: questions.map((b) => ({ label: questionLabel(b), questionId: b.id })) };
  }
  const panels = unseenPanels(lesson, ctx, page < pageCount(lesson) - 1 ? page : undefined);
  if (panels.length) {
    // "Open every tab to continue: 1 of 3 seen. Still to open:" and a link to each panel left.
    const noun = (p: PanelsBlock) => (p.style === 'tabs' ? 'tab' : 'section');
    const intro =
      panels.length === 1
        ? `Open every ${noun(panels[0].block)} to continue: ${panels[0].seen} of ${panels[0].total} seen. Still to open:`
        : `Open every tab and section on this page to continue. Still to open:`;
    const items = panels.flatMap(({ block, key }) =>
      block.panels.flatMap((p, index) => (isSeen(ctx.seen?.[key] ?? 0, index) ? [] : [{ label: plainTitle(p.title), panel: { key, index } }])),
    );
    return { kind: 'blockers', intro, items };
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
