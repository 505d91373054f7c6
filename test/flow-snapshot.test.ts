// The flow's state in SCORM suspend_data (src/flow/snapshot.ts), case by case with exact values:
// what a save holds, what a resume keeps, drops (and says it dropped) or keeps aside from bad,
// old or foreign data, where the learner lands, and how the notes are shortened level by level
// when the LMS keeps little.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Course, Lesson } from '../src/course/types';
import { createFlowMachine } from '../src/flow/machine';
import { initialContext, type FlowContext } from '../src/flow/progress';
import { NOTE_LIMITS, SAVED_FLOW_VERSION, restoreFlow, saveFlow, shortenNotes } from '../src/flow/snapshot';
import { COMPLETE, PLAN, currentStep, type FlowState } from '../src/flow/steps';
import { allAnswers, allSeen, course, panels, tour } from './helpers/flow-course';

// Built anew for each test: mutation testing switches a mutant on as each test starts, and a
// machine built when the file loads would never contain it.
let machine = createFlowMachine(course);
beforeEach(() => {
  machine = createFlowMachine(course);
});
const state = (value: string, over: Partial<FlowContext> = {}): FlowState => ({ value, context: { ...initialContext(), ...over }, can: () => false });
const restore = (data: unknown) => restoreFlow(machine, course, data);
const saved = (over: Record<string, unknown> = {}) => ({ v: 1, s: 'self-check', a: {}, n: ['self-check'], ...over });
const fullVisited = ['self-check', 'your-path', 'scenario', 'tour', 'challenge', 'extra', 'closing'];

describe('saveFlow', () => {
  it('a fresh attempt: version, step, answers and visited only', () => {
    expect(SAVED_FLOW_VERSION).toBe(1);
    expect(saveFlow(state('self-check'))).toStrictEqual({ v: 1, s: 'self-check', a: {}, n: [] });
  });

  it('everything set: path, completion, bookmark, pages after the first, seed and seen panels', () => {
    const s = state('tour', {
      path: 'full',
      answers: { 'sa-attention': 'no' },
      visited: ['self-check', 'tour'],
      completed: true,
      returnTo: 'tour',
      pages: { tour: 2, scenario: 0 },
      seed: 77,
      seen: { 'tour/1': 5 },
    });
    expect(saveFlow(s)).toStrictEqual({ v: 1, s: 'tour', p: 'f', c: 1, a: { 'sa-attention': 'no' }, n: ['self-check', 'tour'], r: 'tour', g: { tour: 2 }, h: 77, w: { 'tour/1': 5 } });
  });

  it('the quick path is "q"; first pages, seed 0 and no seen panels are left out', () => {
    expect(saveFlow(state('plan', { path: 'quick', pages: { tour: 0 }, seed: 0, seen: {} }))).toStrictEqual({ v: 1, s: 'plan', p: 'q', a: {}, n: [] });
    const { seen: _, pages: __, ...old } = initialContext();
    expect(saveFlow({ value: 'complete', context: old as FlowContext, can: () => false })).toStrictEqual({ v: 1, s: 'complete', a: {}, n: [] });
  });

  it('the step is saved as text', () => {
    expect(saveFlow(state(7 as unknown as string)).s).toBe('7');
  });
});

describe('restoreFlow: data that is not a saved flow', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['text', 'self-check'],
    ['an array', [1]],
    ['an empty object', {}],
    ['another version', { v: 2, s: 'self-check', a: {} }],
    ['the version as text', { v: '1', s: 'self-check', a: {} }],
    ['no step', { v: 1, a: {} }],
    ['a step that is not text', { v: 1, s: 3, a: {} }],
    ['no answers', { v: 1, s: 'self-check' }],
    ['answers that are null', { v: 1, s: 'self-check', a: null }],
    ['answers that are a list', { v: 1, s: 'self-check', a: ['no'] }],
    ['answers that are text', { v: 1, s: 'self-check', a: 'no' }],
  ])('%s: null', (_what, data) => {
    expect(restore(data)).toBeNull();
  });
});

