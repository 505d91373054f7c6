// A fresh attempt's first step before the flow machine has loaded. The first screen draws from
// it, so xstate can arrive after the first paint: it holds exactly the machine's initial state
// (test/flow.test.ts compares the two), takes the learner's answers on that step by the
// machine's own rule, and keeps every other event until the machine takes over.
import type { Course } from '../course/types';
import { acceptsAnswer, findBlock, initialContext, type FlowContext } from './progress';
import type { FlowActor, FlowEvent, FlowState } from './steps';

export class PendingFlow implements FlowActor {
  private state: FlowState;
  private readonly queue: FlowEvent[] = [];
  private readonly listeners = new Set<(state: FlowState) => void>();
  private target: FlowActor | null = null;

  /** `seed`: the attempt's seed for shuffled options, the one the machine then starts with. */
  constructor(
    private readonly course: Course,
    seed: number,
  ) {
    const first = course.lessons[0];
    const context: FlowContext = {
      ...initialContext(),
      seed,
      // The machine's entry actions for its first state: visited, and the bookmark.
      visited: [first.id],
      returnTo: first.kind === 'reference' ? null : first.id,
    };
    this.state = this.stateOf(context);
  }

  /** Events wait for the machine, except answers on this step. */
  get waiting(): boolean {
    return this.target === null;
  }

  getSnapshot(): FlowState {
    return this.target ? this.target.getSnapshot() : this.state;
  }

  subscribe(listener: (state: FlowState) => void): { unsubscribe(): void } {
    if (this.target) return this.target.subscribe(listener);
    this.listeners.add(listener);
    return { unsubscribe: () => this.listeners.delete(listener) };
  }

  send(event: FlowEvent): void {
    if (this.target) return this.target.send(event);
    this.queue.push(event);
    if (event.type !== 'answer.set' || !this.fits(event)) return;
    const answers = { ...this.state.context.answers };
    if (event.value.trim() === '') delete answers[event.id];
    else answers[event.id] = event.value;
    this.state = this.stateOf({ ...this.state.context, answers });
    for (const listener of [...this.listeners]) listener(this.state);
  }

  /**
   * The machine has loaded: `actor` (started from the same initial state) receives every event
   * sent so far, in order, and from now on everything this object is asked.
   */
  handOver(actor: FlowActor): void {
    this.target = actor;
    for (const event of this.queue.splice(0)) actor.send(event);
    this.listeners.clear();
  }

  /** The machine's `answerFits` guard: a question of this step, and a value it takes. */
  private fits(event: Extract<FlowEvent, { type: 'answer.set' }>): boolean {
    const found = findBlock(this.course, event.id);
    return !!found && found.lesson.id === this.course.lessons[0].id && acceptsAnswer(found.block, event.value);
  }

  private stateOf(context: FlowContext): FlowState {
    return {
      value: this.course.lessons[0].id,
      context,
      // Only answers are taken before the machine is there; Back has nowhere to go from the first page of the first step.
      can: (event) => event.type === 'answer.set' && this.fits(event),
    };
  }
}
