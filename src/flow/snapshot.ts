// The flow's state as a small, versioned, plain object for suspend_data, and back.
// Everything is keyed by stable ids, so state saved by an older version of the content
// restores into a newer one: what still exists is kept, what no longer exists is dropped.
import type { Course } from '../course/types';
import type { FlowMachine, FlowSnapshot } from './machine';
import { COMPLETE, PLAN, type FlowState } from './steps';
import { acceptsAnswer, findBlock, lessonById, lockState, currentSequence, lessonDone, missingOnPage, pageCount, viewAllBlock, type FlowContext } from './progress';

export const SAVED_FLOW_VERSION = 1;

/** Short keys: this object is what fills the 4,096-character SCORM 1.2 budget. */
export interface SavedFlow {
  v: number;
  /** Step: lesson id, "complete" or "plan". */
  s: string;
  /** Path: "f" full, "q" quick; absent before the choice. */
  p?: 'f' | 'q';
  /** Completed once: 1. */
  c?: 1;
  /** Answers by stable id. */
  a: Record<string, string>;
  /** Visited lesson ids, in order. */
  n: string[];
  /** Where "My plan" and reference lessons return to. */
  r?: string;
  /** The page each lesson with pages is open at, by lesson id (absent: first pages; saves before pages had none). */
  g?: Record<string, number>;
  /** The attempt's seed for shuffled options (absent: 0; saves before shuffling had none). */
  h?: number;
  /** Panels opened in each view-all tabs or accordion, as bits, by `lesson-id/block-index` (absent: none). */
  w?: Record<string, number>;
  /** Answers kept from an earlier version of the content (their question changed or went), by old id. */
  o?: Record<string, string>;
}

/** The flow state (an xstate snapshot of the flow machine, or a PendingFlow's) as suspend_data's object. */
export function saveFlow(snapshot: FlowState): SavedFlow {
  const ctx = snapshot.context;
  const saved: SavedFlow = { v: SAVED_FLOW_VERSION, s: String(snapshot.value), a: ctx.answers, n: ctx.visited };
  if (ctx.path) saved.p = ctx.path === 'full' ? 'f' : 'q';
  if (ctx.completed) saved.c = 1;
  if (ctx.returnTo) saved.r = ctx.returnTo;
  const pages = Object.entries(ctx.pages ?? {}).filter(([, page]) => page > 0);
  if (pages.length) saved.g = Object.fromEntries(pages);
  if (ctx.seed) saved.h = ctx.seed;
  if (ctx.seen && Object.keys(ctx.seen).length) saved.w = ctx.seen;
  return saved;
}

export interface Restored {
  snapshot: FlowSnapshot;
  /** What the saved state held that this version of the course no longer has. */
  dropped: string[];
  /** The learner's answers that this version no longer takes, kept by their old id (never deleted). */
  kept: Record<string, string>;
}

/**
 * Restores a saved flow. Returns null for data that is not a saved flow at all (the
 * caller starts afresh and tells the learner); never throws on odd input.
 */
