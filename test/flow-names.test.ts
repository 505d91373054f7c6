// The flow machine's guard and action names are checked by TypeScript: `npm run typecheck`
// compiles this file, and each `@ts-expect-error` below fails the type check if the misspelt
// name it marks were ever accepted (as it was while states were built as Record<string, object>).
import { describe, expect, it } from 'vitest';
import { flowSetup, type FlowStateConfig } from '../src/flow/machine';
import { realCourse } from './helpers/content';

const flow = flowSetup(realCourse());

describe('flow machine names', () => {
  it('a state config names only the guards and actions the setup declares', () => {
    const good: FlowStateConfig = flow.createStateConfig({
      entry: [{ type: 'markVisited', params: { id: 'intro' } }],
      on: {
        'step.continue': { guard: { type: 'stepDone', params: { id: 'intro' } }, target: 'next' },
        'step.back': { guard: 'isCompleted', target: 'complete' },
      },
    });
    flow.createStateConfig({
      on: {
        // @ts-expect-error 'isComplete' is not a guard of the flow (isCompleted is)
        'step.back': { guard: 'isComplete', target: 'complete' },
      },
    });
    flow.createStateConfig({
      // @ts-expect-error 'markVisted' is not an action of the flow
      entry: { type: 'markVisted', params: { id: 'intro' } },
    });
    flow.createStateConfig({
      on: {
        // @ts-expect-error a guard's params are checked too: stepDone needs an id
        'step.continue': { guard: { type: 'stepDone', params: { lesson: 'intro' } }, target: 'next' },
      },
    });
    expect(good.on).toBeDefined();
  });
});