describe('restoreFlow: what is kept and what is dropped', () => {
  it('a save of this version restores exactly, dropping nothing', () => {
    const context: FlowContext = {
      path: 'full',
      answers: { ...allAnswers, 'week-18': 'adopted', 'tour-extra': 'Ten chars!' },
      visited: ['self-check', 'your-path', 'scenario', 'tour'],
      completed: false,
      returnTo: 'tour',
      pages: { tour: 1 },
      seed: 4242,
      seen: { 'tour/1': 0b101 },
    };
    const r = restore(JSON.parse(JSON.stringify(saveFlow(state('tour', context)))))!;
    expect(currentStep(r.snapshot)).toBe('tour');
    expect(r.snapshot.context).toStrictEqual(context);
    expect(r.dropped).toEqual([]);
    expect(r.kept).toEqual({});
  });

  it('answers: unknown questions, values a question does not take and non-text are dropped and named', () => {
    const r = restore(
      saved({
        a: {
          'sa-attention': 'no',
          'sa-questions': 'maybe',
          'scn-markers': 'scn-markers-gone',
          'gone-question': 'yes',
          'week-18': 7,
          'week-19': 'adopted',
          'scn-notes': null,
        },
      }),
    )!;
    expect(r.snapshot.context.answers).toStrictEqual({ 'sa-attention': 'no', 'week-19': 'adopted' });
    expect(r.dropped).toEqual(['answer sa-questions', 'answer scn-markers', 'answer gone-question', 'answer week-18', 'answer scn-notes']);
    expect(r.kept).toEqual({});
  });

  it('a note longer than its box now allows is kept whole: the limit bounds typing only', () => {
    const long = 'x'.repeat(150);
    const r = restore(saved({ a: { 'scn-notes': long, 'tour-extra': 'more than ten' } }))!;
    expect(r.snapshot.context.answers).toStrictEqual({ 'scn-notes': long, 'tour-extra': 'more than ten' });
    expect(r.dropped).toEqual([]);
  });

  it.each([
    ['words', 'I will listen first.', true],
    ['two words', 'a b', true],
    ['a word with spaces around it', '  listen  ', false],
    ['an option id', 'scn-markers-gone', false],
    ['"yes"', 'yes', false],
    ['40 characters without a space', 'x'.repeat(40), false],
    ['41 characters without a space', 'x'.repeat(41), true],
    ['empty', '', false],
  ])('a dropped answer of %s is kept aside by its old id: %s', (_what, value, keptAside) => {
    const r = restore(saved({ a: { 'old-note': value } }))!;
    expect(r.dropped).toEqual(['answer old-note']);
    expect(r.kept).toStrictEqual(keptAside ? { 'old-note': value } : {});
    expect(r.snapshot.context.answers).toEqual({});
  });

  it('answers kept aside by an earlier resume (o) stay kept, text only, together with new ones', () => {
    const r = restore(saved({ o: { first: 'An older note.', odd: 3, short: 'x' }, a: { 'gone-note': 'A newer note.' } }))!;
    expect(r.kept).toStrictEqual({ first: 'An older note.', short: 'x', 'gone-note': 'A newer note.' });
    expect(r.dropped).toEqual(['answer gone-note']);
    expect(restore(saved({ o: ['An older note.'] }))!.kept).toStrictEqual({});
    expect(restore(saved({ o: 'An older note.' }))!.kept).toStrictEqual({});
  });

  it('visited lessons: those that still exist, in order; the others are named', () => {
    const r = restore(saved({ n: ['self-check', 'gone', 5, 'your-path', null] }))!;
    expect(r.snapshot.context.visited).toEqual(['self-check', 'your-path']);
    expect(r.dropped).toEqual(['lesson gone', 'lesson 5', 'lesson null']);
  });

  it('visited lessons that are not a list: none, quietly', () => {
    for (const n of [undefined, 'self-check', { 0: 'self-check' }]) {
      const r = restore({ v: 1, s: 'self-check', a: {}, n })!;
      expect(r.snapshot.context.visited).toEqual([]);
      expect(r.dropped).toEqual([]);
    }
  });

  it.each([
    ['f', 'full'],
    ['q', 'quick'],
    ['x', null],
    ['full', null],
    [undefined, null],
  ])('the path %j restores as %j', (p, path) => {
    expect(restore(saved({ p: p as 'f' }))!.snapshot.context.path).toBe(path);
  });

  it.each([
    [1, true],
    [true, false],
    ['1', false],
    [0, false],
    [undefined, false],
  ])('completed %j restores as %s', (c, completed) => {
    expect(restore(saved({ c: c as 1 }))!.snapshot.context.completed).toBe(completed);
  });

  it.each([
    ['scenario', 'scenario'],
    ['references', 'references'],
    ['gone', null],
    [3, null],
    [undefined, null],
  ])('the bookmark %j restores as %j', (r, returnTo) => {
    expect(restore(saved({ r: r as string }))!.snapshot.context.returnTo).toBe(returnTo);
  });

  it.each([
    [4242, 4242],
    [1, 1],
    [0, 0],
    [-5, 0],
    [1.5, 0],
    ['77', 0],
    [undefined, 0],
  ])('the seed %j restores as %i', (h, seed) => {
    expect(restore(saved({ h: h as number }))!.snapshot.context.seed).toBe(seed);
  });

  it('pages: a later page of a lesson that still has it; past its last page, its last; first pages and oddities left out', () => {
    const pagesOf = (g: unknown) => restore(saved({ g: g as Record<string, number> }))!.snapshot.context.pages;
    expect(pagesOf({ tour: 1 })).toStrictEqual({ tour: 1 });
    expect(pagesOf({ tour: 2 })).toStrictEqual({ tour: 2 });
    expect(pagesOf({ tour: 3 })).toStrictEqual({ tour: 2 });
    expect(pagesOf({ tour: 99 })).toStrictEqual({ tour: 2 });
    expect(pagesOf({ tour: 0 })).toStrictEqual({});
    expect(pagesOf({ tour: -1 })).toStrictEqual({});
    expect(pagesOf({ tour: 1.5 })).toStrictEqual({});
    expect(pagesOf({ tour: '1' })).toStrictEqual({});
    expect(pagesOf({ gone: 1 })).toStrictEqual({});
    // A lesson that lost all its pages but one opens it, with no entry (as the machine keeps a first page).
    expect(pagesOf({ scenario: 1 })).toStrictEqual({});
    expect(pagesOf({ scenario: 1, tour: 1 })).toStrictEqual({ tour: 1 });
    expect(pagesOf([1])).toStrictEqual({});
    expect(pagesOf(undefined)).toStrictEqual({});
    // No news: a page is not worth a notice.
    expect(restore(saved({ g: { tour: 99, gone: 1 } }))!.dropped).toEqual([]);
  });

  it('seen panels: of a block that is still view-all, within the panels it still has; the rest quietly left out', () => {
    const seenOf = (w: unknown) => restore(saved({ w: w as Record<string, number> }))!;
    expect(seenOf({ 'tour/1': 0b101 }).snapshot.context.seen).toStrictEqual({ 'tour/1': 0b101 });
    expect(seenOf({ 'tour/1': 0b111 }).snapshot.context.seen).toStrictEqual({ 'tour/1': 0b111 });
    // The block has three panels: a fourth bit goes.
    expect(seenOf({ 'tour/1': 0b1111 }).snapshot.context.seen).toStrictEqual({ 'tour/1': 0b111 });
    expect(seenOf({ 'tour/1': 0b1000 }).snapshot.context.seen).toStrictEqual({});
    expect(seenOf({ 'tour/3': 0b11, 'tour/1': 0 }).snapshot.context.seen).toStrictEqual({ 'tour/3': 0b11 });
    for (const w of [{ 'tour/1': 1.5 }, { 'tour/1': '7' }, { 'tour/4': 1 }, { 'tour/5': 1 }, { 'tour/2': 1 }, { 'gone/1': 1 }, [7], undefined]) {
      const r = seenOf(w);
      expect(r.snapshot.context.seen).toStrictEqual({});
      expect(r.dropped).toEqual([]);
    }
  });

  it('seen panels of a block of 31 panels or more: bits 0 to 30 count', () => {
    const big: Lesson = { ...tour, id: 'big', pages: undefined, blocks: [panels('tabs', 32)] };
    const c: Course = { ...course, lessons: [...course.lessons, big] };
    const r = restoreFlow(createFlowMachine(c), c, saved({ w: { 'big/0': 0b1 | (1 << 30) | (1 << 31) } }))!;
    expect(r.snapshot.context.seen).toStrictEqual({ 'big/0': 0b1 | (1 << 30) });
  });
});

