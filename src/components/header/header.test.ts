import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initialContext } from '../../flow/progress';
import { course, describe, it } from '../test-fixtures';
import type HqcHeader from './header';
import './header';

const ctx = { ...initialContext(), visited: ['self-check'] };
const mount = (step = 'self-check', menuOpen = false) =>
  fixture<HqcHeader>(html`<hqc-header .course=${course} .context=${ctx} .step=${step} ?menu-open=${menuOpen}></hqc-header>`);
const buttonNamed = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

describe('hqc-header', () => {
  it('shows the title, the step of the path, a named progress bar, Menu and My plan', async () => {
    const el = await mount();
    expect(el.querySelector('.course-title')!.textContent).to.equal('Test Connections');
    expect(el.querySelector('.step-text')!.textContent).to.equal('Step 1 of 5');
    expect(el.querySelector('progress')!.getAttribute('aria-label')).to.equal('Unit progress');
    expect(el.querySelector('hqc-save-status')).to.exist;
  });

  it('names the step in words on the end screen, the plan and a reference lesson', async () => {
    expect((await mount('complete')).querySelector('.step-text')!.textContent).to.equal('Unit complete');
    expect((await mount('plan')).querySelector('.step-text')!.textContent).to.equal('My plan');
    expect((await mount('references')).querySelector('.step-text')!.textContent).to.equal('Reference');
  });

  it('Menu says whether the drawer is open and asks for the other state', async () => {
    const el = await mount('self-check', true);
    const menu = el.querySelector<HTMLButtonElement>('#menu-button')!;
    expect(menu.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.getAttribute('aria-controls')).to.equal('menu-panel');
    setTimeout(() => menu.click());
    const event = await oneEvent(el, 'hqc-menu-toggle');
    expect(event.detail).to.deep.equal({ open: false, focusEntry: false });
  });

  it('"My plan" asks for the plan, and is the current page on it', async () => {
    const el = await mount();
    setTimeout(() => buttonNamed(el, 'My plan').click());
    expect((await oneEvent(el, 'hqc-flow')).detail).to.deep.equal({ type: 'nav.plan' });
    const onPlan = await mount('plan');
    expect(buttonNamed(onPlan, 'My plan').getAttribute('aria-current')).to.equal('page');
  });
});
