// The flow's pure rules (src/flow/progress.ts), the first-screen stand-in (src/flow/pending.ts)
// and the step vocabulary (src/flow/steps.ts), case by case with exact values, on the small
// component-test course and a few lessons built here: which step opens, what counts as done,
// the progress the LMS receives, which panels are still to open, the order of shuffled options.
import { describe, expect, it } from 'vitest';
import type { Block, ChoiceBlock, Course, InteractiveBlock, Lesson, PanelsBlock, PathDecision, ReflectionBlock } from '../src/course/types';
import { allAnswers, allSeen, at, course, extra, fixture, panels, tour, tourBlocks } from './helpers/flow-course';
import {
  acceptsAnswer,
  completionMet,
  countedAnswers,
  currentSequence,
  findBlock,
  incompleteLessons,
  initialContext,
  interactions,
  isAnswered,
  lessonById,
  lessonDone,
  lockState,
  missing,
  missingOnPage,
  noCount,
  pageBlocks,
  pageCount,
  pageOf,
  panelsKey,
  progressMeasure,
  recommendedPath,
  requiredBlocks,
  selfAssessment,
  seenCount,
  sequence,
  shuffledOptions,
  unseenPanels,
  viewAllBlock,
  yesNoIds,
  type FlowContext,
} from '../src/flow/progress';
import { PendingFlow } from '../src/flow/pending';
import { COMPLETE, PLAN, currentStep, type FlowActor, type FlowEvent, type FlowState } from '../src/flow/steps';

const L = (id: string) => lessonById(course, id)!;
const ctx = (over: Partial<FlowContext> = {}): FlowContext => ({ ...initialContext(), ...over });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const block = <T extends Block>(lesson: Lesson, i: number) => lesson.blocks[i] as T;

describe('initialContext', () => {
  it('is a fresh attempt: no path, no answers, nothing visited, not completed, seed 0', () => {
    expect(initialContext()).toStrictEqual({ path: null, answers: {}, visited: [], completed: false, returnTo: null, pages: {}, seed: 0, seen: {} });
  });
  it('gives a new object each time', () => {
    const a = initialContext();
    a.answers.x = 'y';
    a.visited.push('z');
    expect(initialContext().answers).toEqual({});
    expect(initialContext().visited).toEqual([]);
  });
});

describe('lessons, sequences and blocks', () => {
  it('lessonById finds a lesson by id, and nothing for an unknown id', () => {
    expect(lessonById(course, 'tour')).toBe(tour);
    expect(lessonById(course, 'nope')).toBeUndefined();
  });

  it('sequence: the lessons of each path in order, without reference lessons', () => {
    expect(ids(sequence(course, 'full'))).toEqual(['self-check', 'your-path', 'scenario', 'tour', 'challenge', 'extra', 'closing']);
    expect(ids(sequence(course, 'quick'))).toEqual(['self-check', 'your-path', 'quick-scan']);
  });

  it('currentSequence: the chosen path, and the full one before the choice', () => {
    expect(ids(currentSequence(course, ctx()))).toEqual(ids(sequence(course, 'full')));
    expect(ids(currentSequence(course, ctx({ path: 'quick' })))).toEqual(['self-check', 'your-path', 'quick-scan']);
    expect(ids(currentSequence(course, ctx({ path: 'full' })))).toEqual(ids(sequence(course, 'full')));
  });

  it('interactions: the questions and challenges, in order; prose, panels and outcomes are not', () => {
    expect(ids(interactions(L('scenario')))).toEqual(['scn-markers', 'scn-notes']);
    expect(ids(interactions(L('challenge')))).toEqual(['week-18', 'week-19']);
    expect(ids(interactions(tour))).toEqual(['tour-q', 'tour-extra', 'tour-pick']);
    expect(interactions(L('your-path'))).toEqual([]);
  });

  it('requiredBlocks: required questions only; never a challenge; nothing in an optional lesson', () => {
    expect(ids(requiredBlocks(L('scenario')))).toEqual(['scn-markers', 'scn-notes']);
    expect(ids(requiredBlocks(tour))).toEqual(['tour-q', 'tour-pick']);
    expect(requiredBlocks(L('challenge'))).toEqual([]);
    expect(requiredBlocks(extra)).toEqual([]);
    // A challenge marked required still asks nothing.
    const forced: Lesson = { ...L('challenge'), blocks: [{ ...block<InteractiveBlock>(L('challenge'), 1), required: true } as unknown as Block] };
    expect(requiredBlocks(forced)).toEqual([]);
  });

  it('findBlock: a question and its lesson by id; nothing for prose or an unknown id', () => {
    const found = findBlock(course, 'tour-pick')!;
    expect(found.lesson).toBe(tour);
    expect(found.block).toBe(tour.blocks[7]);
    expect(findBlock(course, 'week-19')!.lesson.id).toBe('challenge');
    expect(findBlock(course, 'nope')).toBeUndefined();
  });

  it('selfAssessment and yesNoIds: the self-assessment lesson and its questions', () => {
    expect(selfAssessment(course).id).toBe('self-check');
    expect(yesNoIds(course)).toEqual(['sa-attention', 'sa-questions']);
  });
});

