// The learning flow as one statechart, generated from the compiled course: one state per
// lesson, plus "complete" and "plan". Pure: no DOM, no SCORM. Side effects (saving to the
// LMS) happen outside, by subscribing to the actor (see src/app.ts).
import { and, assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import type { Course, PathName } from '../course/types';
import {
  acceptsAnswer,
  completionMet,
  findBlock,
  initialContext,
  lessonById,
  lessonDone,
  lockState,
  missingOnPage,
  pageCount,
  pageOf,
  recommendedPath,
  sequence,
  unseenPanels,
  viewAllBlock,
  type FlowContext,
} from './progress';
import { COMPLETE, PLAN, type FlowEvent } from './steps';

export { COMPLETE, PLAN, currentStep, type FlowEvent } from './steps';

/**
 * The flow's vocabulary: context, events, and every guard and action a transition may name.
 * Separate from the states so that state configs built with its `createStateConfig` have their
 * guard and action names (and params) checked by TypeScript.
 */
export function flowSetup(course: Course) {
  return setup({
    types: {
      context: {} as FlowContext,
      events: {} as FlowEvent,
      input: {} as Partial<FlowContext> | undefined,
    },
    guards: {
      /** The lesson has a page after the one it is open at, and this page's questions are answered. */
      nextPageOpen: ({ context }, params: { id: string }) => {
        const lesson = lessonById(course, params.id)!;
        const page = pageOf(lesson, context);
        return page < pageCount(lesson) - 1 && missingOnPage(lesson, context, page).length === 0 && unseenPanels(lesson, context, page).length === 0;
      },
      /** The lesson is open at a page after its first. */
      onLaterPage: ({ context }, params: { id: string }) => pageOf(lessonById(course, params.id)!, context) > 0,
      /** The step has every required answer and every view-all panel opened. */
      stepDone: ({ context }, params: { id: string }) => lessonDone(lessonById(course, params.id)!, context),
      /** The completion rule of the course configuration holds for this path. */
      pathComplete: ({ context }, params: { path: PathName }) => completionMet(course, context, params.path),
      isCompleted: ({ context }) => context.completed,
      quickRecommended: ({ context }) => recommendedPath(course, context) === 'quick',
      /** nav.goto to this lesson, and the lesson is unlocked. */
      canOpen: ({ context, event }, params: { id: string }) => {
        assertEvent(event, 'nav.goto');
        return event.id === params.id && lockState(course, context, params.id).open;
      },
      isCompleteTarget: ({ context, event }) => {
        assertEvent(event, 'nav.goto');
        return event.id === COMPLETE && context.completed;
      },
      choosesPath: ({ event }, params: { path: PathName }) => {
        assertEvent(event, 'path.choose');
        return event.path === params.path;
      },
      /** An answer to a question on this lesson, with a value that question accepts. */
      answerFits: ({ event }, params: { id: string }) => {
        assertEvent(event, 'answer.set');
        const found = findBlock(course, event.id);
        return !!found && found.lesson.id === params.id && acceptsAnswer(found.block, event.value);
      },
      /** A panel of a view-all block of this lesson. */
      panelFits: ({ event }, params: { id: string }) => {
        assertEvent(event, 'panel.seen');
        return viewAllBlock(course, event.key)?.lesson.id === params.id && Number.isInteger(event.index) && event.index >= 0 && event.index < Math.min(viewAllBlock(course, event.key)!.block.panels.length, 31);
      },
    },
    actions: {
      recordAnswer: assign({
        answers: ({ context, event }) => {
          assertEvent(event, 'answer.set');
          const answers = { ...context.answers };
          if (event.value.trim() === '') delete answers[event.id];
          else answers[event.id] = event.value;
          return answers;
        },
      }),
      recordSeen: assign(({ context, event }) => {
        assertEvent(event, 'panel.seen');
        const mask = (context.seen?.[event.key] ?? 0) | (1 << event.index);
        return { seen: { ...context.seen, [event.key]: mask } };
      }),
      markVisited: assign(({ context }, params: { id: string }) => ({
        visited: context.visited.includes(params.id) ? context.visited : [...context.visited, params.id],
      })),
      /** The step a resumed attempt opens at. */
      bookmark: assign((_, params: { id: string }) => ({ returnTo: params.id })),
      choosePath: assign((_, params: { path: PathName }) => ({ path: params.path })),
      /** Moves the lesson `id` by `by` pages. */
      turnPage: assign(({ context }, params: { id: string; by: number }) => {
        const pages = { ...context.pages, [params.id]: pageOf(lessonById(course, params.id)!, context) + params.by };
        if (pages[params.id] === 0) delete pages[params.id];
        return { pages };
      }),
      /** Opens the lesson `id` at its first page (Continue into it) or its last (Back into it). */
      openAt: assign(({ context }, params: { id: string; at: 'first' | 'last' }) => {
        const pages = { ...context.pages };
        const lesson = lessonById(course, params.id)!;
        if (params.at === 'last' && pageCount(lesson) > 1) pages[params.id] = pageCount(lesson) - 1;
        else delete pages[params.id];
        return { pages };
      }),
      complete: assign({ completed: true }),
    },
  });
}

export type FlowSetup = ReturnType<typeof flowSetup>;
/** A state of the flow machine, with guard and action names checked against flowSetup. */
export type FlowStateConfig = Parameters<FlowSetup['createStateConfig']>[0];
type FlowTransitions = NonNullable<FlowStateConfig['on']>;

export function createFlowMachine(course: Course) {
  const full = sequence(course, 'full');
  const quick = sequence(course, 'quick');
  const pathLesson = course.lessons.find((l) => l.kind === 'path')!;
  const quickScan = course.lessons.find((l) => l.kind === 'quick-scan')!;
  const firstFull = full[full.indexOf(pathLesson) + 1];
  const flow = flowSetup(course);

  const neighbours = (id: string) => {
    const seq = full.some((l) => l.id === id) ? full : quick;
    const i = seq.findIndex((l) => l.id === id);
    return { prev: seq[i - 1]?.id, next: seq[i + 1]?.id };
  };

  const lessonStates: Record<string, FlowStateConfig> = {};
  for (const lesson of course.lessons) {
    const id = lesson.id;
    const { prev, next } = neighbours(id);
    const on: FlowTransitions = {
      'answer.set': { guard: { type: 'answerFits', params: { id } }, actions: 'recordAnswer' },
      'panel.seen': { guard: { type: 'panelFits', params: { id } }, actions: 'recordSeen' },
    };
    if (lesson.kind === 'path') {
      on['step.continue'] = [
        { guard: 'quickRecommended', target: quickScan.id, actions: { type: 'choosePath', params: { path: 'quick' } } },
        { target: firstFull.id, actions: { type: 'choosePath', params: { path: 'full' } } },
      ];
      on['path.choose'] = [
        { guard: and(['quickRecommended', { type: 'choosesPath', params: { path: 'quick' as const } }]), target: quickScan.id, actions: { type: 'choosePath', params: { path: 'quick' } } },
        { guard: { type: 'choosesPath', params: { path: 'full' } }, target: firstFull.id, actions: { type: 'choosePath', params: { path: 'full' } } },
      ];
    } else if (lesson.kind === 'quick-scan') {
      on['step.continue'] = { guard: { type: 'pathComplete', params: { path: 'quick' } }, target: COMPLETE, actions: [{ type: 'choosePath', params: { path: 'quick' } }, 'complete'] };
      on['path.choose'] = { guard: { type: 'choosesPath', params: { path: 'full' } }, target: firstFull.id, actions: { type: 'choosePath', params: { path: 'full' } } };
    } else if (lesson.kind === 'closing') {
      on['step.continue'] = [
        // Reviewing after completion (on either path): Finish returns to the completion screen.
        { guard: 'isCompleted', target: COMPLETE },
        { guard: and([{ type: 'stepDone', params: { id } }, { type: 'pathComplete', params: { path: 'full' as const } }]), target: COMPLETE, actions: 'complete' },
      ];
    } else if (next && lesson.kind !== 'reference') {
      on['step.continue'] = { guard: { type: 'stepDone', params: { id } }, target: next, actions: { type: 'openAt', params: { id: next, at: 'first' } } };
    }
    // A lesson with pages: Continue turns the page first, and does what it did on the last page.
    if (pageCount(lesson) > 1 && on['step.continue']) {
      on['step.continue'] = [{ guard: { type: 'nextPageOpen', params: { id } }, actions: { type: 'turnPage', params: { id, by: 1 } } }, ...[on['step.continue']].flat()];
    }
    const pageBack = { guard: { type: 'onLaterPage' as const, params: { id } }, actions: { type: 'turnPage' as const, params: { id, by: -1 } } };
    // The quick scan turns its pages back like any lesson; from its first page, Back returns to
    // the path step (where the learner may choose the full unit instead).
    if (lesson.kind === 'quick-scan') on['step.back'] = [pageBack, { target: pathLesson.id }];
    else if (prev && lesson.kind !== 'reference') on['step.back'] = [pageBack, { target: prev, actions: { type: 'openAt', params: { id: prev, at: 'last' } } }];
    else if (pageCount(lesson) > 1) on['step.back'] = pageBack;
    lessonStates[id] = flow.createStateConfig({
      // Reference lessons are visited too, but never become the bookmark's "last step".
      entry:
        lesson.kind === 'reference'
          ? { type: 'markVisited', params: { id } }
          : [{ type: 'markVisited', params: { id } }, { type: 'bookmark', params: { id } }],
      on,
    });
  }

  return flow.createMachine({
    id: 'flow',
    context: ({ input }) => ({ ...initialContext(), ...input }),
    initial: course.lessons[0].id,
    on: {
      'nav.goto': [
        ...course.lessons.map((l) => ({ guard: { type: 'canOpen' as const, params: { id: l.id } }, target: `.${l.id}` })),
        { guard: 'isCompleteTarget', target: `.${COMPLETE}` },
      ],
      'nav.plan': { target: `.${PLAN}` },
    },
    states: {
      ...lessonStates,
      [COMPLETE]: {},
      [PLAN]: {},
    },
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
export type FlowSnapshot = SnapshotFrom<FlowMachine>;
