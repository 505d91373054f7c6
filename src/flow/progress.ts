// Pure questions about a learner's progress through the course: which lessons make up a
// path, what a step still needs, what is unlocked, whether completion is met. The machine's
// guards and the components both ask these, so the rules live in one place.
import type { Course, InteractiveBlock, Lesson, PanelsBlock, PathName } from '../course/types';
import { isInteractive } from '../course/types';

export interface FlowContext {
  /** The path the learner is on; null until the path step is passed. */
  path: PathName | null;
  /** Answers by stable id: yes-no "yes"/"no", choice option id, reflection text, challenge "adopted". */
  answers: Record<string, string>;
  /** Lesson ids the learner has opened. */
  visited: string[];
  /** Once true, stays true: completion never regresses. */
  completed: boolean;
  /** Where "My plan" returns to. */
  returnTo: string | null;
  /** The page each lesson with pages is open at (0-based), by lesson id; absent means its first page. */
  pages: Record<string, number>;
  /** This attempt's own number for shuffled options (see shuffledOptions): set once by the app, saved. */
  seed: number;
  /**
   * The panels opened in each `view-all` tabs or accordion, by panelsKey: bit i set once panel
   * i has been shown. Absent or {} before any (saves from before view-all have none).
   */
  seen?: Record<string, number>;
}

export const initialContext = (): FlowContext => ({ path: null, answers: {}, visited: [], completed: false, returnTo: null, pages: {}, seed: 0, seen: {} });

export function lessonById(course: Course, id: string): Lesson | undefined {
  return course.lessons.find((l) => l.id === id);
}

/** The ordered lessons of a path. Reference lessons sit outside every path (menu only). */
export function sequence(course: Course, path: PathName): Lesson[] {
  return course.lessons.filter((l) => l.kind !== 'reference' && l.paths.includes(path));
}

/** The sequence the learner is walking now; before the path is chosen, the full one. */
export function currentSequence(course: Course, ctx: FlowContext): Lesson[] {
  return sequence(course, ctx.path ?? 'full');
}

export function interactions(lesson: Lesson): InteractiveBlock[] {
  return lesson.blocks.filter(isInteractive);
}

export function requiredBlocks(lesson: Lesson): InteractiveBlock[] {
  if (lesson.optional) return [];
  return interactions(lesson).filter((b) => b.type !== 'challenge' && b.required);
}

export function isAnswered(ctx: FlowContext, id: string): boolean {
  return (ctx.answers[id] ?? '').trim() !== '';
}

/** How many pages a lesson has (`::: page` lines + 1). */
export function pageCount(lesson: Lesson): number {
  return lesson.pages?.length ?? 1;
}

/** The page a lesson is open at, within its pages. */
export function pageOf(lesson: Lesson, ctx: FlowContext): number {
  const page = ctx.pages?.[lesson.id] ?? 0;
  return Math.min(Math.max(0, page), pageCount(lesson) - 1);
}

/** The blocks on one page of a lesson. */
export function pageBlocks(lesson: Lesson, page: number): Lesson['blocks'] {
  const pages = lesson.pages ?? [{ first: 0, minutes: 0 }];
  return lesson.blocks.slice(pages[page]?.first ?? 0, pages[page + 1]?.first ?? lesson.blocks.length);
}

/** The required blocks on one page of a lesson that have no answer yet: what stops "next page". */
export function missingOnPage(lesson: Lesson, ctx: FlowContext, page: number): InteractiveBlock[] {
  const here = new Set(pageBlocks(lesson, page));
  return missing(lesson, ctx).filter((b) => here.has(b));
}

/** The required blocks of a lesson that have no answer yet. */
export function missing(lesson: Lesson, ctx: FlowContext): InteractiveBlock[] {
  return requiredBlocks(lesson).filter((b) => !isAnswered(ctx, b.id));
}

