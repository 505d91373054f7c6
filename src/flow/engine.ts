// The flow machine and its runtime (xstate), loaded after the first screen: `import()` this
// module. The first screen of a fresh attempt draws from a PendingFlow (./pending.ts) meanwhile.
import { createActor, type Actor } from 'xstate';
import type { Course } from '../course/types';
import { createFlowMachine, type FlowMachine } from './machine';
import { restoreFlow, type Restored } from './snapshot';

export { createFlowMachine, restoreFlow };

export interface StartedFlow {
  machine: FlowMachine;
  /** The actor, not started yet (subscribe first, then `start()`): at the restored state or at the first step. */
  actor: Actor<FlowMachine>;
  /** What `saved` restored to; null for a new attempt or data that is not a saved flow. */
  restored: Restored | null;
}

/**
 * Starts the flow for `course`: from `saved` (suspend_data's flow) when it restores, else a new
 * attempt with `seed` (its order of shuffled options).
 */
export function startFlow(course: Course, saved: unknown | null, seed: number): StartedFlow {
  const machine = createFlowMachine(course);
  const restored = saved === null ? null : restoreFlow(machine, course, saved);
  const actor = createActor(machine, { input: { seed }, ...(restored ? { snapshot: restored.snapshot } : {}) });
  return { machine, actor, restored };
}

export type FlowEngine = typeof import('./engine');