describe('restoreFlow: where the learner lands', () => {
  const selfCheck = { 'sa-attention': 'no', 'sa-questions': 'yes' };

  it('the saved step when it still exists and is open', () => {
    const r = restore(saved({ s: 'your-path', a: selfCheck, n: ['self-check'] }))!;
    expect(currentStep(r.snapshot)).toBe('your-path');
    expect(r.dropped).toEqual([]);
  });

  it('the plan always; the completion screen only once completed', () => {
    expect(currentStep(restore(saved({ s: PLAN }))!.snapshot)).toBe(PLAN);
    expect(restore(saved({ s: PLAN }))!.dropped).toEqual([]);
    const done = restore(saved({ s: COMPLETE, c: 1, a: allAnswers, n: fullVisited, w: allSeen }))!;
    expect(currentStep(done.snapshot)).toBe(COMPLETE);
    expect(done.dropped).toEqual([]);
    const notDone = restore(saved({ s: COMPLETE, a: selfCheck }))!;
    expect(currentStep(notDone.snapshot)).toBe('your-path');
    expect(notDone.dropped).toEqual(['step complete']);
  });

  it('a locked or vanished step: the first step not yet visited and done, and the step is named', () => {
    const locked = restore(saved({ s: 'closing', a: selfCheck }))!;
    expect(currentStep(locked.snapshot)).toBe('your-path');
    expect(locked.dropped).toEqual(['step closing']);
    const gone = restore(saved({ s: 'gone', n: ['self-check', 'gone'] }))!;
    expect(currentStep(gone.snapshot)).toBe('self-check');
    expect(gone.dropped).toEqual(['lesson gone', 'step gone']);
  });

  it('a vanished step with everything done: the completion screen once completed, else the last lesson of the path', () => {
    const all = { a: allAnswers, n: fullVisited, w: allSeen, s: 'gone' };
    expect(currentStep(restore(saved({ ...all, c: 1 }))!.snapshot)).toBe(COMPLETE);
    expect(currentStep(restore(saved(all))!.snapshot)).toBe('closing');
    expect(currentStep(restore(saved({ ...all, p: 'q', n: ['self-check', 'your-path', 'quick-scan'] }))!.snapshot)).toBe('quick-scan');
  });

  it('the step found instead opens at the page of its first unanswered question', () => {
    const before = { a: { ...allAnswers }, n: ['self-check', 'your-path', 'scenario'], s: 'gone' };
    // The tour's first page is answered, its last is not: the last page.
    const { 'tour-pick': _, ...noPick } = allAnswers;
    const last = restore(saved({ ...before, a: noPick }))!;
    expect(currentStep(last.snapshot)).toBe('tour');
    expect(last.snapshot.context.pages).toStrictEqual({ tour: 2 });
    // Its first page is not answered: the first page, which needs no entry.
    const { 'tour-q': __, ...noQ } = allAnswers;
    const first = restore(saved({ ...before, a: noQ }))!;
    expect(currentStep(first.snapshot)).toBe('tour');
    expect(first.snapshot.context.pages).toStrictEqual({});
    // Everything answered (only panels left): the page saved, if any.
    const panelsLeft = restore(saved({ ...before, g: { tour: 1 } }))!;
    expect(currentStep(panelsLeft.snapshot)).toBe('tour');
    expect(panelsLeft.snapshot.context.pages).toStrictEqual({ tour: 1 });
    // The saved step still open: its saved page, whatever is unanswered.
    const open = restore(saved({ ...before, a: noPick, s: 'tour', n: [...before.n, 'tour'], g: { tour: 1 } }))!;
    expect(open.snapshot.context.pages).toStrictEqual({ tour: 1 });
  });
});