/** A `view-all` block and how far the learner has opened it. */
export interface PanelsToView {
  block: PanelsBlock;
  /** Where the flow keeps its seen panels: `lesson-id/block-index`. */
  key: string;
  /** Panels shown so far, and how many there are. */
  seen: number;
  total: number;
}

/** The key of a `view-all` block in FlowContext.seen: its lesson and its place among the lesson's blocks. */
export function panelsKey(lesson: Lesson, block: PanelsBlock): string {
  return `${lesson.id}/${lesson.blocks.indexOf(block)}`;
}

/** The view-all tabs or accordion a panelsKey names, with its lesson; undefined for any other key. */
export function viewAllBlock(course: Course, key: string): { lesson: Lesson; block: PanelsBlock } | undefined {
  const m = /^(.+)\/(\d+)$/.exec(key);
  const lesson = m ? lessonById(course, m[1]) : undefined;
  const block = lesson?.blocks[Number(m![2])];
  return lesson && block?.type === 'panels' && block.viewAll && block.style !== 'cards' ? { lesson, block } : undefined;
}

/** How many of a block's panels the learner has opened. */
export function seenCount(ctx: FlowContext, key: string, total: number): number {
  const mask = ctx.seen?.[key] ?? 0;
  let n = 0;
  for (let i = 0; i < total; i++) if (mask & (1 << i)) n++;
  return n;
}

/**
 * The `view-all` tabs and accordions of a lesson (of one page, when `page` is given) that still
 * have a panel the learner has not opened. An optional lesson asks nothing, as for its questions.
 */
export function unseenPanels(lesson: Lesson, ctx: FlowContext, page?: number): PanelsToView[] {
  if (lesson.optional) return [];
  const all = viewAllOf(lesson);
  if (!all.length) return [];
  const here = page === undefined ? null : new Set(pageBlocks(lesson, page));
  return all
    .filter(({ block }) => !here || here.has(block))
    .map(({ block, key }) => ({ block, key, seen: seenCount(ctx, key, block.panels.length), total: block.panels.length }))
    .filter((p) => p.seen < p.total);
}

// The guards ask on every event, and a model test walks thousands of states: find each lesson's
// view-all blocks once per blocks array (it changes when the lesson's text arrives).
const viewAllCache = new WeakMap<Lesson['blocks'], { block: PanelsBlock; key: string }[]>();
function viewAllOf(lesson: Lesson): { block: PanelsBlock; key: string }[] {
  let found = viewAllCache.get(lesson.blocks);
  if (!found) {
    found = lesson.blocks
      .filter((b): b is PanelsBlock => b.type === 'panels' && !!b.viewAll && b.style !== 'cards')
      .map((block) => ({ block, key: panelsKey(lesson, block) }));
    viewAllCache.set(lesson.blocks, found);
  }
  return found;
}

/** Whether a lesson has everything it asks for: every required answer, every view-all panel opened. */
export function lessonDone(lesson: Lesson, ctx: FlowContext): boolean {
  return missing(lesson, ctx).length === 0 && unseenPanels(lesson, ctx).length === 0;
}

export function selfAssessment(course: Course): Lesson {
  return course.lessons.find((l) => l.kind === 'self-assessment')!;
}

export function yesNoIds(course: Course): string[] {
  return interactions(selfAssessment(course)).map((b) => b.id);
}

/** Answers that count towards the path decision (course.yaml's `pathDecision`). */
export function countedAnswers(course: Course, ctx: FlowContext): number {
  const rule = course.pathDecision;
  return yesNoIds(course).filter((id) => {
    const answer = ctx.answers[id];
    return answer === rule.counting || (rule.skipped === 'counts' && answer !== 'yes' && answer !== 'no');
  }).length;
}

/** The path decision: with this unit's rule, any "No" means the full unit; all "Yes" a quick scan. */
export function recommendedPath(course: Course, ctx: FlowContext): PathName {
  const rule = course.pathDecision;
  return countedAnswers(course, ctx) >= rule.atLeast ? rule.then : rule.otherwise;
}

