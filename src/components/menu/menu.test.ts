import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initialContext, type FlowContext } from '../../flow/progress';
import { course, describe, it } from '../test-fixtures';
import type HqcMenu from './menu';
import './menu';

const ctx = (patch: Partial<FlowContext>): FlowContext => ({ ...initialContext(), ...patch });
const entry = (el: HqcMenu, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`)!;
const ids = (el: HqcMenu) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-id]')].map((b) => b.dataset.id);

async function menu(context: FlowContext, current: string) {
  return fixture<HqcMenu>(html`<hqc-menu .course=${course} .context=${context} .current=${current}></hqc-menu>`);
}

describe('hqc-menu', () => {
  it('lists the current path and the reference lessons, each with title and summary', async () => {
    const el = await menu(ctx({ visited: ['self-check'] }), 'self-check');
    expect(ids(el)).to.deep.equal(['self-check', 'your-path', 'scenario', 'challenge', 'closing', 'references']);
    const first = entry(el, 'self-check');
    expect(first.querySelector('.title')!.textContent).to.equal('Is this unit for you?');
    const summary = el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).to.equal('Two quick yes/no questions.');
  });

  it('lists the quick path once it is chosen', async () => {
    const el = await menu(ctx({ path: 'quick', visited: ['self-check', 'your-path'], answers: { 'sa-attention': 'yes', 'sa-questions': 'yes' } }), 'your-path');
    expect(ids(el)).to.deep.equal(['self-check', 'your-path', 'quick-scan', 'references']);
  });

  it('lists every lesson once the unit is complete, all open', async () => {
    const el = await menu(ctx({ path: 'quick', completed: true, visited: ['self-check', 'your-path', 'quick-scan'] }), 'complete');
    expect(ids(el)).to.have.members(course.lessons.map((l) => l.id));
    expect(el.shadowRoot!.querySelectorAll('[aria-disabled="true"]')).to.have.length(0);
  });

  it('marks the current entry with aria-current="step" and states in words, not only colour', async () => {
    const answers = { 'sa-attention': 'no', 'sa-questions': 'yes', 'scn-markers': 'scn-markers-all' };
    const el = await menu(ctx({ path: 'full', answers, visited: ['self-check', 'your-path', 'scenario'] }), 'your-path');
    expect(entry(el, 'your-path').getAttribute('aria-current')).to.equal('step');
    expect(entry(el, 'self-check').hasAttribute('aria-current')).to.be.false;
    expect(entry(el, 'your-path').textContent).to.contain('You are here');
    expect(entry(el, 'self-check').textContent).to.contain('Done');
    expect(entry(el, 'scenario').textContent).to.contain('Started: 1 answer to give');
  });

  it('shows lessons not open yet as one line of text each (not buttons), with the reason said once', async () => {
    const el = await menu(ctx({ visited: ['self-check'] }), 'self-check');
    const locked = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.entry--locked')];
    expect(locked.length).to.be.greaterThan(1);
    for (const entry of locked) {
      expect(entry.querySelector('button, a'), 'not a control').to.be.null;
      expect(entry.textContent!.replace(/\s+/g, ' ').trim()).to.match(/Locked$/);
    }
    expect(locked[0].dataset.id).to.equal('your-path');
    const notes = [...el.shadowRoot!.querySelectorAll('.locked-note')].map((n) => n.textContent);
    expect(notes).to.deep.equal(['Lessons open in order: finish “Is this unit for you?” to open the next one.']);
    expect(el.shadowRoot!.textContent).not.to.contain('Locked: finish');
    await expect(el).to.be.accessible();
  });

  it('emits hqc-navigate for an open lesson, by click and by keyboard', async () => {
    const el = await menu(ctx({ visited: ['self-check'], answers: { 'sa-attention': 'no', 'sa-questions': 'no' } }), 'self-check');
    setTimeout(() => entry(el, 'your-path').click());
    expect((await oneEvent(el, 'hqc-navigate')).detail).to.deep.equal({ id: 'your-path' });
    entry(el, 'references').focus();
    setTimeout(() => sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'hqc-navigate')).detail).to.deep.equal({ id: 'references' });
  });

  it('asks to close on Escape', async () => {
    const el = await menu(ctx({ visited: ['self-check'] }), 'self-check');
    entry(el, 'self-check').focus();
    setTimeout(() => sendKeys({ press: 'Escape' }));
    const event = await oneEvent(el, 'hqc-close');
    expect(event.composed).to.be.true;
  });

  it('is accessible', async () => {
    const el = await menu(ctx({ visited: ['self-check'] }), 'self-check');
    await expect(el).to.be.accessible();
  });
});
