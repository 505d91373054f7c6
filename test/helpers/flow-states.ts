// The flow's reachable states, for tests that walk the machine built from the real content
// (model-based traversal with xstate/graph's getShortestPaths): which events a learner can
// send at a state, and how states are told apart.
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Course } from '../../src/course/types';
import { COMPLETE, createFlowMachine, currentStep, type FlowEvent, type FlowMachine, type FlowSnapshot } from '../../src/flow/machine';
import { currentSequence, interactions, lessonById, lockState, pageOf, recommendedPath, unseenPanels } from '../../src/flow/progress';

/** A valid answer for each block of a step: both yes/no values, the first option, a short text, "adopted". */
export function answersFor(course: Course, step: string): FlowEvent[] {
  const lesson = lessonById(course, step);
  if (!lesson) return [];
  return interactions(lesson).flatMap((b): FlowEvent[] => {
    switch (b.type) {
      case 'yes-no':
        return [{ type: 'answer.set', id: b.id, value: 'yes' }, { type: 'answer.set', id: b.id, value: 'no' }];
      case 'choice':
        return [{ type: 'answer.set', id: b.id, value: b.options[0].id }];
      case 'reflection':
        return [{ type: 'answer.set', id: b.id, value: 'A few words.' }];
      case 'challenge':
        return [{ type: 'answer.set', id: b.id, value: 'adopted' }];
    }
  });
}

/**
 * Opening the next unopened panel of each view-all block of the step (in order, so that a block
 * of n panels adds n states, not 2^n).
 */
export function panelsFor(course: Course, snapshot: FlowSnapshot): FlowEvent[] {
  const lesson = lessonById(course, currentStep(snapshot));
  if (!lesson) return [];
  return unseenPanels(lesson, snapshot.context, pageOf(lesson, snapshot.context)).map(({ key, seen }): FlowEvent => ({ type: 'panel.seen', key, index: seen }));
}

/** Every event a learner can send at a state. */
export function eventsAt(course: Course, snapshot: FlowSnapshot): FlowEvent[] {
  return [
    ...answersFor(course, currentStep(snapshot)),
    ...panelsFor(course, snapshot),
    { type: 'step.continue' },
    { type: 'step.back' },
    { type: 'path.choose', path: 'full' },
    { type: 'path.choose', path: 'quick' },
    { type: 'nav.plan' },
    ...course.lessons.map((l): FlowEvent => ({ type: 'nav.goto', id: l.id })),
    { type: 'nav.goto', id: COMPLETE },
  ];
}

/**
 * States told apart by what changes the learner's options: where they are, the path,
 * completion, the first locked lesson, what the current lesson has answered, and the
 * path the self-assessment recommends. (Every answer combination would be 2^25 states.)
 */
export function serializeState(course: Course, snapshot: FlowSnapshot): string {
  const ctx = snapshot.context;
  const step = currentStep(snapshot);
  const lesson = lessonById(course, step);
  const firstLocked = currentSequence(course, ctx).find((l) => !lockState(course, ctx, l.id).open)?.id ?? null;
  const answered = lesson ? interactions(lesson).filter((b) => ctx.answers[b.id]).map((b) => b.id) : [];
  const page = lesson ? pageOf(lesson, ctx) : 0;
  // Panels still to open on this lesson (view-all): opening one changes what Continue does.
  const unseen = lesson ? unseenPanels(lesson, ctx).map((p) => p.total - p.seen) : [];
  return JSON.stringify([step, page, ctx.path, ctx.completed, firstLocked, answered, recommendedPath(course, ctx), unseen]);
}

export interface ReachableState {
  snapshot: FlowSnapshot;
  events: FlowEvent[];
}

/** Every state reachable from the start (as `serializeState` tells them apart), with the shortest way there. */
export function reachableStates(course: Course, machine: FlowMachine = createFlowMachine(course)): ReachableState[] {
  const paths = getShortestPaths(machine, {
    events: (s) => eventsAt(course, s as FlowSnapshot),
    serializeState: (s) => serializeState(course, s as FlowSnapshot),
  });
  return paths.map((p) => ({ snapshot: p.state as FlowSnapshot, events: p.steps.map((s) => s.event as FlowEvent) }));
}

/** Replays events on a real actor from the start (or from a snapshot). */
export function replay(machine: FlowMachine, events: FlowEvent[], from?: FlowSnapshot): FlowSnapshot {
  const actor = createActor(machine, { input: {}, ...(from ? { snapshot: from } : {}) }).start();
  for (const e of events) actor.send(e);
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

/**
 * What a state changes on the page: the step, the path, completion, how much of the current
 * lesson's interactive blocks is answered (none/some/all) and the recommended path.
 */
export function pageKey(course: Course, snapshot: FlowSnapshot): string {
  const ctx = snapshot.context;
  const step = currentStep(snapshot);
  const lesson = lessonById(course, step);
  const blocks = lesson ? interactions(lesson) : [];
  const answered = blocks.filter((b) => (ctx.answers[b.id] ?? '') !== '').length;
  const share = blocks.length === 0 ? '-' : answered === 0 ? 'none' : answered === blocks.length ? 'all' : 'some';
  return JSON.stringify([step, lesson ? pageOf(lesson, ctx) : 0, ctx.path, ctx.completed, share, recommendedPath(course, ctx)]);
}

/**
 * Opens every panel of the view-all blocks of the lesson the actor is at, as a learner does
 * before Continue (tests that drive the flow directly call it before each step.continue).
 */
export function openPanels(actor: { getSnapshot(): unknown; send(event: FlowEvent): void }, course: Course): void {
  const snapshot = actor.getSnapshot() as FlowSnapshot;
  const lesson = lessonById(course, currentStep(snapshot));
  if (!lesson) return;
  for (const p of unseenPanels(lesson, snapshot.context)) for (let i = 0; i < p.total; i++) actor.send({ type: 'panel.seen', key: p.key, index: i });
}
