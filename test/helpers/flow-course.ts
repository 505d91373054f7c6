// A course for the flow's rule tests: the component-test course (src/components/test-fixtures.ts)
// with a lesson of three pages and view-all panels after the scenario, and an optional lesson.
import type { Block, Course, Lesson, PanelsBlock } from '../../src/course/types';
import { course as fixture } from '../../src/components/test-fixtures';

export { fixture };

export const panels = (style: PanelsBlock['style'], n: number, viewAll = true): PanelsBlock => ({
  type: 'panels',
  style,
  label: '',
  level: 3,
  panels: Array.from({ length: n }, (_, i) => ({ title: `P${i}`, html: `<p>${i}</p>` })),
  ...(viewAll ? { viewAll: true as const } : {}),
});

/**
 * A lesson of three pages on the full path, after the scenario:
 * page 0: prose, view-all tabs (3 panels), a required yes-no;
 * page 1: view-all accordion (2), view-all cards (never asked), plain tabs, an optional reflection;
 * page 2: a required choice.
 */
export const tourBlocks: Block[] = [
  { type: 'html', html: '<p>Tour</p>' },
  panels('tabs', 3),
  { type: 'yes-no', id: 'tour-q', prompt: 'Q?', text: 'Q?', required: true },
  panels('accordion', 2),
  panels('cards', 2),
  panels('tabs', 2, false),
  { type: 'reflection', id: 'tour-extra', prompt: 'Extra', text: 'Extra', label: 'Extra', required: false, maxLength: 10 },
  {
    type: 'choice',
    id: 'tour-pick',
    prompt: 'Pick',
    text: 'Pick',
    required: true,
    options: [
      { id: 'tour-pick-a', label: 'A', text: 'A', feedback: '', correct: true },
      { id: 'tour-pick-b', label: 'B', text: 'B', feedback: '', correct: false },
    ],
  },
];
export const tour: Lesson = {
  id: 'tour',
  title: 'Tour',
  kind: 'lesson',
  paths: ['full'],
  optional: false,
  summary: '',
  source: 'content/lessons/40-tour.md',
  blocks: tourBlocks,
  pages: [
    { first: 0, minutes: 1 },
    { first: 3, minutes: 1 },
    { first: 7, minutes: 1 },
  ],
};
/** An optional lesson that would ask for an answer and panels, were it not optional. */
export const extra: Lesson = {
  id: 'extra',
  title: 'For team leads',
  kind: 'lesson',
  paths: ['full'],
  optional: true,
  summary: '',
  source: 'content/lessons/50-extra.md',
  blocks: [{ type: 'yes-no', id: 'extra-q', prompt: 'Q?', text: 'Q?', required: true }, panels('tabs', 2)],
};

export const at = (id: string) => fixture.lessons.findIndex((l) => l.id === id);
/** The fixture course with the tour after the scenario and the optional lesson after the challenge. */
export const course: Course = {
  ...fixture,
  lessons: [...fixture.lessons.slice(0, at('scenario') + 1), tour, fixture.lessons[at('challenge')], extra, ...fixture.lessons.slice(at('closing'))],
};
/** Every required answer of the course (a "No" first: the full path). */
export const allAnswers = { 'sa-attention': 'no', 'sa-questions': 'yes', 'scn-markers': 'scn-markers-all', 'scn-notes': 'Ask more.', 'tour-q': 'yes', 'tour-pick': 'tour-pick-b' };
/** Every view-all panel of the tour opened. */
export const allSeen = { 'tour/1': 0b111, 'tour/3': 0b11 };