describe('answers', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['   ', false],
    ['\n\t', false],
    ['x', true],
    ['  x ', true],
    ['no', true],
  ])('isAnswered(%j) is %s', (value, expected) => {
    expect(isAnswered(ctx({ answers: value === undefined ? {} : { q: value } }), 'q')).toBe(expected);
  });

  it('missing: the required questions without an answer, in order; a blank answer is none', () => {
    const scenario = L('scenario');
    expect(ids(missing(scenario, ctx()))).toEqual(['scn-markers', 'scn-notes']);
    expect(ids(missing(scenario, ctx({ answers: { 'scn-notes': '  ' } })))).toEqual(['scn-markers', 'scn-notes']);
    expect(ids(missing(scenario, ctx({ answers: { 'scn-notes': 'Listen.' } })))).toEqual(['scn-markers']);
    expect(missing(scenario, ctx({ answers: { 'scn-notes': 'Listen.', 'scn-markers': 'scn-markers-none' } }))).toEqual([]);
    // An unanswered optional question is not missing.
    expect(ids(missing(tour, ctx({ answers: { 'tour-q': 'no' } })))).toEqual(['tour-pick']);
    expect(missing(extra, ctx())).toEqual([]);
  });

  const reflection = fixture.lessons[at('scenario')].blocks[2] as ReflectionBlock;
  const choice = fixture.lessons[at('scenario')].blocks[1] as ChoiceBlock;
  const yesNo = fixture.lessons[0].blocks[1] as InteractiveBlock;
  const challenge = fixture.lessons[at('challenge')].blocks[1] as InteractiveBlock;
  it.each([
    ['yes-no', yesNo, 'yes', true],
    ['yes-no', yesNo, 'no', true],
    ['yes-no', yesNo, 'Yes', false],
    ['yes-no', yesNo, '', false],
    ['yes-no', yesNo, 'maybe', false],
    ['choice', choice, 'scn-markers-all', true],
    ['choice', choice, 'scn-markers-none', true],
    ['choice', choice, 'scn-markers', false],
    ['choice', choice, '', false],
    ['reflection', reflection, '', true],
    ['reflection', reflection, 'x'.repeat(99), true],
    ['reflection', reflection, 'x'.repeat(100), true],
    ['reflection', reflection, 'x'.repeat(101), false],
    ['challenge', challenge, 'adopted', true],
    ['challenge', challenge, '', true],
    ['challenge', challenge, 'yes', false],
  ])('acceptsAnswer: %s takes %j: %s', (_kind, b, value, expected) => {
    expect(acceptsAnswer(b, value)).toBe(expected);
  });
});

