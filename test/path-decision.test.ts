// The path decision is course.yaml's `pathDecision`, not code: the same answers recommend
// another path when the rule changes, and a skipped optional question follows `skipped`.
import { describe, expect, it } from 'vitest';
import { initialContext, recommendedPath, yesNoIds } from '../src/flow/progress';
import type { Course, PathDecision } from '../src/course/types';
import { realCourse } from './helpers/content';

const withRule = (rule: Partial<PathDecision>): Course => {
  const course = realCourse();
  return { ...course, pathDecision: { ...course.pathDecision, ...rule } };
};
const answers = (course: Course, no: number, skipped = 0) => {
  const ids = yesNoIds(course);
  return { ...initialContext(), answers: Object.fromEntries(ids.slice(skipped).map((id, i) => [id, i < no ? 'no' : 'yes'])) };
};

describe('the path decision from course.yaml', () => {
  it('this unit: one "No" or more recommends the full unit, all "Yes" the quick scan', () => {
    const course = realCourse();
    expect(course.pathDecision).toEqual({ counting: 'no', atLeast: 1, then: 'full', otherwise: 'quick', skipped: 'counts' });
    expect(recommendedPath(course, answers(course, 0))).toBe('quick');
    expect(recommendedPath(course, answers(course, 1))).toBe('full');
  });

  it('a rule of "at least two No" keeps one "No" on the quick scan', () => {
    const course = withRule({ atLeast: 2 });
    expect(recommendedPath(course, answers(course, 1))).toBe('quick');
    expect(recommendedPath(course, answers(course, 2))).toBe('full');
  });

  it('a skipped optional question counts like a "No", or is ignored, as `skipped` says', () => {
    expect(recommendedPath(withRule({ skipped: 'counts' }), answers(realCourse(), 0, 1))).toBe('full');
    expect(recommendedPath(withRule({ skipped: 'ignored' }), answers(realCourse(), 0, 1))).toBe('quick');
  });
});
