// The learning flow, built from the real content: model-based traversal of every
// reachable state, completion reachable from each, snapshot round-trips everywhere,
// and the guards and path decision one by one.
import { beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Course } from '../src/course/types';
import { COMPLETE, PLAN, createFlowMachine, currentStep, type FlowEvent, type FlowSnapshot } from '../src/flow/machine';
import {
  completionMet,
  initialContext,
  lessonById,
  lockState,
  missing,
  pageBlocks,
  pageCount,
  recommendedPath,
  sequence,
  unseenPanels,
  yesNoIds,
  type FlowContext,
} from '../src/flow/progress';
import { restoreFlow, saveFlow } from '../src/flow/snapshot';
import { realCourse } from './helpers/content';
import { answersFor as answersForIn, eventsAt as eventsAtIn, serializeState as serializeStateIn } from './helpers/flow-states';

const course = realCourse();
// Built anew for each test, not once when the file loads: mutation testing switches a mutant on
// as each test starts, so a machine built at load time would never contain it (its guards and
// actions are closures chosen when the machine is built).
let machine = createFlowMachine(course);
beforeEach(() => {
  machine = createFlowMachine(course);
});

/** Continue on every page of a lesson: from its first page to the step after it. */
const leave = (id: string): FlowEvent[] => Array.from({ length: pageCount(lessonById(course, id)!) }, () => ({ type: 'step.continue' }));
const leaveSelfAssessment = leave(course.lessons[0].id);

const answersFor = (id: string) => answersForIn(course, id);
const eventsAt = (snapshot: FlowSnapshot) => eventsAtIn(course, snapshot);
const serializeState = (snapshot: FlowSnapshot) => serializeStateIn(course, snapshot);

function play(events: FlowEvent[], from?: FlowSnapshot) {
  const actor = createActor(machine, { input: {}, ...(from ? { snapshot: from } : {}) }).start();
  for (const e of events) actor.send(e);
  return actor;
}

/** Answers whatever is missing and continues, like a diligent learner, until complete. */
function driveToCompletion(from: FlowSnapshot): FlowSnapshot {
  const actor = createActor(machine, { input: {}, snapshot: from }).start();
  for (let i = 0; i < 60; i++) {
    const snap = actor.getSnapshot();
    const step = currentStep(snap);
    if (step === COMPLETE) return snap;
    if (step === PLAN) {
      actor.send({ type: 'nav.goto', id: snap.context.returnTo ?? course.lessons[0].id });
      continue;
    }
    const lesson = lessonById(course, step)!;
    if (lesson.kind === 'reference') {
      actor.send({ type: 'nav.goto', id: snap.context.returnTo ?? course.lessons[0].id });
      continue;
    }
    for (const b of missing(lesson, snap.context)) actor.send(answersFor(step).find((e) => e.type === 'answer.set' && e.id === b.id)!);
    for (const p of unseenPanels(lesson, snap.context)) for (let i = 0; i < p.total; i++) actor.send({ type: 'panel.seen', key: p.key, index: i });
    actor.send({ type: 'step.continue' });
  }
  throw new Error(`no completion from ${serializeState(from)}`);
}

