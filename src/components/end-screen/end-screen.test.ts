import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SaveStatus } from '../../flow/save-status';
import { initialContext, type FlowContext } from '../../flow/progress';
import { course, describe, it } from '../test-fixtures';
import type HqcEndScreen from './end-screen';
import './end-screen';

const done: FlowContext = {
  ...initialContext(),
  path: 'full',
  completed: true,
  visited: ['self-check', 'your-path', 'scenario', 'challenge', 'closing'],
  answers: { 'sa-attention': 'no', 'sa-questions': 'yes', 'scn-markers': 'scn-markers-all', 'scn-notes': 'Ask Sam about the pilot.' },
};
const status = (kind: SaveStatus['kind']): SaveStatus => ({ kind, savedAt: null, attempt: 0, detail: '' });
const mount = (ctx: FlowContext = done, saveStatus: SaveStatus | null = status('saved')) =>
  fixture<HqcEndScreen>(html`<hqc-end-screen .course=${course} .context=${ctx} .saveStatus=${saveStatus}></hqc-end-screen>`);
const buttonNamed = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

describe('hqc-end-screen', () => {
  it('says what the learner did, what the plan holds and what comes next, under one h1; accessible', async () => {
    const el = await mount();
    expect(el.querySelector('h1')!.textContent).to.equal('Unit complete');
    expect(el.querySelector('.lead')!.textContent).to.contain('Your progress is recorded.');
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal([
      'What you did',
      'Your plan',
      'A unit you could take next: Determining Direction',
      'Leaving the activity',
    ]);
    expect(el.textContent).to.contain('You worked through 5 lessons and answered 3 questions, and wrote 1 note.');
    await expect(el).to.be.accessible({ ignoredRules: ['aria-valid-attr-value'] }); // aria-controls names the unit's drawer, not here
  });

  it('tells a learner whose browser cannot keep their work to download the plan first', async () => {
    const el = await mount(done, status('not-kept'));
    expect(el.querySelector('.lead')!.textContent).to.contain('Your progress could not be kept');
    expect(el.textContent).to.contain('Before you leave, open My plan and download it');
  });

  it('"Review the lessons" opens the menu and moves into it; "See my plan" opens the plan', async () => {
    const el = await mount();
    setTimeout(() => buttonNamed(el, 'Review the lessons')!.click());
    expect((await oneEvent(el, 'hqc-menu-toggle')).detail).to.deep.equal({ open: true, focusEntry: true });
    setTimeout(() => buttonNamed(el, 'See my plan')!.click());
    expect((await oneEvent(el, 'hqc-flow')).detail).to.deep.equal({ type: 'nav.plan' });
  });

  it('with an empty plan, says so and offers no "See my plan"', async () => {
    const el = await mount({ ...done, answers: { 'sa-attention': 'no', 'sa-questions': 'yes' } });
    expect(el.textContent).to.contain('Your plan is empty');
    expect(buttonNamed(el, 'See my plan')).to.equal(undefined);
  });
});
