// The first screen of a fresh attempt is drawn before the flow machine (xstate) has loaded, from
// a PendingFlow: it must be the machine's own first state, take answers as the machine does,
// and hand every event over, in order, so that the learner's clicks meanwhile are not lost.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createFlowMachine } from '../src/flow/machine';
import { PendingFlow } from '../src/flow/pending';
import { interactions } from '../src/flow/progress';
import { realCourse } from './helpers/content';

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