describe('model-based: every reachable state of the machine built from the real content', () => {
  // Traversed from each test's own machine (see beforeEach above), once per test.
  let paths: ReturnType<typeof getShortestPaths<typeof machine>> = [];
  beforeEach(() => {
    paths = getShortestPaths(machine, {
      events: eventsAt,
      serializeState: (s) => serializeState(s as FlowSnapshot),
    });
  });

  it('visits every lesson, the completion screen and the plan', () => {
    const reached = new Set(paths.map((p) => currentStep(p.state as FlowSnapshot)));
    const expected = [...course.lessons.map((l) => l.id), COMPLETE, PLAN];
    expect([...reached].sort()).toEqual(expected.sort());
    expect(paths.length).toBeGreaterThan(50);
  });

  it('replays each path on a real actor to the same state, and completion stays reachable from there', () => {
    for (const path of paths) {
      const actor = play(path.steps.map((s) => s.event as FlowEvent));
      const snap = actor.getSnapshot();
      expect(serializeState(snap)).toBe(serializeState(path.state as FlowSnapshot));
      const done = driveToCompletion(snap);
      expect(done.context.completed).toBe(true);
      // Completion earned here meets the configured rule of the path it was earned on.
      if (!snap.context.completed) expect(completionMet(course, done.context, done.context.path ?? 'full')).toBe(true);
    }
    // About 3,700 paths, each replayed and driven to completion: 10 to 25 s on 2 busy cores.
  }, 60_000);

  it('saves and restores exactly at every reachable state', () => {
    for (const path of paths) {
      const snap = play(path.steps.map((s) => s.event as FlowEvent)).getSnapshot();
      const saved = JSON.parse(JSON.stringify(saveFlow(snap)));
      const restored = restoreFlow(machine, course, saved)!;
      expect(restored.dropped).toEqual([]);
      expect(restored.snapshot.value).toEqual(snap.value);
      expect(restored.snapshot.context).toEqual(snap.context);
      // And the restored actor behaves the same: the same events lead to the same state.
      const a = createActor(machine, { input: {}, snapshot: restored.snapshot }).start();
      const b = createActor(machine, { input: {}, snapshot: snap }).start();
      for (const e of eventsAt(snap).slice(0, 8)) {
        a.send(e);
        b.send(e);
      }
      expect(a.getSnapshot().value).toEqual(b.getSnapshot().value);
      expect(a.getSnapshot().context).toEqual(b.getSnapshot().context);
    }
  });

  it('completion never regresses, whatever the learner does next', () => {
    const done = driveToCompletion(play([]).getSnapshot());
    for (const e of eventsAt(done)) {
      const after = play([e], done).getSnapshot();
      expect(after.context.completed).toBe(true);
    }
  });
});

describe('the path decision', () => {
  const ids = yesNoIds(course);
  for (let no = 0; no <= ids.length; no++) {
    it(`${no} "No" answer${no === 1 ? '' : 's'}: ${no === 0 ? 'quick scan recommended' : 'the full unit'}`, () => {
      const actor = play(ids.map((id, i): FlowEvent => ({ type: 'answer.set', id, value: i < no ? 'no' : 'yes' })));
      expect(recommendedPath(course, actor.getSnapshot().context)).toBe(no === 0 ? 'quick' : 'full');
      for (const e of leaveSelfAssessment) actor.send(e);
      expect(currentStep(actor.getSnapshot())).toBe('your-path');
      actor.send({ type: 'step.continue' });
      const snap = actor.getSnapshot();
      expect(snap.context.path).toBe(no === 0 ? 'quick' : 'full');
      expect(currentStep(snap)).toBe(no === 0 ? 'quick-scan' : sequence(course, 'full')[2].id);
    });
  }

  it('all Yes: the learner may still choose the full unit, from the path step or the quick scan', () => {
    const allYes = ids.map((id): FlowEvent => ({ type: 'answer.set', id, value: 'yes' }));
    const a = play([...allYes, ...leaveSelfAssessment, { type: 'path.choose', path: 'full' }]);
    expect(a.getSnapshot().context.path).toBe('full');
    const b = play([...allYes, ...leaveSelfAssessment, { type: 'step.continue' }, { type: 'path.choose', path: 'full' }]);
    expect(b.getSnapshot().context.path).toBe('full');
    expect(currentStep(b.getSnapshot())).toBe(sequence(course, 'full')[2].id);
  });

  it('any No: the quick path cannot be chosen', () => {
    const a = play([...ids.map((id, i): FlowEvent => ({ type: 'answer.set', id, value: i === 3 ? 'no' : 'yes' })), ...leaveSelfAssessment, { type: 'path.choose', path: 'quick' }]);
    expect(currentStep(a.getSnapshot())).toBe('your-path');
    expect(a.getSnapshot().context.path).toBeNull();
  });

  it('quick path completes with the self-assessment and the quick scan viewed', () => {
    const a = play([...ids.map((id): FlowEvent => ({ type: 'answer.set', id, value: 'yes' })), ...leaveSelfAssessment, { type: 'step.continue' }, ...leave('quick-scan')]);
    expect(currentStep(a.getSnapshot())).toBe(COMPLETE);
    expect(a.getSnapshot().context.completed).toBe(true);
  });
});

