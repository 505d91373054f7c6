// What runs once the flow machine has loaded (by import(), after the first screen): the flow
// started, or restored from what the LMS or the browser kept; the learner told what the restore
// found; and every new state handed to the LMS session by the save policy.
import type { Actor } from 'xstate';
import type { Course } from './course/types';
import { restoreFlow, startFlow } from './flow/engine';
import type { FlowMachine } from './flow/machine';
import type { UnitNotice } from './flow/notices';
import type { PendingFlow } from './flow/pending';
import type { LmsSession } from './lms/session';
import { restoreNotices } from './restore-notices';
import { savePolicy } from './save-policy';

/** The learner's notes shortened to fit the LMS (src/flow/snapshot.ts), for the LMS session. */
export { shortenNotes } from './flow/snapshot';

export interface ConnectOptions {
  course: Course;
  session: LmsSession;
  /** The seed of a new attempt (its order of shuffled options). */
  seed: number;
  /** The first screen's flow while the machine loaded: its events go to the machine, in order. */
  pending: PendingFlow | null;
  /** The learner's notices: restore notices are added, the budget warning comes and goes. */
  notices: UnitNotice[];
  /** Called after the notices changed. */
  onNotices(): void;
}

export interface ConnectedFlow {
  /** The running actor. */
  actor: Actor<FlowMachine>;
  /** Answers from an earlier version of the content that this one no longer takes, by old id (for My plan). */
  kept: Record<string, string>;
  /** Stops saving and the actor. */
  stop(): void;
}

/** Starts the flow (restored from the session's resume data when there is some) and saves each state it reaches. */
export function connectFlow(opts: ConnectOptions): ConnectedFlow {
  const { course, session, notices } = opts;
  const started = startFlow(course, session.resume.data, opts.seed);
  const { restored } = started;
  notices.push(...restoreNotices(session, restored));
  const kept = restored?.kept ?? {};
  // Answers the LMS already holds are not journalled again as new interactions (also when
  // newer work was recovered from the browser: only what the LMS lacks is sent).
  const inLms = session.resume.lmsData === null ? null : restoreFlow(started.machine, course, session.resume.lmsData);
  if (inLms) session.markSent(inLms.snapshot.context.answers);
  const onSnapshot = savePolicy({ course, session, kept, startAnswers: restored?.snapshot.context.answers ?? {}, notices, onNotices: opts.onNotices });
  // Every launch saves once after the first screen (SCORM wants a status each session);
  // unchanged values cost no request on an LMS that sends only changes.
  const sub = started.actor.subscribe(onSnapshot);
  started.actor.start();
  // Answers given on the first screen meanwhile reach the machine, in order.
  opts.pending?.handOver(started.actor);
  return {
    actor: started.actor,
    kept,
    stop() {
      sub.unsubscribe();
      started.actor.stop();
    },
  };
}