describe('pages', () => {
  it('pageCount: the pages of a lesson, 1 without pages', () => {
    expect(pageCount(tour)).toBe(3);
    expect(pageCount(L('scenario'))).toBe(1);
  });

  it.each([
    [undefined, 0],
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [99, 2],
    [-1, 0],
  ])('pageOf: a saved page %j opens page %i of three', (page, expected) => {
    expect(pageOf(tour, ctx({ pages: page === undefined ? {} : { tour: page } }))).toBe(expected);
  });

  it('pageOf: a lesson without pages is always on page 0; a context without pages too', () => {
    expect(pageOf(L('scenario'), ctx({ pages: { scenario: 1 } }))).toBe(0);
    expect(pageOf(tour, { ...ctx(), pages: undefined } as unknown as FlowContext)).toBe(0);
    expect(pageOf(tour, ctx({ pages: { other: 2 } }))).toBe(0);
  });

  it('pageBlocks: each page from its first block up to the next page\'s first', () => {
    expect(pageBlocks(tour, 0)).toEqual(tourBlocks.slice(0, 3));
    expect(pageBlocks(tour, 1)).toEqual(tourBlocks.slice(3, 7));
    expect(pageBlocks(tour, 2)).toEqual(tourBlocks.slice(7));
    expect(pageBlocks(tour, 2)).toHaveLength(1);
    // Without pages, page 0 is the whole lesson.
    expect(pageBlocks(L('scenario'), 0)).toEqual(L('scenario').blocks);
    // A page past the last: the whole lesson.
    expect(pageBlocks(tour, 3)).toEqual(tourBlocks);
  });

  it('missingOnPage: what stops "next page" is only that page\'s unanswered questions', () => {
    expect(ids(missingOnPage(tour, ctx(), 0))).toEqual(['tour-q']);
    expect(missingOnPage(tour, ctx(), 1)).toEqual([]);
    expect(ids(missingOnPage(tour, ctx(), 2))).toEqual(['tour-pick']);
    expect(missingOnPage(tour, ctx({ answers: { 'tour-q': 'yes' } }), 0)).toEqual([]);
    expect(ids(missingOnPage(tour, ctx({ answers: { 'tour-q': 'yes' } }), 2))).toEqual(['tour-pick']);
  });
});

describe('view-all panels', () => {
  it('panelsKey: the lesson id and the block\'s place among its blocks', () => {
    expect(panelsKey(tour, block<PanelsBlock>(tour, 1))).toBe('tour/1');
    expect(panelsKey(tour, block<PanelsBlock>(tour, 3))).toBe('tour/3');
  });

  it('viewAllBlock: the view-all tabs or accordion a key names', () => {
    expect(viewAllBlock(course, 'tour/1')).toEqual({ lesson: tour, block: tour.blocks[1] });
    expect(viewAllBlock(course, 'tour/1')!.block).toBe(tour.blocks[1]);
    expect(viewAllBlock(course, 'tour/3')).toEqual({ lesson: tour, block: tour.blocks[3] });
  });

  it.each([
    ['tour/4', 'view-all cards'],
    ['tour/5', 'tabs without view-all'],
    ['tour/2', 'a question'],
    ['tour/0', 'prose'],
    ['tour/99', 'no block there'],
    ['nope/1', 'an unknown lesson'],
    ['tour', 'no index'],
    ['tour/', 'an empty index'],
    ['tour/1x', 'an index with more after it'],
    ['tour/-1', 'a negative index'],
    ['/1', 'no lesson'],
    ['extra/1x', 'an index with more after it'],
  ])('viewAllBlock(%j) is undefined: %s', (key) => {
    expect(viewAllBlock(course, key)).toBeUndefined();
  });

  it.each([
    [undefined, 3, 0],
    [0, 3, 0],
    [0b001, 3, 1],
    [0b101, 3, 2],
    [0b111, 3, 3],
    [0b1111, 3, 3],
    [0b1000, 3, 0],
    [0b100, 3, 1],
    [0b11, 0, 0],
    [0b11, 1, 1],
  ])('seenCount: mask %j of %i panels counts %i', (mask, total, expected) => {
    expect(seenCount(ctx({ seen: mask === undefined ? {} : { k: mask } }), 'k', total)).toBe(expected);
  });

  it('seenCount: a context from before view-all (no seen) counts none', () => {
    const { seen: _, ...old } = ctx();
    expect(seenCount(old as FlowContext, 'k', 3)).toBe(0);
  });

  const unseen = (c: FlowContext, page?: number, lesson = tour) => unseenPanels(lesson, c, page).map(({ key, seen, total }) => ({ key, seen, total }));

  it('unseenPanels: the view-all tabs and accordions with a panel still closed, per lesson and per page', () => {
    expect(unseen(ctx())).toEqual([
      { key: 'tour/1', seen: 0, total: 3 },
      { key: 'tour/3', seen: 0, total: 2 },
    ]);
    expect(unseenPanels(tour, ctx())[0].block).toBe(tour.blocks[1]);
    expect(unseen(ctx(), 0)).toEqual([{ key: 'tour/1', seen: 0, total: 3 }]);
    expect(unseen(ctx(), 1)).toEqual([{ key: 'tour/3', seen: 0, total: 2 }]);
    expect(unseen(ctx(), 2)).toEqual([]);
    expect(unseen(ctx({ seen: { 'tour/1': 0b011 } }))).toEqual([
      { key: 'tour/1', seen: 2, total: 3 },
      { key: 'tour/3', seen: 0, total: 2 },
    ]);
    expect(unseen(ctx({ seen: { 'tour/1': 0b111 } }))).toEqual([{ key: 'tour/3', seen: 0, total: 2 }]);
    expect(unseen(ctx({ seen: { 'tour/1': 0b111 } }), 0)).toEqual([]);
    expect(unseen(ctx({ seen: allSeen }))).toEqual([]);
  });

  it('unseenPanels: nothing in an optional lesson or in a lesson without view-all', () => {
    expect(unseen(ctx(), undefined, extra)).toEqual([]);
    expect(unseen(ctx(), undefined, L('scenario'))).toEqual([]);
    expect(unseen(ctx(), 0, L('scenario'))).toEqual([]);
  });

  it('unseenPanels: a lesson whose blocks arrive later is asked about its new blocks', () => {
    const later: Lesson = { ...tour, id: 'later', blocks: [] };
    expect(unseen(ctx(), undefined, later)).toEqual([]);
    later.blocks = [panels('accordion', 2)];
    expect(unseen(ctx(), undefined, later)).toEqual([{ key: 'later/0', seen: 0, total: 2 }]);
  });
});

