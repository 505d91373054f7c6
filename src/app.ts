// Wires the three parts together; the only module that knows all of them.
// flow (what the learner is doing) -> lms (what the LMS must hold) -> components (what they see).
import { createActor, type Actor } from 'xstate';
import type { Course, PathName } from './course/types';
import { createFlowMachine, currentStep, type FlowMachine, type FlowSnapshot } from './flow/machine';
import { findBlock, progressMeasure } from './flow/progress';
import { restoreFlow, saveFlow } from './flow/snapshot';
import type { UnitNotice } from './components/unit/unit.component';
import type { InteractionRecord } from './lms/cmi';
import { LmsSession, type SessionState } from './lms/session';


export interface UnitView {
  /** Sends text the learner is still typing to the flow, so a save includes it. */
  flushPending?(): void;
  course: Course;
  actor: Actor<FlowMachine>;
  saveStatus: ReturnType<LmsSession['getStatus']> | null;
  notices: UnitNotice[];
}

export interface App {
  actor: Actor<FlowMachine>;
  session: LmsSession;
  stop(): void;
}

/** Interactions the LMS reports: every self-assessment answer and scenario choice. */
export function interactionRecords(course: Course, answers: Record<string, string>, times: Map<string, Date>): InteractionRecord[] {
  const records: InteractionRecord[] = [];
  for (const [id, response] of Object.entries(answers)) {
    const found = findBlock(course, id);
    if (!found) continue;
    const { block } = found;
    if (block.type === 'yes-no') {
      records.push({ id, type: 'true-false', response, description: block.text, time: times.get(id) ?? new Date() });
    } else if (block.type === 'choice') {
      const correct = block.options.find((o) => o.correct)?.id;
      records.push({ id, type: 'choice', response, description: block.text, correct, options: block.options.map((o) => o.id), time: times.get(id) ?? new Date() });
    }
  }
  return records;
}

export function sessionState(course: Course, snapshot: FlowSnapshot, times: Map<string, Date>): SessionState {
  const ctx = snapshot.context;
  return {
    data: saveFlow(snapshot),
    location: currentStep(snapshot),
    completed: ctx.completed,
    progress: progressMeasure(course, ctx),
    interactions: interactionRecords(course, ctx.answers, times),
  };
}

const BUDGET_WARNING = 0.85;

export function startApp(opts: { win: Window; view: UnitView & HTMLElement; course: Course; storage: Storage | null }): App {
  const { win, view, course } = opts;
  const doc = win.document;
  const session = LmsSession.start({ win, storage: opts.storage, courseId: course.id });
  const machine = createFlowMachine(course);
  const notices: UnitNotice[] = [];

  if (session.offlineReason === 'no-api') {
    notices.push({ id: 'no-lms', kind: 'info', text: 'No learning system (LMS) was found, so your progress is kept in this browser only. Open the unit from your course page to have it recorded.' });
  } else if (session.offlineReason === 'init-failed') {
    notices.push({ id: 'lms-refused', kind: 'warning', text: 'The learning system did not start a session, so your progress is kept in this browser only. Reload the page to try again; if it keeps happening, tell your course administrator.' });
  }
  if (session.resume.corrupt) {
    notices.push({ id: 'corrupt', kind: 'warning', text: 'Your saved progress could not be read, so the unit starts from the beginning.' });
  }

  const restored = session.resume.data === null ? null : restoreFlow(machine, course, session.resume.data);
  if (session.resume.data !== null && !restored) {
    notices.push({ id: 'unreadable', kind: 'warning', text: 'Your saved progress is from a version of this unit that can no longer be read, so the unit starts from the beginning.' });
  } else if (restored?.dropped.some((d) => !d.startsWith('step '))) {
    notices.push({ id: 'updated', kind: 'info', text: 'This unit has been updated since your last visit. Your answers are kept; a few that no longer apply were removed.' });
  }
  if (restored && session.resume.source === 'backup' && session.connected) {
    notices.push({ id: 'recovered', kind: 'info', text: 'Work from your last visit that had not reached the learning system was recovered from this browser and is being saved now.' });
  }
  // Answers the LMS already holds are not journalled again as new interactions (also when
  // newer work was recovered from the browser: only what the LMS lacks is sent).
  const inLms = session.resume.lmsData === null ? null : restoreFlow(machine, course, session.resume.lmsData);
  if (inLms) session.markSent(inLms.snapshot.context.answers);

  const actor = createActor(machine, { input: {}, ...(restored ? { snapshot: restored.snapshot } : {}) });
  const answerTimes = new Map<string, Date>();
  let lastSaved = '';
  let lastStep = '';
  let lastPath: PathName | null = null;

  const render = () => {
    view.notices = [...notices];
  };

  let lastAnswers: Record<string, string> = restored?.snapshot.context.answers ?? {};
  const onSnapshot = (snapshot: FlowSnapshot) => {
    // Answer times for the LMS report: when each answer last changed.
    const answers = snapshot.context.answers;
    if (answers !== lastAnswers) {
      for (const [id, v] of Object.entries(answers)) if (lastAnswers[id] !== v) answerTimes.set(id, new Date());
      lastAnswers = answers;
    }
    const state = sessionState(course, snapshot, answerTimes);
    const serialised = JSON.stringify(state.data);
    if (serialised !== lastSaved) {
      lastSaved = serialised;
      session.update(state);
      warnOnBudget(state.data);
    }
    const step = currentStep(snapshot);
    // One commit per step: a finished step (or a path chosen) is worth telling the LMS.
    if (step !== lastStep || snapshot.context.path !== lastPath) {
      lastStep = step;
      lastPath = snapshot.context.path;
      session.commit();
    }
  };

  const warnOnBudget = (data: unknown) => {
    const size = session.measure(data);
    const near = size > session.budget * BUDGET_WARNING;
    const i = notices.findIndex((n) => n.id === 'budget');
    if (near && i === -1) {
      notices.push({
        id: 'budget',
        kind: 'warning',
        text: `Your notes are close to what the learning system can store (${size} of ${session.budget} characters). Everything is still kept in this browser; to be safe, shorten a note or download your plan.`,
        action: { label: 'Open my plan', event: 'nav.plan' },
      });
      render();
    } else if (!near && i !== -1) {
      notices.splice(i, 1);
      render();
    }
  };

  view.course = course;
  view.actor = actor;
  view.saveStatus = session.getStatus();
  const offStatus = session.onStatus((s) => (view.saveStatus = s));
  render();

  const isResume = restored !== null && session.resume.source === 'lms';
  lastStep = isResume ? currentStep(restored.snapshot) : '';
  lastPath = isResume ? restored.snapshot.context.path : null;
  if (isResume) lastSaved = JSON.stringify(saveFlow(restored.snapshot));
  const sub = actor.subscribe(onSnapshot);
  actor.start();

  // Moodle's frame blocks `unload`, and a beacon at unload is answered "true" unread:
  // save when the page is hidden, and finish the session when it goes away.
  const onHidden = () => {
    if (doc.visibilityState !== 'hidden') return;
    view.flushPending?.();
    session.commit();
  };
  const onPageHide = () => {
    view.flushPending?.();
    session.finish();
  };
  doc.addEventListener('visibilitychange', onHidden);
  win.addEventListener('pagehide', onPageHide);

  return {
    actor,
    session,
    stop() {
      doc.removeEventListener('visibilitychange', onHidden);
      win.removeEventListener('pagehide', onPageHide);
      sub.unsubscribe();
      offStatus();
      actor.stop();
    },
  };
}
