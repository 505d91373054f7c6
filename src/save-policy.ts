// When the learner's work goes to the LMS: a finished step (or a chosen path) once the next
// screen is drawn, writing after a pause in typing; and a notice before the notes outgrow what
// the LMS keeps.
import type { Course } from './course/types';
import type { UnitNotice } from './flow/notices';
import { progressMeasure } from './flow/progress';
import { saveFlow } from './flow/snapshot';
import { currentStep, type FlowState } from './flow/steps';
import { interactionRecords } from './interactions';
import type { LmsSession, SessionState } from './lms/session';

/** A pause in typing (ms) after which the text is saved without waiting for Continue. */
export const TYPING_SAVE_MS = 2000;

/** The share of the suspend_data budget (characters) past which the learner is warned. */
export const BUDGET_WARNING = 0.85;

/**
 * What the LMS must hold for a flow state: suspend_data (the saved flow, plus `kept` answers
 * from an earlier version under `o`), the bookmark, completion, progress (0..1) and the
 * interactions, with `times` of each answer's last change.
 */
export function sessionState(course: Course, snapshot: FlowState, times: Map<string, Date>, kept: Record<string, string> = {}): SessionState {
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

export interface SavePolicyOptions {
  course: Course;
  session: LmsSession;
  /** Answers kept from an earlier version of the content (saved with every state). */
  kept: Record<string, string>;
  /** The answers the flow started with (a resumed attempt's), so they do not count as new. */
  startAnswers: Record<string, string>;
  /** The notices the learner sees; the budget warning is added to and removed from it. */
  notices: UnitNotice[];
  /** Called after the notices changed. */
  onNotices(): void;
}

/** Returns the flow's snapshot listener that updates the session and asks it to save. */
export function savePolicy(opts: SavePolicyOptions): (snapshot: FlowState) => void {
  const { course, session, kept, notices } = opts;
  const answerTimes = new Map<string, Date>();
  let lastAnswers = opts.startAnswers;
  let lastSaved = '';
  let lastStep = '';
  let lastPath: string | null = null;

  const warnOnBudget = (data: unknown) => {
    const size = session.measure(data);
    const near = size > session.budget * BUDGET_WARNING;
    const i = notices.findIndex((n) => n.id === 'budget');
    if (near && i === -1) {
      notices.push({
        id: 'budget',
        kind: 'warning',
        text: `Your notes are close to what the learning system can store (${size} of ${session.budget} characters). Everything is still kept in this browser; to be safe, shorten a note or download your plan.`,
        action: { label: 'Open my plan', event: { type: 'nav.plan' } },
      });
      opts.onNotices();
    } else if (!near && i !== -1) {
      notices.splice(i, 1);
      opts.onNotices();
    }
  };

  return (snapshot) => {
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
}
