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
import { browserTimers, type Timers } from './lms/timers';
import { shortenNotes } from './flow/snapshot';


export interface UnitView {
  /** Sends text the learner is still typing to the flow, so a save includes it. */
  flushPending?(): void;
  course: Course;
  actor: Actor<FlowMachine>;
  saveStatus: ReturnType<LmsSession['getStatus']> | null;
  /** What the learner wrote for questions this version of the unit no longer has, by old id. */
  earlierAnswers?: Record<string, string>;
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

export function sessionState(course: Course, snapshot: FlowSnapshot, times: Map<string, Date>, kept: Record<string, string> = {}): SessionState {
  const ctx = snapshot.context;
  const saved = saveFlow(snapshot);
  return {
    data: Object.keys(kept).length ? { ...saved, o: kept } : saved,
    location: currentStep(snapshot),
    completed: ctx.completed,
    progress: progressMeasure(course, ctx),
    interactions: interactionRecords(course, ctx.answers, times),
  };
}

const BUDGET_WARNING = 0.85;

/** A pause in typing (ms) after which the text is saved without waiting for Continue. */
export const TYPING_SAVE_MS = 2000;

export function startApp(opts: {
  win: Window;
  view: UnitView & HTMLElement;
  course: Course;
  storage: Storage | null;
  /** Injected in tests; the browser's otherwise. */
  timers?: Timers;
  now?: () => number;
}): App {
  const { win, view, course } = opts;
  const doc = win.document;
  const timers = opts.timers ?? browserTimers(win);
  const session = LmsSession.start({
    win,
    storage: opts.storage,
    courseId: course.id,
    now: opts.now,
    ...timers,
    shorten: (data, level) => shortenNotes(course, data, level),
  });
  const machine = createFlowMachine(course);
  const notices: UnitNotice[] = [];

  const keptHere = session.browserKeeps
    ? 'so your progress is kept in this browser only'
    : 'and this browser does not let the unit store anything, so your work is not kept when you close this page: download your plan from My plan before you leave';
  if (session.offlineReason === 'no-api') {
    notices.push({ id: 'no-lms', kind: session.browserKeeps ? 'info' : 'warning', text: `No learning system (LMS) was found, ${keptHere}. Open the unit from your course page to have it recorded.` });
  } else if (session.offlineReason === 'init-failed') {
    notices.push({ id: 'lms-refused', kind: 'warning', text: `The learning system did not start a session, ${keptHere}. Reload the page to try again; if it keeps happening, tell your course administrator.` });
  }
  const completedNote = session.resume.lmsCompleted ? ' Your completion stays recorded.' : '';
  if (session.resume.unreadable && session.resume.data === null) {
    notices.push({
      id: 'unreadable-lms',
      kind: 'warning',
      text: `Your saved progress in the learning system could not be read, so the unit starts from the beginning. Nothing is overwritten until you answer something here, and a copy of what the system held is kept in this browser.${completedNote}`,
    });
  } else if (session.resume.unreadable) {
    notices.push({ id: 'unreadable-lms', kind: 'info', text: 'Your saved progress in the learning system could not be read, so your work was restored from this browser instead.' });
  } else if (session.resume.data === null && session.resume.lmsCompleted) {
    notices.push({ id: 'completed-before', kind: 'info', text: 'You have completed this unit before; your completion stays recorded. Your earlier answers are not stored, so the unit starts from the beginning.' });
  }
  if (session.resume.shortened) {
    notices.push({ id: 'shortened', kind: 'warning', text: 'Some of your notes were longer than the learning system can store, so it kept a shortened copy; that is what you see here. The full text is in the browser where you wrote them, and in the plan you download there.' });
  }

  const restored = session.resume.data === null ? null : restoreFlow(machine, course, session.resume.data);
  if (session.resume.data !== null && !restored) {
    notices.push({ id: 'unreadable', kind: 'warning', text: 'Your saved progress is from a version of this unit that can no longer be read, so the unit starts from the beginning.' });
  } else if (restored && Object.keys(restored.kept).length > 0) {
    notices.push({ id: 'updated', kind: 'info', text: 'This unit has been updated since your last visit. Your answers are kept; what you wrote for questions that have changed is in My plan, under "From an earlier version".', action: { label: 'Open my plan', event: 'nav.plan' } });
  } else if (restored?.dropped.some((d) => !d.startsWith('step '))) {
    notices.push({ id: 'updated', kind: 'info', text: 'This unit has been updated since your last visit. Your answers are kept; a few choices for questions that have changed need answering again.' });
  }
  const kept = restored?.kept ?? {};
  view.earlierAnswers = kept;
  if (restored && session.resume.source === 'backup' && session.connected) {
    notices.push({ id: 'recovered', kind: 'info', text: 'Work from your last visit that had not reached the learning system was recovered from this browser and is being saved now.' });
  }
  // Answers the LMS already holds are not journalled again as new interactions (also when
  // newer work was recovered from the browser: only what the LMS lacks is sent).
  const inLms = session.resume.lmsData === null ? null : restoreFlow(machine, course, session.resume.lmsData);
  if (inLms) session.markSent(inLms.snapshot.context.answers);

  // A new attempt draws its own order for shuffled options; a resumed one keeps its saved one.
  const actor = createActor(machine, { input: { seed: 1 + Math.floor(Math.random() * 0x7ffffffe) }, ...(restored ? { snapshot: restored.snapshot } : {}) });
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
    const state = sessionState(course, snapshot, answerTimes, kept);
    const serialised = JSON.stringify(state.data);
    const changed = serialised !== lastSaved;
    if (changed) {
      lastSaved = serialised;
      session.update(state);
      warnOnBudget(state.data);
    }
    // A page of a lesson counts as a step here: the bookmark must land on it.
    const step = `${currentStep(snapshot)}#${snapshot.context.pages[currentStep(snapshot)] ?? 0}`;
    // A finished step (or a path chosen) is saved once the next screen is drawn; writing in
    // progress after a pause in typing, so it never waits for Continue.
    if (step !== lastStep || snapshot.context.path !== lastPath) {
      lastStep = step;
      lastPath = snapshot.context.path;
      session.requestSave();
    } else if (changed) {
      session.requestSave(TYPING_SAVE_MS);
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

  // Every launch saves once after the first screen (SCORM wants a status each session);
  // unchanged values cost no request on an LMS that sends only changes.
  const sub = actor.subscribe(onSnapshot);
  actor.start();

  // Moodle's frame blocks `unload`, and a beacon at unload is answered "true" unread:
  // save when the page is hidden, confirm when it is shown again, and finish the session
  // only when the page really goes (not when it enters the back/forward cache).
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      view.flushPending?.();
      session.pageHidden();
    } else session.pageShown();
  };
  const onPageHide = (event: Event) => {
    view.flushPending?.();
    if ((event as PageTransitionEvent).persisted) session.pageHidden();
    else session.finish();
  };
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) session.pageShown();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);

  return {
    actor,
    session,
    stop() {
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
      win.removeEventListener('pageshow', onPageShow);
      session.close();
      sub.unsubscribe();
      offStatus();
      actor.stop();
    },
  };
}
