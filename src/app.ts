// The composition root: wires the three parts together; the only module that knows all of them.
// flow (what the learner is doing) -> lms (what the LMS must hold) -> components (what they see).
// The rules live in named modules: ./resume-notices.ts (what the learner is told at launch),
// ./page-lifecycle.ts (hidden, shown, gone), and, loaded with the flow machine after the first
// screen, ./flow-session.ts: ./restore-notices.ts, ./save-policy.ts (when to save) and
// ./interactions.ts (course to SCORM interactions).
import type { Actor } from 'xstate';
import type { Course } from './course/types';
import type { ConnectedFlow } from './flow-session';
import type { FlowMachine } from './flow/machine';
import type { UnitNotice } from './flow/notices';
import { PendingFlow } from './flow/pending';
import type { SaveStatus } from './flow/save-status';
import type { FlowActor } from './flow/steps';
import { LmsSession } from './lms/session';
import { browserTimers, type Timers } from './lms/timers';
import { followPageLifecycle } from './page-lifecycle';
import { sessionNotices } from './resume-notices';

/** The module that starts the flow machine and saves what it does (./flow-session.ts). */
export type FlowRuntime = typeof import('./flow-session');

/** What the app sets on the unit's element (`<hqc-unit>`). */
export interface UnitView {
  /** Sends text the learner is still typing to the flow, so a save includes it. */
  flushPending?(): void;
  course: Course;
  actor: FlowActor | null;
  saveStatus: SaveStatus | null;
  /** What the learner wrote for questions this version of the unit no longer has, by old id. */
  earlierAnswers?: Record<string, string>;
  notices: UnitNotice[];
}

export interface App {
  /** The running flow actor; throws before the flow machine has loaded (see `ready`). */
  readonly actor: Actor<FlowMachine>;
  /** Resolves with the actor once the flow machine has loaded and started. */
  ready: Promise<Actor<FlowMachine>>;
  session: LmsSession;
  stop(): void;
}

export interface StartOptions {
  win: Window;
  view: UnitView & HTMLElement;
  course: Course;
  storage: Storage | null;
  /**
   * The flow's runtime (src/flow-session.ts, with xstate), or a function that imports it. Given
   * as a module, the flow starts at once; as an import, a fresh attempt's first step is drawn
   * from a PendingFlow while it loads (`firstStepShown`: the import may wait for that screen's
   * paint), and a resumed attempt waits for it (import at once).
   */
  runtime: FlowRuntime | ((launch: { firstStepShown: boolean }) => Promise<FlowRuntime>);
  /** Injected in tests; the browser's otherwise. */
  timers?: Timers;
  now?: () => number;
}

export function startApp(opts: StartOptions): App {
  const { win, view, course } = opts;
  const timers = opts.timers ?? browserTimers(win);
  let runtime: FlowRuntime | null = null;
  const session = LmsSession.start({
    win,
    storage: opts.storage,
    courseId: course.id,
    now: opts.now,
    ...timers,
    // The notes are shortened by the flow's rules, which load with the flow machine; no state
    // is saved before that (the first screen's answers wait for it), so none needs shortening.
    shorten: (data, level) => (runtime ? runtime.shortenNotes(course, data, level) : null),
  });
  const notices: UnitNotice[] = sessionNotices(session);
  const render = () => (view.notices = [...notices]);
  // A new attempt draws its own order for shuffled options; a resumed one keeps its saved one.
  const seed = 1 + Math.floor(Math.random() * 0x7ffffffe);
  // Nothing to restore: the first screen is the first step, drawn before the machine loads.
  const fresh = session.resume.data === null && session.resume.lmsData === null;
  const pending = fresh ? new PendingFlow(course, seed) : null;

  view.course = course;
  view.earlierAnswers = {};
  view.actor = pending;
  view.saveStatus = session.getStatus();
  const offStatus = session.onStatus((s) => (view.saveStatus = s));
  render();
  const stopLifecycle = followPageLifecycle(win, session, () => view.flushPending?.());

  let flow: ConnectedFlow | null = null;
  let stopped = false;
  const begin = (loaded: FlowRuntime): Actor<FlowMachine> => {
    runtime = loaded;
    flow = runtime.connectFlow({ course, session, seed, pending, notices, onNotices: render });
    view.earlierAnswers = flow.kept;
    view.actor = flow.actor;
    render();
    return flow.actor;
  };
  const ready: Promise<Actor<FlowMachine>> =
    typeof opts.runtime === 'function'
      ? opts.runtime({ firstStepShown: pending !== null }).then(
          (runtime) => {
            if (stopped) throw new Error('The app was stopped before the flow machine loaded.');
            return begin(runtime);
          },
          (error: unknown) => {
            // The package's own chunk did not arrive (a dropped connection, a cut upload): the
            // first screen cannot move on and nothing is saved; say so rather than wait silently.
            if (!stopped) {
              notices.push({ id: 'not-loaded', kind: 'warning', text: 'Part of this unit could not be loaded, so it cannot go on and your answers are not saved yet. Reload the page to try again.' });
              render();
            }
            throw error;
          },
        )
      : Promise.resolve(begin(opts.runtime));

  return {
    get actor() {
      if (!flow) throw new Error('The flow machine has not loaded yet: await app.ready.');
      return flow.actor;
    },
    ready,
    session,
    stop() {
      stopped = true;
      stopLifecycle();
      session.close();
      flow?.stop();
      offStatus();
    },
  };
}
