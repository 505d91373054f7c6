// The flow's vocabulary that the first screen needs, without the state machine (and without
// xstate, which loads after the first screen): step ids, events, and the shape of what the
// components read and send.
import type { PathName } from '../course/types';
import type { FlowContext } from './progress';

/** The step after the last lesson of either path. */
export const COMPLETE = 'complete';
/** The learner's plan, opened from the header or a notice; Back returns to where they were. */
export const PLAN = 'plan';

/** What the learner does, as the flow machine receives it. */
export type FlowEvent =
  | { type: 'answer.set'; id: string; value: string }
  /** The learner was shown panel `index` of the view-all block `key` (see panelsKey). */
  | { type: 'panel.seen'; key: string; index: number }
  | { type: 'step.continue' }
  | { type: 'step.back' }
  | { type: 'path.choose'; path: PathName }
  | { type: 'nav.goto'; id: string }
  | { type: 'nav.plan' };

/** The flow events that carry no payload: a notice's action or a button can name one of them. */
export type PlainFlowEvent = Extract<FlowEvent, { type: 'step.continue' | 'step.back' | 'nav.plan' }>;

/** One state of the flow as the components read it (an xstate snapshot of the flow machine is one). */
export interface FlowState {
  /** The step: a lesson id, "complete" or "plan". */
  value: unknown;
  context: FlowContext;
  /** Whether the flow would take `event` now. */
  can(event: FlowEvent): boolean;
}

/**
 * The running flow as the components use it: the app's xstate actor of the flow machine, or,
 * on a fresh launch before the machine has loaded, a PendingFlow (./pending.ts).
 */
export interface FlowActor {
  getSnapshot(): FlowState;
  subscribe(listener: (state: FlowState) => void): { unsubscribe(): void };
  send(event: FlowEvent): void;
  /** True while events other than answers wait for the flow machine (a PendingFlow before it loads). */
  readonly waiting?: boolean;
}

/** The id of the step a snapshot is at: a lesson id, "complete" or "plan". */
export function currentStep(snapshot: { value: unknown }): string {
  return String(snapshot.value);
}
