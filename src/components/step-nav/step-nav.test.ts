import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Lesson } from '../../course/types';
import { initialContext, type FlowContext } from '../../flow/progress';
import { course, describe, it } from '../test-fixtures';
import type HqcStepNav from './step-nav';
import { continueBlockers } from './step-hint';
import './step-nav';

const lesson = (id: string) => course.lessons.find((l) => l.id === id)!;
const ctx = (over: Partial<FlowContext> = {}): FlowContext => ({ ...initialContext(), ...over });
const mount = (l: Lesson, c: FlowContext, canGoBack = false) =>
  fixture<HqcStepNav>(html`<hqc-step-nav .course=${course} .context=${c} .lesson=${l} ?can-go-back=${canGoBack} .hint=${continueBlockers(course, l, c)}></hqc-step-nav>`);
const names = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());

describe('hqc-step-nav', () => {
  it('keeps Continue focusable but aria-disabled while answers are missing, described by the hint', async () => {
    const el = await mount(lesson('self-check'), ctx());
    const next = el.querySelector<HTMLButtonElement>('#continue')!;
    expect(next.disabled).to.equal(false);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(next.getAttribute('aria-describedby')).to.equal('step-hint');
    const hint = el.querySelector('#step-hint')!;
    expect(hint.getAttribute('role')).to.equal('status');
    expect([...hint.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Do you give people your undivided attention?', 'Have you written probing questions?']);
    await expect(el).to.be.accessible();
  });

  it('Continue asks the unit to move on; Back goes back', async () => {
    const el = await mount(lesson('self-check'), ctx({ answers: { 'sa-attention': 'no', 'sa-questions': 'no' } }), true);
    expect(el.querySelector('#continue')!.hasAttribute('aria-disabled')).to.equal(false);
    setTimeout(() => el.querySelector<HTMLButtonElement>('#continue')!.click());
    await oneEvent(el, 'hqc-continue');
    expect(names(el)[0]).to.equal('Back');
    setTimeout(() => el.querySelector('button')!.click());
    expect((await oneEvent(el, 'hqc-flow')).detail).to.deep.equal({ type: 'step.back' });
  });

  it('on the path lesson with all Yes, offers the quick scan or the full unit', async () => {
    const el = await mount(lesson('your-path'), ctx({ answers: { 'sa-attention': 'yes', 'sa-questions': 'yes' } }));
    expect(names(el)).to.deep.equal(['Scan the summary and finish', 'Take the full unit']);
    setTimeout(() => el.querySelectorAll('button')[1].click());
    expect((await oneEvent(el, 'hqc-flow')).detail).to.deep.equal({ type: 'path.choose', path: 'full' });
  });

  it('names the last step\'s button for what it does, and a reference lesson\'s for where it returns', async () => {
    expect(names(await mount(lesson('closing'), ctx()))).to.deep.equal(['Finish the unit']);
    expect(names(await mount(lesson('quick-scan'), ctx({ path: 'quick' })))).to.deep.equal(['Finish the quick scan', 'Take the full unit instead']);
    const ref = await mount(lesson('references'), ctx({ returnTo: 'scenario' }));
    expect(names(ref)).to.deep.equal(['Back to Scenario: the first day']);
    setTimeout(() => ref.querySelector('button')!.click());
    expect((await oneEvent(ref, 'hqc-navigate')).detail).to.deep.equal({ id: 'scenario' });
  });
});
