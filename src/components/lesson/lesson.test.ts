import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Course } from '../../course/types';
import { initialContext, type FlowContext } from '../../flow/progress';
import { course, describe, it } from '../test-fixtures';
import type HqcLesson from './lesson';
import './lesson';

const lesson = (id: string, c: Course = course) => c.lessons.find((l) => l.id === id)!;
const ctx = (over: Partial<FlowContext> = {}): FlowContext => ({ ...initialContext(), ...over });
const mount = (id: string, c: FlowContext = ctx(), on: Course = course) =>
  fixture<HqcLesson>(html`<hqc-lesson .course=${on} .context=${c} .lesson=${lesson(id, on)}></hqc-lesson>`);

describe('hqc-lesson', () => {
  it('draws the title as the h1, described by the reading time, the blocks with the answers so far, and the step bar', async () => {
    const el = await mount('self-check', ctx({ answers: { 'sa-attention': 'yes' } }));
    const h1 = el.querySelector('h1')!;
    expect(h1.textContent).to.equal('Is this unit for you?');
    expect(h1.getAttribute('aria-describedby')).to.equal('step-about');
    expect(el.querySelector('.prose')!.textContent).to.contain('Answer each question');
    const questions = [...el.querySelectorAll('hqc-yes-no')];
    expect(questions.map((q) => q.id)).to.deep.equal(['q-sa-attention', 'q-sa-questions']);
    expect((questions[0] as HTMLElement & { value: string }).value).to.equal('yes');
    expect(el.querySelector('hqc-step-nav')).to.exist;
  });

  it('on the path lesson, shows only the recommended outcome, with why', async () => {
    const el = await mount('your-path', ctx({ answers: { 'sa-attention': 'no', 'sa-questions': 'yes' } }));
    const outcomes = el.querySelectorAll('.outcome');
    expect(outcomes.length).to.equal(1);
    expect(outcomes[0].textContent).to.contain('You answered No to 1 of the 2 questions.');
    expect(outcomes[0].textContent).to.contain('The full unit is for you.');
  });

  it('an optional lesson offers to skip it: to the next lesson on the path', async () => {
    const optional: Course = { ...course, lessons: course.lessons.map((l) => (l.id === 'scenario' ? { ...l, optional: true } : l)) };
    const el = await mount('scenario', ctx({ path: 'full' }), optional);
    expect(el.querySelector('.optional-note')!.textContent).to.contain('This lesson is optional.');
    setTimeout(() => el.querySelector<HTMLButtonElement>('.optional-note button')!.click());
    expect((await oneEvent(el, 'hqc-navigate')).detail).to.deep.equal({ id: 'challenge' });
  });

  it('says so while a lesson is still loading', async () => {
    const loading: Course = { ...course, lessons: course.lessons.map((l) => (l.id === 'scenario' ? { ...l, pending: true, blocks: [] } : l)) };
    const el = await mount('scenario', ctx({ path: 'full' }), loading);
    expect(el.querySelector('[role=status].loading')!.textContent).to.equal('Loading this lesson…');
  });
});