export function noCount(course: Course, ctx: FlowContext): number {
  return yesNoIds(course).filter((id) => ctx.answers[id] === 'no').length;
}

export interface LockState {
  open: boolean;
  /** For a locked lesson: the lesson to finish first. */
  blockedBy?: Lesson;
}

/**
 * A lesson on the current path opens when every lesson before it has been visited and
 * has its required answers. Reference lessons are always open; after completion all are.
 */
export function lockState(course: Course, ctx: FlowContext, id: string): LockState {
  const lesson = lessonById(course, id);
  if (!lesson) return { open: false };
  if (ctx.completed || lesson.kind === 'reference' || ctx.visited.includes(id)) return { open: true };
  const seq = currentSequence(course, ctx);
  const index = seq.findIndex((l) => l.id === id);
  if (index === -1) return { open: false, blockedBy: undefined };
  for (const before of seq.slice(0, index)) {
    if (!ctx.visited.includes(before.id) || !lessonDone(before, ctx)) return { open: false, blockedBy: before };
  }
  return { open: true };
}

/** Completion by the rule the course configuration sets for the path. */
export function completionMet(course: Course, ctx: FlowContext, path: PathName): boolean {
  const rule = course.completion[path].requires;
  const lessons = rule === 'all-required' ? sequence(course, path) : rule.map((id) => lessonById(course, id)).filter((l): l is Lesson => !!l);
  return lessons.every((l) => (rule === 'all-required' ? true : ctx.visited.includes(l.id)) && lessonDone(l, ctx));
}

/** Lessons still to do before the path can complete, for the learner's "what is missing" line. */
export function incompleteLessons(course: Course, ctx: FlowContext, path: PathName): Lesson[] {
  return sequence(course, path).filter((l) => !lessonDone(l, ctx));
}

/** Share of the current path's lessons visited, 0..1 (SCORM 2004 progress_measure). */
export function progressMeasure(course: Course, ctx: FlowContext): number {
  if (ctx.completed) return 1;
  const seq = currentSequence(course, ctx);
  const done = seq.filter((l) => ctx.visited.includes(l.id) && lessonDone(l, ctx)).length;
  return Math.round((done / seq.length) * 100) / 100;
}

/**
 * The options of a choice in the order this learner sees them: authored order, or, for a
 * `shuffle` choice, an order drawn from the attempt's seed and the question's id (the same on
 * every visit and after a resume), with "(pinned)" options kept in their places.
 */
export function shuffledOptions<T extends { pinned?: boolean }>(block: { id: string; shuffle?: boolean; options: T[] }, seed: number): T[] {
  if (!block.shuffle) return block.options;
  let state = seed >>> 0;
  for (const ch of block.id) state = Math.imul(state ^ ch.charCodeAt(0), 2654435761) >>> 0;
  const random = () => {
    // mulberry32: small, fast, and the same everywhere.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const free = block.options.filter((o) => !o.pinned);
  for (let i = free.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [free[i], free[j]] = [free[j], free[i]];
  }
  return block.options.map((o) => (o.pinned ? o : free.shift()!));
}

/** Whether an answer is one the block accepts (a known option, a text within its length...). */
export function acceptsAnswer(block: InteractiveBlock, value: string): boolean {
  switch (block.type) {
    case 'yes-no':
      return value === 'yes' || value === 'no';
    case 'choice':
      return block.options.some((o) => o.id === value);
    case 'reflection':
      return value.length <= block.maxLength;
    case 'challenge':
      return value === 'adopted' || value === '';
  }
}

export function findBlock(course: Course, id: string): { lesson: Lesson; block: InteractiveBlock } | undefined {
  for (const lesson of course.lessons) {
    const block = interactions(lesson).find((b) => b.id === id);
    if (block) return { lesson, block };
  }
  return undefined;
}