describe('lessonDone', () => {
  it('every required answer and every view-all panel: each alone is not enough', () => {
    const answers = { 'tour-q': 'yes', 'tour-pick': 'tour-pick-a' };
    expect(lessonDone(tour, ctx())).toBe(false);
    expect(lessonDone(tour, ctx({ answers }))).toBe(false);
    expect(lessonDone(tour, ctx({ seen: allSeen }))).toBe(false);
    expect(lessonDone(tour, ctx({ answers, seen: { 'tour/1': 0b111, 'tour/3': 0b01 } }))).toBe(false);
    expect(lessonDone(tour, ctx({ answers: { 'tour-q': 'yes' }, seen: allSeen }))).toBe(false);
    expect(lessonDone(tour, ctx({ answers, seen: allSeen }))).toBe(true);
    expect(lessonDone(L('challenge'), ctx())).toBe(true);
    expect(lessonDone(extra, ctx())).toBe(true);
  });
});

describe('the path decision', () => {
  const withRule = (rule: Partial<PathDecision>): Course => ({ ...course, pathDecision: { ...course.pathDecision, ...rule } });
  const a = (attention?: string, questions?: string) =>
    ctx({ answers: { ...(attention === undefined ? {} : { 'sa-attention': attention }), ...(questions === undefined ? {} : { 'sa-questions': questions }) } });

  it.each([
    ['counts', 'no', 'yes', 'yes', 0],
    ['counts', 'no', 'no', 'yes', 1],
    ['counts', 'no', 'no', 'no', 2],
    ['counts', 'no', undefined, 'yes', 1],
    ['counts', 'no', undefined, undefined, 2],
    ['counts', 'no', 'maybe', 'yes', 1],
    ['ignored', 'no', undefined, 'yes', 0],
    ['ignored', 'no', undefined, undefined, 0],
    ['ignored', 'no', 'no', undefined, 1],
    ['ignored', 'yes', 'yes', 'no', 1],
    ['ignored', 'yes', 'yes', 'yes', 2],
    ['counts', 'yes', 'yes', undefined, 2],
    ['counts', 'yes', 'no', 'no', 0],
  ] as const)('skipped %s, counting %s: answers %j, %j count %i', (skipped, counting, attention, questions, expected) => {
    expect(countedAnswers(withRule({ skipped, counting }), a(attention, questions))).toBe(expected);
  });

  it('recommendedPath: at least `atLeast` counted answers recommend `then`, fewer `otherwise`', () => {
    expect(recommendedPath(course, a('yes', 'yes'))).toBe('quick');
    expect(recommendedPath(course, a('no', 'yes'))).toBe('full');
    expect(recommendedPath(course, a('no', 'no'))).toBe('full');
    const two = withRule({ atLeast: 2 });
    expect(recommendedPath(two, a('no', 'yes'))).toBe('quick');
    expect(recommendedPath(two, a('no', 'no'))).toBe('full');
    // The paths come from the rule, not from the code.
    const reversed = withRule({ then: 'quick', otherwise: 'full' });
    expect(recommendedPath(reversed, a('no', 'yes'))).toBe('quick');
    expect(recommendedPath(reversed, a('yes', 'yes'))).toBe('full');
  });

  it('noCount: the "No" answers only; a skipped question is not one', () => {
    expect(noCount(course, a())).toBe(0);
    expect(noCount(course, a('no', 'yes'))).toBe(1);
    expect(noCount(course, a('no', 'no'))).toBe(2);
    expect(noCount(course, a(undefined, 'no'))).toBe(1);
    expect(noCount(course, ctx({ answers: { 'scn-markers': 'no' } }))).toBe(0);
  });
});