describe('shortenNotes', () => {
  it('NOTE_LIMITS: everything, then 1500, 800, 400, 200, 100, 40 and no characters', () => {
    expect(NOTE_LIMITS).toEqual([Infinity, 1500, 800, 400, 200, 100, 40, 0]);
  });

  const note = (n: number) => 'abcdefghij'.repeat(Math.ceil(n / 10) + 1).slice(0, n);
  const levels = NOTE_LIMITS.map((limit, level) => [level, limit] as const).slice(1);

  it.each(levels)('level %i: a note of exactly %i characters stays whole', (level, limit) => {
    const data = saved({ a: { 'scn-notes': note(limit) } });
    expect(shortenNotes(course, data, level)).toStrictEqual(data);
  });

  it.each(levels)('level %i: a note one character over %i is cut to it, ending in "…"', (level, limit) => {
    const data = saved({ a: { 'scn-notes': note(limit + 1) } });
    expect(shortenNotes(course, data, level)).toStrictEqual({ ...data, a: { 'scn-notes': `${note(limit)}…` } });
  });

  it('level 0 keeps everything, however long', () => {
    const data = saved({ a: { 'scn-notes': note(5000) } });
    expect(shortenNotes(course, data, 0)).toStrictEqual(data);
  });

  it('past the last level: null', () => {
    expect(shortenNotes(course, saved(), NOTE_LIMITS.length)).toBeNull();
    expect(shortenNotes(course, saved(), NOTE_LIMITS.length + 1)).toBeNull();
    expect(shortenNotes(course, saved(), NOTE_LIMITS.length - 1)).not.toBeNull();
  });

  it('only notes: reflections and answers to questions the course no longer has; answers and everything else stay whole', () => {
    const long = note(300);
    const data = {
      ...saved({ s: 'tour', p: 'f', n: ['self-check', 'tour'], r: 'tour', g: { tour: 1 }, h: 9, w: { 'tour/1': 3 }, o: { old: long } }),
      a: { 'sa-attention': long, 'scn-markers': long, 'week-18': long, 'scn-notes': long, 'tour-extra': long, 'gone-note': long, 'scn-count': Array.from({ length: 250 }, (_, i) => i) as unknown as string },
    };
    const copy = JSON.parse(JSON.stringify(data));
    expect(shortenNotes(course, data, 4)).toStrictEqual({
      ...data,
      a: { 'sa-attention': long, 'scn-markers': long, 'week-18': long, 'scn-notes': `${note(200)}…`, 'tour-extra': `${note(200)}…`, 'gone-note': `${note(200)}…`, 'scn-count': Array.from({ length: 250 }, (_, i) => i) },
    });
    // The data given is left as it was.
    expect(data).toStrictEqual(copy);
  });

  it('the last level keeps only the mark that a note was there', () => {
    expect(shortenNotes(course, saved({ a: { 'scn-notes': 'x', 'sa-attention': 'no', 'tour-extra': '' } }), 7)).toStrictEqual(saved({ a: { 'scn-notes': '…', 'sa-attention': 'no', 'tour-extra': '' } }));
  });

  it('data without answers: as it is at level 0, null at any other', () => {
    for (const data of [null, 'text', 42, [1], { v: 1 }, { v: 1, a: ['x'] }, { v: 1, a: null }]) {
      expect(shortenNotes(course, data, 0)).toBe(data);
      expect(shortenNotes(course, data, 1)).toBeNull();
      expect(shortenNotes(course, data, 6)).toBeNull();
    }
  });
});