export function restoreFlow(machine: FlowMachine, course: Course, data: unknown): Restored | null {
  if (!isRecord(data) || data.v !== SAVED_FLOW_VERSION || typeof data.s !== 'string' || !isRecord(data.a)) return null;
  const dropped: string[] = [];
  const answers: Record<string, string> = {};
  const kept: Record<string, string> = {};
  if (isRecord(data.o)) for (const [id, value] of Object.entries(data.o)) if (typeof value === 'string') kept[id] = value;
  for (const [id, value] of Object.entries(data.a)) {
    const found = findBlock(course, id);
    // A length limit bounds typing, never what was already written.
    const takes = found && typeof value === 'string' && (found.block.type === 'reflection' || acceptsAnswer(found.block, value));
    if (takes) answers[id] = value as string;
    else {
      dropped.push(`answer ${id}`);
      if (typeof value === 'string' && isLearnerText(value)) kept[id] = value;
    }
  }
  const visited: string[] = [];
  for (const id of Array.isArray(data.n) ? data.n : []) {
    if (typeof id === 'string' && lessonById(course, id)) visited.push(id);
    else dropped.push(`lesson ${String(id)}`);
  }
  const context: FlowContext = {
    path: data.p === 'f' ? 'full' : data.p === 'q' ? 'quick' : null,
    answers,
    visited,
    completed: data.c === 1,
    returnTo: typeof data.r === 'string' && lessonById(course, data.r) ? data.r : null,
    pages: {},
    seed: typeof data.h === 'number' && Number.isInteger(data.h) && data.h > 0 ? data.h : 0,
    seen: {},
  };
  // A page that no longer exists (the lesson lost pages) opens the lesson's last page; a first
  // page stays absent, as the machine keeps it.
  if (isRecord(data.g)) {
    for (const [id, page] of Object.entries(data.g)) {
      const lesson = lessonById(course, id);
      const last = lesson ? pageCount(lesson) - 1 : 0;
      if (typeof page === 'number' && Number.isInteger(page) && page > 0 && last > 0) context.pages[id] = Math.min(page, last);
    }
  }
  // Panels seen in a block that is still view-all, of the panels it still has. A block that moved
  // starts unseen, quietly: opening a few panels again is no news worth a notice.
  if (isRecord(data.w)) {
    for (const [key, mask] of Object.entries(data.w)) {
      const found = viewAllBlock(course, key);
      const kept = found && typeof mask === 'number' && Number.isInteger(mask) ? mask & ((1 << Math.min(found.block.panels.length, 31)) - 1) : 0;
      if (kept > 0) context.seen![key] = kept;
    }
  }
  const step = resumeStep(course, context, data.s);
  if (step !== data.s) {
    dropped.push(`step ${data.s}`);
    // The saved step went: open the step found instead at its first unanswered question.
    const lesson = lessonById(course, step);
    const page = lesson ? Array.from({ length: pageCount(lesson) }, (_, k) => k).find((k) => missingOnPage(lesson, context, k).length > 0) : undefined;
    if (lesson && page) context.pages = { ...context.pages, [step]: page };
  }
  return { snapshot: machine.resolveState({ value: step, context }), dropped, kept };
}

/** The saved step when it still exists and is open; otherwise the first unfinished step. */
function resumeStep(course: Course, ctx: FlowContext, saved: string): string {
  if (saved === COMPLETE && ctx.completed) return COMPLETE;
  if (saved === PLAN) return PLAN;
  if (lessonById(course, saved) && lockState(course, ctx, saved).open) return saved;
  const seq = currentSequence(course, ctx);
  const next = seq.find((l) => !ctx.visited.includes(l.id) || !lessonDone(l, ctx));
  return next?.id ?? (ctx.completed ? COMPLETE : seq[seq.length - 1].id);
}

/** Words the learner wrote, as opposed to a yes/no, an option id or "adopted" (identifiers without spaces). */
function isLearnerText(value: string): boolean {
  return /\s/.test(value.trim()) || value.length > 40;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Characters each note keeps at each shortening level (level 0 keeps everything). */
export const NOTE_LIMITS = [Infinity, 1500, 800, 400, 200, 100, 40, 0];

/**
 * The saved flow with every reflection (the learner's notes) cut to NOTE_LIMITS[level]
 * characters, ending in "…"; null past the last level. Answers, path and place stay whole:
 * they matter more than the notes when the LMS keeps little (SCORM 1.2: 4,096 characters).
 */
export function shortenNotes(course: Course, data: unknown, level: number): unknown | null {
  if (level >= NOTE_LIMITS.length) return null;
  if (!isRecord(data) || !isRecord(data.a)) return level === 0 ? data : null;
  const limit = NOTE_LIMITS[level];
  const a: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(data.a)) {
    const note = findBlock(course, id)?.block.type === 'reflection' || !findBlock(course, id);
    a[id] = note && typeof value === 'string' && value.length > limit ? `${value.slice(0, limit)}…` : value;
  }
  return { ...data, a };
}
