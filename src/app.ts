// The composition root: wires the three parts together; the only module that knows all of them.
// flow (what the learner is doing) -> lms (what the LMS must hold) -> components (what they see).
// The rules live in named modules: ./interactions.ts (course to SCORM interactions),
// ./resume-notices.ts (what the learner is told at launch), ./save-policy.ts (when to save),
// ./page-lifecycle.ts (hidden, shown, gone).
import type { Actor } from 'xstate';
import type { Course } from './course/types';
import type { FlowEngine } from './flow/engine';
import type { FlowMachine } from './flow/machine';
import type { UnitNotice } from './flow/notices';
import { PendingFlow } from './flow/pending';
import type { SaveStatus } from './flow/save-status';
import { shortenNotes } from './flow/snapshot';
import type { FlowActor } from './flow/steps';
import { LmsSession } from './lms/session';
import { browserTimers, type Timers } from './lms/timers';
import { followPageLifecycle } from './page-lifecycle';
import { restoreNotices, sessionNotices } from './resume-notices';
import { savePolicy } from './save-policy';

export { interactionRecords } from './interactions';
export { TYPING_SAVE_MS, sessionState } from './save-policy';

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
   * The flow machine's module (src/flow/engine.ts), or a function that imports it. Given as a
   * module, the flow starts at once; as an import, a fresh attempt's first step is drawn from a
   * PendingFlow while it loads, and a resumed attempt waits for it.
   */
  engine: FlowEngine | (() => Promise<FlowEngine>);
  /** Injected in tests; the browser's otherwise. */
  timers?: Timers;
  now?: () => number;
}

export function startApp(opts: StartOptions): App {
  const { win, view, course } = opts;
  const timers = opts.timers ?? browserTimers(win);
  const session = LmsSession.start({
    win,
    storage: opts.storage,
    courseId: course.id,
    now: opts.now,
    ...timers,
    shorten: (data, level) => shortenNotes(course, data, level),
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

  let actor: Actor<FlowMachine> | null = null;
  let stopped = false;
  let unsubscribe = () => {};
  const begin = (engine: FlowEngine): Actor<FlowMachine> => {
    const started = engine.startFlow(course, session.resume.data, seed);
    const { restored } = started;
    notices.push(...restoreNotices(session, restored));
    const kept = restored?.kept ?? {};
    view.earlierAnswers = kept;
    // Answers the LMS already holds are not journalled again as new interactions (also when
    // newer work was recovered from the browser: only what the LMS lacks is sent).
    const inLms = session.resume.lmsData === null ? null : engine.restoreFlow(started.machine, course, session.resume.lmsData);
    if (inLms) session.markSent(inLms.snapshot.context.answers);
    const onSnapshot = savePolicy({ course, session, kept, startAnswers: restored?.snapshot.context.answers ?? {}, notices, onNotices: render });
    // Every launch saves once after the first screen (SCORM wants a status each session);
    // unchanged values cost no request on an LMS that sends only changes.
    const sub = started.actor.subscribe(onSnapshot);
    unsubscribe = () => sub.unsubscribe();
    started.actor.start();
    // Answers given on the first screen meanwhile reach the machine, in order.
    pending?.handOver(started.actor);
    view.actor = started.actor;
    render();
    actor = started.actor;
    return started.actor;
  };
  const ready: Promise<Actor<FlowMachine>> =
    typeof opts.engine === 'function'
      ? opts.engine().then((engine) => {
          if (stopped) throw new Error('The app was stopped before the flow machine loaded.');
          return begin(engine);
        })
      : Promise.resolve(begin(opts.engine));

  return {
    get actor() {
      if (!actor) throw new Error('The flow machine has not loaded yet: await app.ready.');
      return actor;
    },
    ready,
    session,
    stop() {
      stopped = true;
      stopLifecycle();
      session.close();
      unsubscribe();
      offStatus();
      actor?.stop();
    },
  };
}
