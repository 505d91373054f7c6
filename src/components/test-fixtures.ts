// A small course for the component tests, shaped exactly like the compiler's output:
// a two-question self-assessment, the path decision, a quick scan, two lessons (a choice with
// feedback and a reflection; two challenge weeks), a closing lesson and a reference lesson.
import { createActor } from 'xstate';
import type { Block, Course } from '../course/types';
import { createFlowMachine } from '../flow/machine';
import type { FlowContext } from '../flow/progress';

export const course: Course = {
  id: 'test-unit',
  title: 'Test Connections',
  version: '1.0.0',
  language: 'en',
  description: 'A unit for tests.',
  organisation: 'Test Org',
  nextUnit: { title: 'Determining Direction', description: 'The next unit of the programme.' },
  theme: { brand: '#1f5a85', brandContrast: '#ffffff', font: 'system-ui, sans-serif' },
  completion: {
    full: { requires: 'all-required' },
    quick: { requires: ['self-check', 'quick-scan'] },
  },
  pathDecision: { counting: 'no', atLeast: 1, then: 'full', otherwise: 'quick', skipped: 'counts' },
  lessons: [
    {
      id: 'self-check',
      title: 'Is this unit for you?',
      kind: 'self-assessment',
      paths: ['full', 'quick'],
      optional: false,
      summary: 'Two quick yes/no questions.',
      source: 'content/lessons/01-self-check.md',
      blocks: [
        { type: 'html', html: '<h2>The questions</h2><p>Answer each question with <strong>Yes</strong> or <strong>No</strong>.</p>' },
        { type: 'yes-no', id: 'sa-attention', prompt: 'Do you give people your <em>undivided</em> attention?', text: 'Do you give people your undivided attention?', required: true },
        { type: 'yes-no', id: 'sa-questions', prompt: 'Have you written probing questions?', text: 'Have you written probing questions?', required: true },
      ],
    },
    {
      id: 'your-path',
      title: 'Your path through the unit',
      kind: 'path',
      paths: ['full', 'quick'],
      optional: false,
      summary: 'What your answers mean.',
      source: 'content/lessons/02-your-path.md',
      blocks: [
        { type: 'html', html: '<p>Your answers suggest how to use this unit.</p>' },
        { type: 'outcome', path: 'full', html: '<p><strong>The full unit is for you.</strong></p>' },
        { type: 'outcome', path: 'quick', html: '<p><strong>A quick scan is enough for now.</strong></p>' },
      ],
    },
    {
      id: 'quick-scan',
      title: 'Quick scan: the unit at a glance',
      kind: 'quick-scan',
      paths: ['quick'],
      optional: false,
      summary: 'The key ideas in two minutes.',
      source: 'content/lessons/03-quick-scan.md',
      blocks: [{ type: 'html', html: '<h2>The key ideas</h2><p>Attention is the currency.</p>' }],
    },
    {
      id: 'scenario',
      title: 'Scenario: the first day',
      kind: 'lesson',
      paths: ['full'],
      optional: false,
      summary: 'A first day, and what it shows.',
      source: 'content/lessons/30-scenario.md',
      blocks: [
        {
          type: 'html',
          html:
            '<h2>The story</h2><p>Read <a href="https://example.org/hqc" target="_blank" rel="noopener noreferrer">the article<span class="visually-hidden"> (opens in a new tab)</span></a>, then see <a href="#lesson-challenge" data-lesson="challenge">the challenge</a> or the <a href="#lesson-self-check" data-lesson="self-check">questions</a>.</p>',
        },
        {
          type: 'choice',
          id: 'scn-markers',
          prompt: 'Which markers of a <strong>high-quality connection</strong> show up?',
          text: 'Which markers of a high-quality connection show up?',
          required: true,
          options: [
            { id: 'scn-markers-all', label: 'All three', text: 'All three', feedback: '<p>Yes. Regard, trust and engagement.</p>', correct: true },
            { id: 'scn-markers-none', label: 'None yet', text: 'None yet', feedback: '<p>Length is not the test; quality is.</p>', correct: false },
          ],
        },
        {
          type: 'reflection',
          id: 'scn-notes',
          prompt: 'Write what you would do <em>next week</em>.',
          text: 'Write what you would do next week.',
          label: 'My next steps',
          required: true,
          maxLength: 100,
        },
      ],
    },
    {
      id: 'challenge',
      title: 'Your 26-week challenge: weeks 18 and 19',
      kind: 'lesson',
      paths: ['full'],
      optional: false,
      summary: 'Two weekly actions to add to your challenge.',
      source: 'content/lessons/70-challenge.md',
      blocks: [
        { type: 'html', html: '<p>Adopt each action you want to take on.</p>' },
        { type: 'challenge', id: 'week-18', week: 18, prompt: '<strong>Week 18:</strong> Create list of targeted, open-ended questions', text: 'Week 18: Create list of targeted, open-ended questions' },
        { type: 'challenge', id: 'week-19', week: 19, prompt: '<strong>Week 19:</strong> Listen; do not prepare a reply', text: 'Week 19: Listen; do not prepare a reply' },
      ],
    },
    {
      id: 'closing',
      title: 'Closing',
      kind: 'closing',
      paths: ['full'],
      optional: false,
      summary: 'A summary, and what comes next.',
      source: 'content/lessons/90-closing.md',
      blocks: [{ type: 'html', html: '<p>Thank you for taking the time.</p>' }],
    },
    {
      id: 'references',
      title: 'References',
      kind: 'reference',
      paths: ['full', 'quick'],
      optional: false,
      summary: 'The sources this unit draws on.',
      source: 'content/lessons/95-references.md',
      blocks: [{ type: 'html', html: '<p>Dutton, J. E. (2003).</p>' }],
    },
  ],
};

/** A block of the fixture course, by type and id: the question elements' tests render these. */
export function fixtureBlock<T extends Block['type']>(type: T, id: string): Extract<Block, { type: T }> {
  const found = course.lessons.flatMap((l) => l.blocks).find((b) => b.type === type && 'id' in b && b.id === id);
  if (!found) throw new Error(`the fixture course has no ${type} block "${id}"`);
  return found as Extract<Block, { type: T }>;
}

/** A running flow actor on the fixture course, optionally resumed from a context. */
export function startFlow(input?: Partial<FlowContext>) {
  return createActor(createFlowMachine(course), { input }).start();
}

/** The deepest focused element, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

// Mocha's globals (wtr defines them before loading a test file), typed here rather than through
// @types/mocha, which would declare `describe`/`it` for every file in the project.
interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: () => void | Promise<unknown>): void;
}
export const { describe, it } = globalThis as unknown as MochaGlobals;
