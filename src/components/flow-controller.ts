import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FlowActor, FlowEvent, FlowState } from '../flow/steps';

/**
 * Connects a Lit element to the flow actor the app already runs: it never creates or stops
 * the actor, it only listens while the host is in the document and re-renders on each snapshot.
 */
export class FlowController implements ReactiveController {
  private subscription: { unsubscribe(): void } | null = null;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private current: FlowActor,
  ) {
    host.addController(this);
  }

  get actor(): FlowActor {
    return this.current;
  }

  /** Switches to another actor (the app restarted the flow), keeping the subscription state. */
  set actor(actor: FlowActor) {
    if (actor === this.current) return;
    this.unsubscribe();
    this.current = actor;
    if (this.connected) this.subscribe();
    this.host.requestUpdate();
  }

  get snapshot(): FlowState {
    return this.current.getSnapshot();
  }

  send(event: FlowEvent): void {
    this.current.send(event);
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe();
  }

  private subscribe(): void {
    this.subscription = this.current.subscribe(() => this.host.requestUpdate());
  }

  private unsubscribe(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
  }
}