describe('guards', () => {
  const ctx = (patch: Partial<FlowContext> = {}): FlowContext => ({ ...initialContext(), ...patch });

  it('stepDone: Continue is refused until every required answer is given', () => {
    const actor = play([{ type: 'answer.set', id: 'sa-have-hqc', value: 'no' }, { type: 'step.continue' }]);
    expect(currentStep(actor.getSnapshot())).toBe('is-this-for-you');
    expect(missing(course.lessons[0], actor.getSnapshot().context).length).toBe(5);
  });

  it('answerFits: unknown ids, answers for another lesson and invalid values are ignored', () => {
    const actor = play([
      { type: 'answer.set', id: 'nope', value: 'yes' },
      { type: 'answer.set', id: 'temp-markers', value: 'temp-markers-all' },
      { type: 'answer.set', id: 'sa-have-hqc', value: 'maybe' },
    ]);
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('answerFits: a reflection longer than its box allows is refused', () => {
    const lesson = course.lessons.find((l) => l.blocks.some((b) => b.type === 'reflection'))!;
    const box = lesson.blocks.find((b) => b.type === 'reflection')!;
    if (box.type !== 'reflection') throw new Error();
    const visited = sequence(course, 'full').map((l) => l.id);
    const at = machine.resolveState({ value: lesson.id, context: ctx({ path: 'full', visited }) });
    const long = play([{ type: 'answer.set', id: box.id, value: 'x'.repeat(box.maxLength + 1) }], at);
    expect(long.getSnapshot().context.answers[box.id]).toBeUndefined();
    const fits = play([{ type: 'answer.set', id: box.id, value: 'x'.repeat(box.maxLength) }], at);
    expect(fits.getSnapshot().context.answers[box.id]).toHaveLength(box.maxLength);
  });

  it('canOpen: a locked lesson says which lesson unlocks it, and nav.goto does nothing', () => {
    const lock = lockState(course, ctx({ path: 'full' }), 'scenario-temp');
    expect(lock.open).toBe(false);
    expect(lock.blockedBy?.id).toBe('is-this-for-you');
    const actor = play([{ type: 'nav.goto', id: 'scenario-temp' }]);
    expect(currentStep(actor.getSnapshot())).toBe('is-this-for-you');
  });

  it('canOpen: reference lessons are always open; after completion everything is', () => {
    expect(lockState(course, ctx(), 'references').open).toBe(true);
    for (const l of course.lessons) expect(lockState(course, ctx({ completed: true }), l.id).open).toBe(true);
  });

  it('Back keeps answers', () => {
    const actor = play([{ type: 'answer.set', id: 'sa-have-hqc', value: 'no' }, ...yesNoIds(course).slice(1).map((id): FlowEvent => ({ type: 'answer.set', id, value: 'yes' })), { type: 'step.continue' }, { type: 'step.back' }]);
    expect(currentStep(actor.getSnapshot())).toBe('is-this-for-you');
    expect(actor.getSnapshot().context.answers['sa-have-hqc']).toBe('no');
  });

  it('scenario: a choice shows its feedback and may be reconsidered', () => {
    const visited = sequence(course, 'full').map((l) => l.id);
    const at = machine.resolveState({ value: 'scenario-temp', context: ctx({ path: 'full', visited }) });
    const actor = play([{ type: 'answer.set', id: 'temp-markers', value: 'temp-markers-engagement' }, { type: 'answer.set', id: 'temp-markers', value: 'temp-markers-all' }], at);
    expect(actor.getSnapshot().context.answers['temp-markers']).toBe('temp-markers-all');
  });

  it('optional lessons never block the full path', () => {
    const optional = course.lessons.filter((l) => l.optional);
    expect(optional.length).toBeGreaterThan(0);
    for (const l of optional) expect(missing(l, ctx()).length).toBe(0);
  });
});

describe('completion rules come from the course configuration', () => {
  const ctx = (patch: Partial<FlowContext>): FlowContext => ({ ...initialContext(), ...patch });
  const allYes = Object.fromEntries(yesNoIds(course).map((id) => [id, 'yes']));

  it('the default quick rule: the self-assessment answered and the quick scan viewed', () => {
    expect(course.completion.quick.requires).toEqual(['is-this-for-you', 'quick-scan']);
    expect(completionMet(course, ctx({ answers: allYes, visited: ['is-this-for-you', 'your-path'] }), 'quick')).toBe(false);
    expect(completionMet(course, ctx({ answers: allYes, visited: ['is-this-for-you', 'your-path', 'quick-scan'] }), 'quick')).toBe(true);
  });

  it('a stricter rule in the configuration changes what completes, with no code change', () => {
    const strict: Course = { ...course, completion: { ...course.completion, quick: { requires: ['is-this-for-you', 'your-path', 'quick-scan'] } } };
    expect(completionMet(strict, ctx({ answers: allYes, visited: ['is-this-for-you', 'quick-scan'] }), 'quick')).toBe(false);
    const m = createFlowMachine(strict);
    const at = m.resolveState({ value: 'quick-scan', context: ctx({ answers: allYes, visited: ['is-this-for-you', 'quick-scan'], path: 'quick' }) });
    const actor = createActor(m, { input: {}, snapshot: at }).start();
    actor.send({ type: 'step.continue' });
    expect(currentStep(actor.getSnapshot())).toBe('quick-scan');
    expect(actor.getSnapshot().context.completed).toBe(false);
  });

  it('the full rule "all-required": every required answer on the full path', () => {
    const visited = sequence(course, 'full').map((l) => l.id);
    const answers: Record<string, string> = {};
    for (const l of sequence(course, 'full')) for (const b of missing(l, ctx({}))) answers[b.id] = b.type === 'choice' ? b.options[0].id : b.type === 'yes-no' ? 'no' : 'text';
    // Every panel of the view-all blocks opened, too.
    const seen = Object.fromEntries(sequence(course, 'full').flatMap((l) => unseenPanels(l, ctx({}))).map((p) => [p.key, (1 << p.total) - 1]));
    expect(Object.keys(seen).length, 'the indicators lesson asks to open every tab').toBeGreaterThan(0);
    expect(completionMet(course, ctx({ visited, answers, seen }), 'full')).toBe(true);
    expect(completionMet(course, ctx({ visited, answers }), 'full'), 'a view-all block left unopened').toBe(false);
    const { 'act-my-questions': _dropped, ...withoutQuestions } = answers;
    expect(completionMet(course, ctx({ visited, answers: withoutQuestions, seen }), 'full')).toBe(false);
    // The key points and the follow-up note need conversations that come weeks later: they may wait.
    expect(answers['act-key-points']).toBeUndefined();
    expect(answers['act-follow-up-note']).toBeUndefined();
  });
});

describe('snapshots from other versions of the content', () => {
  it('keeps what still exists, drops what does not, and never crashes', () => {
    const saved = {
      v: 1,
      s: 'a-lesson-that-was-removed',
      p: 'f',
      a: { 'sa-have-hqc': 'no', 'old-question': 'x', 'temp-markers': 'an-option-that-was-removed' },
      n: ['is-this-for-you', 'gone-lesson'],
    };
    const restored = restoreFlow(machine, course, saved)!;
    expect(restored.snapshot.context.answers).toEqual({ 'sa-have-hqc': 'no' });
    expect(restored.snapshot.context.visited).toEqual(['is-this-for-you']);
    expect(restored.dropped).toEqual(expect.arrayContaining(['answer old-question', 'answer temp-markers', 'lesson gone-lesson', 'step a-lesson-that-was-removed']));
    expect(currentStep(restored.snapshot)).toBe('is-this-for-you');
  });

  it('returns null for data that is not a saved flow', () => {
    for (const junk of [null, 42, 'text', [], {}, { v: 99, s: 'x', a: {} }, { v: 1, s: 3, a: {} }]) {
      expect(restoreFlow(machine, course, junk)).toBeNull();
    }
  });

  it('a small change of course: a new lesson appears as the next step, without a code change', () => {
    // A new lesson goes in right after the one the learner stopped at, on the full path.
    const full = sequence(course, 'full');
    const stoppedAt = full[2];
    const after = course.lessons.indexOf(stoppedAt) + 1;
    expect(course.lessons[after]).toBe(full[3]);
    const extended: Course = {
      ...course,
      lessons: [...course.lessons.slice(0, after), { ...course.lessons[after], id: 'brand-new', title: 'New', blocks: [] }, ...course.lessons.slice(after)],
    };
    const m2 = createFlowMachine(extended);

    // The learner answered every question on the way ("No" first: the full path) and left at stoppedAt.
    const actor = play([]);
    while (currentStep(actor.getSnapshot()) !== stoppedAt.id) {
      const step = currentStep(actor.getSnapshot());
      for (const b of missing(lessonById(course, step)!, actor.getSnapshot().context)) {
        actor.send(answersFor(step).filter((e) => e.type === 'answer.set' && e.id === b.id).at(-1)!);
      }
      // Continue turns the lesson's pages, then leaves it.
      for (let turns = 0; turns < 20 && currentStep(actor.getSnapshot()) === step; turns++) actor.send({ type: 'step.continue' });
      expect(currentStep(actor.getSnapshot()), 'the learner got stuck').not.toBe(step);
    }
    const resumed = restoreFlow(m2, extended, JSON.parse(JSON.stringify(saveFlow(actor.getSnapshot()))))!;
    // The resume opens where the learner left, not at the start...
    expect(currentStep(resumed.snapshot)).toBe(stoppedAt.id);
    // ...and Continue from there leads to the new lesson.
    const next = createActor(m2, { input: {}, snapshot: resumed.snapshot }).start();
    for (const b of missing(stoppedAt, next.getSnapshot().context)) next.send(answersFor(stoppedAt.id).find((e) => e.type === 'answer.set' && e.id === b.id)!);
    for (let turns = 0; turns < 20 && currentStep(next.getSnapshot()) === stoppedAt.id; turns++) next.send({ type: 'step.continue' });
    expect(currentStep(next.getSnapshot())).toBe('brand-new');

    // A learner who had finished stays finished.
    const oldDone = driveToCompletion(play([]).getSnapshot());
    const restored = restoreFlow(m2, extended, JSON.parse(JSON.stringify(saveFlow(oldDone))))!;
    expect(restored.snapshot.context.completed).toBe(true);
  });
});

describe('pages within a lesson', () => {
  const intro = lessonById(course, 'introduction')!;
  const full = sequence(course, 'full');
  const before = full[full.findIndex((l) => l.id === intro.id) - 1];
  const after = full[full.findIndex((l) => l.id === intro.id) + 1];
  const at = (value: string, pages: Record<string, number> = {}) =>
    machine.resolveState({ value, context: { ...initialContext(), path: 'full', visited: full.slice(0, full.findIndex((l) => l.id === value) + 1).map((l) => l.id), pages } });
  const page = (a: { getSnapshot(): FlowSnapshot }) => a.getSnapshot().context.pages[currentStep(a.getSnapshot())] ?? 0;

  it('the lessons the issue names are split into pages, and every page holds something', () => {
    for (const id of ['introduction', 'developing-connections', 'for-team-leaders']) expect(pageCount(lessonById(course, id)!), id).toBeGreaterThan(1);
    for (const l of course.lessons) {
      const starts = (l.pages ?? []).map((p) => p.first);
      expect(new Set(starts).size, l.id).toBe(starts.length);
      expect(starts.every((s) => s < l.blocks.length), l.id).toBe(true);
    }
  });

  it('Continue turns the page, and leaves the lesson on its last page, at the next lesson\'s first page', () => {
    const actor = play([], at(intro.id));
    for (let k = 1; k < pageCount(intro); k++) {
      actor.send({ type: 'step.continue' });
      expect(currentStep(actor.getSnapshot())).toBe(intro.id);
      expect(page(actor)).toBe(k);
    }
    for (const b of missing(intro, actor.getSnapshot().context)) actor.send(answersFor(intro.id).find((e) => e.type === 'answer.set' && e.id === b.id)!);
    actor.send({ type: 'step.continue' });
    expect(currentStep(actor.getSnapshot())).toBe(after.id);
    expect(page(actor)).toBe(0);
  });

  it('a question on a page stops the next page until it is answered', () => {
    const scenario = lessonById(course, 'scenario-temp')!;
    const withQuestion = (scenario.pages ?? []).findIndex((_, k) => k < pageCount(scenario) - 1 && interactionsOn(scenario, k).length > 0);
    expect(withQuestion).toBeGreaterThanOrEqual(0);
    const actor = play([], at(scenario.id, withQuestion ? { [scenario.id]: withQuestion } : {}));
    actor.send({ type: 'step.continue' });
    expect(page(actor)).toBe(withQuestion);
    for (const q of interactionsOn(scenario, withQuestion)) actor.send(answersFor(scenario.id).find((e) => e.type === 'answer.set' && e.id === q)!);
    actor.send({ type: 'step.continue' });
    expect(page(actor)).toBe(withQuestion + 1);
  });

  it('Back turns back a page; from the next lesson\'s first page it opens this lesson on its last page', () => {
    const actor = play([], at(intro.id, { [intro.id]: 2 }));
    actor.send({ type: 'step.back' });
    expect(page(actor)).toBe(1);
    actor.send({ type: 'step.back' });
    actor.send({ type: 'step.back' });
    expect(currentStep(actor.getSnapshot())).toBe(before.id);
    expect(page(actor)).toBe(pageCount(before) - 1);
    const next = play([], at(after.id));
    next.send({ type: 'step.back' });
    expect(currentStep(next.getSnapshot())).toBe(intro.id);
    expect(page(next)).toBe(pageCount(intro) - 1);
  });

  it('My plan and the menu return to the page the learner left', () => {
    const actor = play([{ type: 'nav.plan' }, { type: 'nav.goto', id: intro.id }], at(intro.id, { [intro.id]: 3 }));
    expect(currentStep(actor.getSnapshot())).toBe(intro.id);
    expect(page(actor)).toBe(3);
  });

  it('the save keeps the page (g), a save from before pages opens the first page, and a page that went is clamped', () => {
    const snap = at(intro.id, { [intro.id]: 2 });
    const saved = saveFlow(snap);
    expect(saved.g).toEqual({ [intro.id]: 2 });
    expect(restoreFlow(machine, course, JSON.parse(JSON.stringify(saved)))!.snapshot.context.pages).toEqual({ [intro.id]: 2 });
    const old = { ...saved };
    delete old.g;
    expect(restoreFlow(machine, course, old)!.snapshot.context.pages).toEqual({});
    const tooFar = restoreFlow(machine, course, { ...saved, g: { [intro.id]: 99, nope: 1, [before.id]: 'x' } })!;
    expect(tooFar.snapshot.context.pages).toEqual({ [intro.id]: pageCount(intro) - 1 });
    expect(saveFlow(at(intro.id))).not.toHaveProperty('g');
  });

  it('the seed for shuffled options is saved (h) and restored; a save from before shuffling restores with 0', () => {
    const snap = machine.resolveState({ value: intro.id, context: { ...initialContext(), path: 'full', visited: full.map((l) => l.id), seed: 12345 } });
    const saved = saveFlow(snap);
    expect(saved.h).toBe(12345);
    expect(restoreFlow(machine, course, JSON.parse(JSON.stringify(saved)))!.snapshot.context.seed).toBe(12345);
    const old = { ...saved };
    delete old.h;
    expect(restoreFlow(machine, course, old)!.snapshot.context.seed).toBe(0);
  });

  it('a save whose step is gone opens the step found instead on the page of its first unanswered question', () => {
    const first = course.lessons[0];
    const restored = restoreFlow(machine, course, { v: 1, s: 'retired-lesson', a: { [yesNoIds(course)[0]]: 'no' }, n: [first.id] })!;
    expect(currentStep(restored.snapshot)).toBe(first.id);
    const page = restored.snapshot.context.pages[first.id] ?? 0;
    expect(pageBlocks(first, page).some((b) => 'id' in b && b.id === yesNoIds(course)[1])).toBe(true);
  });
});

/** Ids of the questions on one page of a lesson. */
function interactionsOn(lesson: ReturnType<typeof lessonById> & object, page: number): string[] {
  return pageBlocks(lesson, page).flatMap((b) => ('id' in b && b.type !== 'challenge' ? [b.id] : []));
}

describe('view-all: every panel opened before Continue', () => {
  const indicators = lessonById(course, 'three-indicators')!;
  const tabs = unseenPanels(indicators, initialContext())[0];
  const next = sequence(course, 'full')[sequence(course, 'full').indexOf(indicators) + 1];
  /** The page of the lesson that holds the tabs. */
  const tabsPage = Array.from({ length: pageCount(indicators) }, (_, k) => k).find((k) => pageBlocks(indicators, k).includes(tabs.block))!;
  const before = sequence(course, 'full').slice(0, sequence(course, 'full').indexOf(indicators) + 1);
  // Every lesson up to the indicators visited and answered (its own questions too), none of its tabs opened.
  const answers: Record<string, string> = {};
  for (const l of before) for (const b of missing(l, initialContext())) answers[b.id] = b.type === 'choice' ? b.options[0].id : b.type === 'yes-no' ? 'no' : 'text';
  const at = (seen: Record<string, number> = {}) =>
    createActor(machine, {
      input: {},
      snapshot: machine.resolveState({ value: indicators.id, context: { ...initialContext(), path: 'full', visited: before.map((l) => l.id), answers, seen, pages: tabsPage ? { [indicators.id]: tabsPage } : {} } }),
    }).start();

  it('the indicators lesson asks for its three tabs, on a page before its last', () => {
    expect(tabs).toMatchObject({ seen: 0, total: 3 });
    expect(tabsPage).toBeLessThan(pageCount(indicators) - 1);
  });

  it('Continue stays on the page until every tab is opened, then turns it', () => {
    const actor = at();
    actor.send({ type: 'panel.seen', key: tabs.key, index: 0 });
    actor.send({ type: 'panel.seen', key: tabs.key, index: 2 });
    actor.send({ type: 'step.continue' });
    expect(actor.getSnapshot().context.pages[indicators.id] ?? 0).toBe(tabsPage);
    expect(unseenPanels(indicators, actor.getSnapshot().context)[0]).toMatchObject({ seen: 2, total: 3 });
    actor.send({ type: 'panel.seen', key: tabs.key, index: 1 });
    actor.send({ type: 'step.continue' });
    expect(actor.getSnapshot().context.pages[indicators.id]).toBe(tabsPage + 1);
    // Its questions answered, Continue turns its other pages and then moves on to the next lesson.
    for (let i = tabsPage + 1; i < pageCount(indicators); i++) actor.send({ type: 'step.continue' });
    expect(currentStep(actor.getSnapshot())).toBe(next.id);
  });

  it('the menu does not skip it: the next lesson stays locked until the tabs are opened', () => {
    const actor = at();
    actor.send({ type: 'nav.goto', id: next.id });
    expect(currentStep(actor.getSnapshot())).toBe(indicators.id);
    expect(lockState(course, actor.getSnapshot().context, next.id)).toMatchObject({ open: false, blockedBy: indicators });
    for (let i = 0; i < 3; i++) actor.send({ type: 'panel.seen', key: tabs.key, index: i });
    actor.send({ type: 'nav.goto', id: next.id });
    expect(currentStep(actor.getSnapshot())).toBe(next.id);
  });

  it('refuses panels of other lessons, of blocks without view-all, and indices out of range', () => {
    const actor = at();
    for (const event of [
      { type: 'panel.seen', key: tabs.key, index: 3 },
      { type: 'panel.seen', key: tabs.key, index: -1 },
      { type: 'panel.seen', key: 'introduction/0', index: 0 },
      { type: 'panel.seen', key: `${indicators.id}/0`, index: 0 },
      { type: 'panel.seen', key: `${indicators.id}/`, index: 0 },
    ] as const) actor.send(event);
    expect(actor.getSnapshot().context.seen).toEqual({});
  });

  it('survives a relaunch: saved as bits under "w", restored within the panels the block still has', () => {
    const actor = at();
    actor.send({ type: 'panel.seen', key: tabs.key, index: 1 });
    const saved = saveFlow(actor.getSnapshot());
    expect(saved.w).toEqual({ [tabs.key]: 2 });
    expect(JSON.stringify(saved.w).length).toBeLessThan(40);
    const restored = restoreFlow(machine, course, { ...saved, w: { [tabs.key]: 2 | 1024, 'gone-lesson/3': 7, [`${indicators.id}/0`]: 1 } })!;
    expect(restored.snapshot.context.seen).toEqual({ [tabs.key]: 2 });
    expect(restored.dropped).toEqual([]);
    expect(restoreFlow(machine, course, { ...saved, w: undefined })!.snapshot.context.seen).toEqual({});
  });
});