describe('lockState', () => {
  const selfCheckDone = { 'sa-attention': 'no', 'sa-questions': 'yes' };

  it('an unknown lesson is closed, with no lesson to finish first', () => {
    expect(lockState(course, ctx(), 'nope')).toStrictEqual({ open: false });
    expect(lockState(course, ctx({ completed: true }), 'nope')).toStrictEqual({ open: false });
  });

  it('a lesson off the current path is closed, with no lesson to finish first', () => {
    expect(lockState(course, ctx({ visited: ['self-check', 'your-path'], answers: selfCheckDone }), 'quick-scan')).toStrictEqual({ open: false, blockedBy: undefined });
    expect(lockState(course, ctx({ path: 'quick' }), 'scenario')).toStrictEqual({ open: false, blockedBy: undefined });
  });

  it('reference lessons, visited lessons and, after completion, every lesson are open', () => {
    expect(lockState(course, ctx(), 'references')).toStrictEqual({ open: true });
    expect(lockState(course, ctx({ visited: ['closing'] }), 'closing')).toStrictEqual({ open: true });
    expect(lockState(course, ctx({ completed: true }), 'closing')).toStrictEqual({ open: true });
    expect(lockState(course, ctx({ completed: true, path: 'full' }), 'quick-scan')).toStrictEqual({ open: true });
  });

  it('the first lesson is open from the start', () => {
    expect(lockState(course, ctx(), 'self-check')).toStrictEqual({ open: true });
  });

  it('a lesson opens when every lesson before it is visited and done; otherwise the first that is not blocks it', () => {
    expect(lockState(course, ctx(), 'your-path')).toStrictEqual({ open: false, blockedBy: L('self-check') });
    expect(lockState(course, ctx({ visited: ['self-check'] }), 'your-path')).toStrictEqual({ open: false, blockedBy: L('self-check') });
    expect(lockState(course, ctx({ answers: selfCheckDone }), 'your-path')).toStrictEqual({ open: false, blockedBy: L('self-check') });
    expect(lockState(course, ctx({ visited: ['self-check'], answers: selfCheckDone }), 'your-path')).toStrictEqual({ open: true });
    expect(lockState(course, ctx({ visited: ['self-check'], answers: selfCheckDone }), 'scenario')).toStrictEqual({ open: false, blockedBy: L('your-path') });
    expect(lockState(course, ctx({ visited: ['self-check', 'your-path'], answers: selfCheckDone }), 'scenario')).toStrictEqual({ open: true });
    // The tour's unopened panels keep the challenge locked, even with every answer given.
    const c = ctx({ visited: ['self-check', 'your-path', 'scenario', 'tour'], answers: allAnswers });
    expect(lockState(course, c, 'challenge')).toStrictEqual({ open: false, blockedBy: tour });
    expect(lockState(course, { ...c, seen: allSeen }, 'challenge')).toStrictEqual({ open: true });
    // An optional lesson does not need to be done, but must be visited.
    expect(lockState(course, { ...c, seen: allSeen, visited: [...c.visited, 'challenge'] }, 'closing')).toStrictEqual({ open: false, blockedBy: extra });
    expect(lockState(course, { ...c, seen: allSeen, visited: [...c.visited, 'challenge', 'extra'] }, 'closing')).toStrictEqual({ open: true });
  });

  it('on the quick path, the quick scan opens after the self-check and the path step', () => {
    expect(lockState(course, ctx({ path: 'quick', visited: ['self-check'], answers: selfCheckDone }), 'quick-scan')).toStrictEqual({ open: false, blockedBy: L('your-path') });
    expect(lockState(course, ctx({ path: 'quick', visited: ['self-check', 'your-path'], answers: selfCheckDone }), 'quick-scan')).toStrictEqual({ open: true });
  });
});

