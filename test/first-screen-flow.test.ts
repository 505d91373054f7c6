// The first screen of a fresh attempt is drawn before the flow machine (xstate) has loaded, from
// a PendingFlow: it must be the machine's own first state, take answers as the machine does,
// and hand every event over, in order, so that the learner's clicks meanwhile are not lost.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine } from '../src/flow/machine';
import { PendingFlow } from '../src/flow/pending';
import { interactions } from '../src/flow/progress';
import { currentStep } from '../src/flow/steps';
import type { FlowRuntime, UnitView } from '../src/app';
import * as runtimeModule from '../src/flow-session';
import { realCourse } from './helpers/content';
import { MemoryStorage, launch } from './helpers/lms';

const course = realCourse();
const first = course.lessons[0];
const questions = interactions(first).filter((b) => b.type === 'yes-no');

function machineAt(seed: number) {
  return createActor(createFlowMachine(course), { input: { seed } }).start();
}

describe('the first screen before the flow machine loads', () => {
  it('is the machine\'s first state: the first lesson, visited and bookmarked, with the same seed', () => {
    const pending = new PendingFlow(course, 1234);
    const real = machineAt(1234).getSnapshot();
    expect(pending.getSnapshot().value).toBe(real.value);
    expect(pending.getSnapshot().context).toEqual(real.context);
    expect(pending.getSnapshot().can({ type: 'step.back' })).toBe(real.can({ type: 'step.back' }));
  });

  it('takes answers on the first step as the machine does, and refuses the rest', () => {
    expect(questions.length).toBeGreaterThan(0);
    const pending = new PendingFlow(course, 7);
    const real = machineAt(7);
    const events = [
      { type: 'answer.set' as const, id: questions[0].id, value: 'yes' },
      { type: 'answer.set' as const, id: questions[0].id, value: 'maybe' },
      { type: 'answer.set' as const, id: 'not-a-question', value: 'yes' },
      { type: 'answer.set' as const, id: questions[questions.length - 1].id, value: 'no' },
      { type: 'answer.set' as const, id: questions[0].id, value: '' },
    ];
    for (const e of events) {
      expect(pending.getSnapshot().can(e), JSON.stringify(e)).toBe(real.getSnapshot().can(e));
      pending.send(e);
      real.send(e);
      expect(pending.getSnapshot().context).toEqual(real.getSnapshot().context);
    }
  });

  it('tells its listeners about each answer, and waits for the machine for everything else', () => {
    const pending = new PendingFlow(course, 7);
    const seen: string[] = [];
    pending.subscribe((s) => seen.push(JSON.stringify(s.context.answers)));
    pending.send({ type: 'answer.set', id: questions[0].id, value: 'no' });
    pending.send({ type: 'step.continue' });
    expect(seen).toEqual([JSON.stringify({ [questions[0].id]: 'no' })]);
    expect(pending.waiting).toBe(true);
    expect(pending.getSnapshot().value).toBe(first.id);
  });

  it('hands every event to the machine in order once it has loaded, and forwards from then on', () => {
    const events = [...questions.map((q) => ({ type: 'answer.set' as const, id: q.id, value: 'no' })), { type: 'step.continue' as const }];
    const pending = new PendingFlow(course, 99);
    for (const e of events) pending.send(e);
    const actor = machineAt(99);
    pending.handOver(actor);
    expect(pending.waiting).toBe(false);
    // The same events sent straight to a machine give the same state.
    const direct = machineAt(99);
    for (const e of events) direct.send(e);
    expect(actor.getSnapshot().value).toEqual(direct.getSnapshot().value);
    expect(actor.getSnapshot().context).toEqual(direct.getSnapshot().context);
    expect(Object.keys(actor.getSnapshot().context.answers).sort()).toEqual(questions.map((q) => q.id).sort());
    pending.send({ type: 'step.back' });
    direct.send({ type: 'step.back' });
    expect(actor.getSnapshot().context).toEqual(direct.getSnapshot().context);
    expect(pending.getSnapshot()).toBe(actor.getSnapshot());
  });
});

describe('the app while the flow machine loads (the LMS sees the same)', () => {
  const deferred = () => {
    let resolve!: (m: FlowRuntime) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<FlowRuntime>((res, rej) => ((resolve = res), (reject = rej)));
    return { load: () => promise, resolve: () => resolve(runtimeModule), reject: () => reject(new Error('offline')) };
  };
  const firstQuestion = questions[0];

  it('a fresh launch draws the first step at once; answers given meanwhile reach the LMS once the machine is there', async () => {
    const lmsStorage = new MemoryStorage();
    const runtime = deferred();
    const l = launch(course, { standard: '1.2', lmsStorage, browser: new MemoryStorage(), runtime: runtime.load });
    const view = l.view as UnitView;
    expect(view.actor).toBeInstanceOf(PendingFlow);
    expect(currentStep(view.actor!.getSnapshot())).toBe(first.id);
    view.actor!.send({ type: 'answer.set', id: firstQuestion.id, value: 'no' });
    l.settle();
    expect((l.server() as any).interactions ?? []).toEqual([]);
    runtime.resolve();
    const actor = await l.app.ready;
    expect(view.actor).toBe(actor);
    l.settle();
    const cmi = l.server() as any;
    expect(cmi.core.lesson_location).toBe(first.id);
    expect(Object.values(cmi.interactions ?? {}).map((i: any) => [i.id, i.student_response])).toContainEqual([firstQuestion.id, 'f']);
  });

  it('a resumed launch waits for the machine, then opens at the bookmark', async () => {
    const lmsStorage = new MemoryStorage();
    const before = launch(course, { standard: '1.2', lmsStorage, browser: new MemoryStorage() });
    for (const q of questions) before.app.actor.send({ type: 'answer.set', id: q.id, value: 'no' });
    before.app.actor.send({ type: 'step.continue' });
    before.settle();
    const bookmark = currentStep(before.app.actor.getSnapshot());
    before.close();
    const runtime = deferred();
    const l = launch(course, { standard: '1.2', lmsStorage, browser: new MemoryStorage(), runtime: runtime.load });
    expect((l.view as UnitView).actor).toBeNull();
    runtime.resolve();
    await l.app.ready;
    expect(currentStep((l.view as UnitView).actor!.getSnapshot())).toBe(bookmark);
  });

  it('says so when the machine cannot be loaded, instead of waiting silently', async () => {
    const runtime = deferred();
    const l = launch(course, { standard: '1.2', lmsStorage: new MemoryStorage(), browser: new MemoryStorage(), runtime: runtime.load });
    runtime.reject();
    await expect(l.app.ready).rejects.toThrow('offline');
    const notice = (l.view as UnitView).notices.find((n) => n.id === 'not-loaded');
    expect(notice?.kind).toBe('warning');
    expect(notice?.text).toContain('Reload the page');
  });
});
