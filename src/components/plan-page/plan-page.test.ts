import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initialContext, type FlowContext } from '../../flow/progress';
import { course, describe, it } from '../test-fixtures';
import type HqcPlanPage from './plan-page';
import './plan-page';

const ctx: FlowContext = { ...initialContext(), answers: { 'scn-notes': 'Ask Sam about the pilot.' } };
const mount = (backTo: string | null) => fixture<HqcPlanPage>(html`<hqc-plan-page .course=${course} .context=${ctx} .backTo=${backTo}></hqc-plan-page>`);

describe('hqc-plan-page', () => {
  it('titles the step "My plan", shows the plan, and goes back to the lesson the learner came from', async () => {
    const el = await mount('scenario');
    expect(el.querySelector('h1')!.textContent).to.equal('My plan');
    expect(el.querySelector('hqc-plan')).to.exist;
    const back = el.querySelector('button')!;
    expect(back.textContent!.trim()).to.equal('Back to Scenario: the first day');
    setTimeout(() => back.click());
    expect((await oneEvent(el, 'hqc-flow')).detail).to.deep.equal({ type: 'nav.goto', id: 'scenario' });
  });

  it('goes back to the end screen when opened from it, and to the first lesson when there is nowhere else', async () => {
    expect((await mount('complete')).querySelector('button')!.textContent!.trim()).to.equal('Back to Unit complete');
    expect((await mount(null)).querySelector('button')!.textContent!.trim()).to.equal('Back to Is this unit for you?');
  });
});