describe('completion and progress', () => {
  const fullVisited = ids(sequence(course, 'full'));

  it('completionMet, all-required: every lesson of the path done (visited or not)', () => {
    expect(completionMet(course, ctx({ answers: allAnswers, seen: allSeen }), 'full')).toBe(true);
    expect(completionMet(course, ctx({ answers: allAnswers, seen: allSeen, visited: fullVisited }), 'full')).toBe(true);
    expect(completionMet(course, ctx({ answers: { ...allAnswers, 'scn-notes': ' ' }, seen: allSeen, visited: fullVisited }), 'full')).toBe(false);
    expect(completionMet(course, ctx({ answers: allAnswers, visited: fullVisited }), 'full')).toBe(false);
    expect(completionMet(course, ctx(), 'full')).toBe(false);
  });

  it('completionMet, a list of lessons: each visited and done', () => {
    const answers = { 'sa-attention': 'yes', 'sa-questions': 'yes' };
    expect(completionMet(course, ctx({ answers, visited: ['self-check', 'your-path', 'quick-scan'] }), 'quick')).toBe(true);
    expect(completionMet(course, ctx({ answers, visited: ['self-check', 'quick-scan'] }), 'quick')).toBe(true);
    expect(completionMet(course, ctx({ answers, visited: ['self-check', 'your-path'] }), 'quick')).toBe(false);
    expect(completionMet(course, ctx({ answers: { 'sa-attention': 'yes' }, visited: ['self-check', 'quick-scan'] }), 'quick')).toBe(false);
    expect(completionMet(course, ctx({ answers }), 'quick')).toBe(false);
  });

  it('completionMet: a listed lesson that no longer exists is passed over', () => {
    const c: Course = { ...course, completion: { ...course.completion, quick: { requires: ['self-check', 'gone'] } } };
    expect(completionMet(c, ctx({ answers: { 'sa-attention': 'yes', 'sa-questions': 'yes' }, visited: ['self-check'] }), 'quick')).toBe(true);
    expect(completionMet(c, ctx({ visited: ['self-check'] }), 'quick')).toBe(false);
  });

  it('incompleteLessons: the lessons of the path not yet done, in order', () => {
    expect(ids(incompleteLessons(course, ctx(), 'full'))).toEqual(['self-check', 'scenario', 'tour']);
    expect(ids(incompleteLessons(course, ctx({ answers: allAnswers }), 'full'))).toEqual(['tour']);
    expect(incompleteLessons(course, ctx({ answers: allAnswers, seen: allSeen }), 'full')).toEqual([]);
    expect(ids(incompleteLessons(course, ctx(), 'quick'))).toEqual(['self-check']);
  });

  it('progressMeasure: lessons of the current path visited and done, rounded to hundredths; 1 once completed', () => {
    const done = { 'sa-attention': 'yes', 'sa-questions': 'yes' };
    // The quick path has three lessons.
    expect(progressMeasure(course, ctx({ path: 'quick' }))).toBe(0);
    expect(progressMeasure(course, ctx({ path: 'quick', visited: ['self-check'] }))).toBe(0);
    expect(progressMeasure(course, ctx({ path: 'quick', visited: ['self-check'], answers: done }))).toBe(0.33);
    expect(progressMeasure(course, ctx({ path: 'quick', visited: ['self-check', 'your-path'], answers: done }))).toBe(0.67);
    expect(progressMeasure(course, ctx({ path: 'quick', visited: ['self-check', 'your-path', 'quick-scan'], answers: done }))).toBe(1);
    // A visited lesson of another path does not count.
    expect(progressMeasure(course, ctx({ path: 'quick', visited: ['self-check', 'scenario'], answers: done }))).toBe(0.33);
    // Before the choice, the full path's seven lessons.
    expect(progressMeasure(course, ctx({ visited: ['self-check'], answers: done }))).toBe(0.14);
    expect(progressMeasure(course, ctx({ visited: ['self-check', 'your-path', 'scenario'], answers: done }))).toBe(0.29);
    expect(progressMeasure(course, ctx({ path: 'full', visited: fullVisited, answers: allAnswers }))).toBe(0.86);
    expect(progressMeasure(course, ctx({ path: 'full', visited: fullVisited, answers: allAnswers, seen: allSeen }))).toBe(1);
    expect(progressMeasure(course, ctx({ completed: true }))).toBe(1);
    expect(progressMeasure(course, ctx({ completed: true, path: 'quick' }))).toBe(1);
  });
});

