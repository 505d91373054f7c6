// `::: lessons full`: a list of the lessons that follow on a path, generated from the lesson
// files, so that adding a lesson needs no list edited by hand. Filled in once every lesson is
// read; each item links to the lesson and shows its summary.
import { escapeMarkup } from '../markup.ts';
import { lessonLink } from './markdown.ts';
import type { HtmlBlock, Lesson, PathName } from './types.ts';

export interface LessonList {
  /** The lesson the list is written in: the list shows the lessons after it. */
  lessonSource: string;
  path: PathName;
  block: HtmlBlock;
}

export function fillLessonLists(lists: LessonList[], lessons: Lesson[]): void {
  for (const list of lists) {
    const from = lessons.findIndex((l) => l.source === list.lessonSource);
    const items = lessons
      .slice(from + 1)
      .filter((l) => l.kind !== 'reference' && l.paths.includes(list.path))
      .map((l) => `<li>${lessonLink(l.id, escapeMarkup(l.title))}${l.optional ? ' (optional)' : ''}${l.summary ? `: ${escapeMarkup(l.summary)}` : ''}</li>`);
    list.block.html = `<ol class="lesson-list">\n${items.join('\n')}\n</ol>`;
  }
}