describe('shuffledOptions', () => {
  const six: { id: string; pinned?: boolean }[] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
  const order = (id: string, seed: number, options: { id: string; pinned?: boolean }[] = six) => shuffledOptions({ id, shuffle: true, options }, seed).map((o) => o.id).join('');

  it('without shuffle: the authored options, as they are', () => {
    const b = { id: 'q1', options: six };
    expect(shuffledOptions(b, 42)).toBe(six);
    expect(shuffledOptions({ ...b, shuffle: false }, 42)).toBe(six);
  });

  it.each([
    [0, 'q1', 'cbfeda'],
    [0, 'q2', 'cdefba'],
    [1, 'q1', 'deacfb'],
    [1, 'q2', 'afdcbe'],
    [42, 'q1', 'afdecb'],
    [42, 'q2', 'bdcaef'],
    [123456789, 'q1', 'dfcbea'],
    [123456789, 'q2', 'bafdec'],
    [4294967295, 'q1', 'cedfba'],
    [4294967295, 'q2', 'edabcf'],
  ])('seed %i, question %s: the order %s, the same on every call', (seed, id, expected) => {
    expect(order(id, seed)).toBe(expected);
    expect(order(id, seed)).toBe(expected);
  });

  it('two options: each order comes up, by seed', () => {
    const two = [{ id: 'x' }, { id: 'y' }];
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((s) => order('q', s, two)).join(' ')).toBe('yx xy xy xy xy yx yx xy');
  });

  it('pinned options keep their places; the others are shuffled around them', () => {
    const pinned = six.map((o) => ({ ...o, pinned: o.id === 'b' || o.id === 'f' }));
    expect(order('q1', 0, pinned)).toBe('ebdcaf');
    expect(order('q1', 7, pinned)).toBe('cbaedf');
    const allPinned = six.map((o) => ({ ...o, pinned: true }));
    expect(order('q1', 7, allPinned)).toBe('abcdef');
  });

  it('one option or none: nothing to shuffle; the authored array is left alone', () => {
    expect(order('q1', 5, [{ id: 'only' }])).toBe('only');
    expect(order('q1', 5, [])).toBe('');
    const copy = six.map((o) => o.id).join('');
    order('q1', 42);
    expect(six.map((o) => o.id).join('')).toBe(copy);
  });
});

describe('steps', () => {
  it('the step names and currentStep', () => {
    expect(COMPLETE).toBe('complete');
    expect(PLAN).toBe('plan');
    expect(currentStep({ value: 'scenario' })).toBe('scenario');
    expect(currentStep({ value: 3 })).toBe('3');
  });
});

describe('PendingFlow: the first step before the machine loads', () => {
  /** A stand-in for the machine's actor that records what it is sent. */
  function recorder(value = 'machine-state'): FlowActor & { sent: FlowEvent[]; subscribed: number } {
    const state: FlowState = { value, context: initialContext(), can: () => true };
    const r = {
      sent: [] as FlowEvent[],
      subscribed: 0,
      getSnapshot: () => state,
      subscribe: () => {
        r.subscribed++;
        return { unsubscribe() {} };
      },
      send: (e: FlowEvent) => void r.sent.push(e),
    };
    return r;
  }

  it('starts at the first lesson, visited and bookmarked, with the seed, and waits', () => {
    const pending = new PendingFlow(course, 99);
    const s = pending.getSnapshot();
    expect(s.value).toBe('self-check');
    expect(s.context).toStrictEqual({ ...initialContext(), seed: 99, visited: ['self-check'], returnTo: 'self-check' });
    expect(pending.waiting).toBe(true);
  });

  it('a reference lesson first is visited but not bookmarked', () => {
    const c: Course = { ...course, lessons: [L('references'), ...course.lessons.filter((l) => l.id !== 'references')] };
    const s = new PendingFlow(c, 0).getSnapshot();
    expect(s.value).toBe('references');
    expect(s.context.visited).toEqual(['references']);
    expect(s.context.returnTo).toBeNull();
  });

  it('takes an answer to a question of this step that the question accepts, and tells its listeners', () => {
    const pending = new PendingFlow(course, 1);
    const heard: FlowState[] = [];
    pending.subscribe((s) => heard.push(s));
    pending.send({ type: 'answer.set', id: 'sa-attention', value: 'no' });
    expect(pending.getSnapshot().context.answers).toEqual({ 'sa-attention': 'no' });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toBe(pending.getSnapshot());
    pending.send({ type: 'answer.set', id: 'sa-questions', value: 'yes' });
    expect(pending.getSnapshot().context.answers).toEqual({ 'sa-attention': 'no', 'sa-questions': 'yes' });
    expect(heard).toHaveLength(2);
    expect(pending.getSnapshot().value).toBe('self-check');
    expect(pending.getSnapshot().context.visited).toEqual(['self-check']);
    expect(pending.getSnapshot().context.seed).toBe(1);
  });

  it('refuses answers of other steps, unknown ids and values the question does not take', () => {
    const pending = new PendingFlow(course, 1);
    const heard: FlowState[] = [];
    pending.subscribe((s) => heard.push(s));
    for (const e of [
      { type: 'answer.set', id: 'sa-attention', value: 'maybe' },
      { type: 'answer.set', id: 'scn-markers', value: 'scn-markers-all' },
      { type: 'answer.set', id: 'nope', value: 'yes' },
      { type: 'step.continue' },
      { type: 'nav.plan' },
    ] as FlowEvent[]) {
      pending.send(e);
    }
    expect(pending.getSnapshot().context.answers).toEqual({});
    expect(heard).toEqual([]);
  });

  it('a blank answer clears the question', () => {
    const pending = new PendingFlow(course, 1);
    pending.send({ type: 'answer.set', id: 'sa-attention', value: 'no' });
    const c: Course = { ...course, lessons: [{ ...L('scenario') }, ...course.lessons.filter((l) => l.id !== 'scenario')] };
    const onScenario = new PendingFlow(c, 1);
    onScenario.send({ type: 'answer.set', id: 'scn-notes', value: 'Listen first.' });
    expect(onScenario.getSnapshot().context.answers).toEqual({ 'scn-notes': 'Listen first.' });
    onScenario.send({ type: 'answer.set', id: 'scn-notes', value: '   ' });
    expect(onScenario.getSnapshot().context.answers).toEqual({});
    // A blank is not a yes-no answer: it changes nothing there.
    pending.send({ type: 'answer.set', id: 'sa-attention', value: '' });
    expect(pending.getSnapshot().context.answers).toEqual({ 'sa-attention': 'no' });
  });

  it('can: only an answer this step takes', () => {
    const s = new PendingFlow(course, 1).getSnapshot();
    expect(s.can({ type: 'answer.set', id: 'sa-attention', value: 'yes' })).toBe(true);
    expect(s.can({ type: 'answer.set', id: 'sa-attention', value: 'maybe' })).toBe(false);
    expect(s.can({ type: 'answer.set', id: 'scn-markers', value: 'scn-markers-all' })).toBe(false);
    expect(s.can({ type: 'step.continue' })).toBe(false);
    expect(s.can({ type: 'step.back' })).toBe(false);
  });

  it('an unsubscribed listener hears nothing more', () => {
    const pending = new PendingFlow(course, 1);
    const heard: string[] = [];
    const sub = pending.subscribe(() => heard.push('a'));
    pending.subscribe(() => heard.push('b'));
    pending.send({ type: 'answer.set', id: 'sa-attention', value: 'no' });
    sub.unsubscribe();
    pending.send({ type: 'answer.set', id: 'sa-attention', value: 'yes' });
    expect(heard).toEqual(['a', 'b', 'b']);
  });

  it('handOver: the machine gets every event sent so far, in order, then everything', () => {
    const pending = new PendingFlow(course, 1);
    const events: FlowEvent[] = [
      { type: 'answer.set', id: 'sa-attention', value: 'no' },
      { type: 'answer.set', id: 'sa-attention', value: 'maybe' },
      { type: 'step.continue' },
      { type: 'nav.goto', id: 'references' },
    ];
    for (const e of events) pending.send(e);
    const actor = recorder();
    pending.handOver(actor);
    expect(actor.sent).toEqual(events);
    expect(pending.waiting).toBe(false);
    expect(pending.getSnapshot().value).toBe('machine-state');
    pending.send({ type: 'step.back' });
    expect(actor.sent).toEqual([...events, { type: 'step.back' }]);
    expect(pending.getSnapshot().value).toBe('machine-state');
    pending.subscribe(() => {});
    expect(actor.subscribed).toBe(1);
    // The queue went with the first hand-over.
    const second = recorder();
    pending.handOver(second);
    expect(second.sent).toEqual([]);
  });

  it('listeners from before the hand-over are not told of later states', () => {
    const pending = new PendingFlow(course, 1);
    const heard: FlowState[] = [];
    pending.subscribe((s) => heard.push(s));
    pending.handOver(recorder());
    pending.send({ type: 'answer.set', id: 'sa-attention', value: 'no' });
    expect(heard).toEqual([]);
  });
});
