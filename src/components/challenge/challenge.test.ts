import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type HqcChallenge from './challenge';
import './challenge';
import { describe, fixtureBlock, it } from '../test-fixtures';

const block = fixtureBlock('challenge', 'week-18');

const checkbox = (el: HqcChallenge) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;

describe('hqc-challenge', () => {
  it('renders the action and a native checkbox labelled "Add week N to my plan", described by the action', async () => {
    const el = await fixture<HqcChallenge>(html`<hqc-challenge .block=${block}></hqc-challenge>`);
    expect(checkbox(el).labels![0].textContent!.trim()).to.equal('Add week 18 to my plan');
    const described = el.shadowRoot!.getElementById(checkbox(el).getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.equal('Week 18: Create list of targeted, open-ended questions');
    expect(checkbox(el).checked).to.be.false;
  });

  it('emits "adopted" when checked and "" when unchecked', async () => {
    const el = await fixture<HqcChallenge>(html`<hqc-challenge .block=${block}></hqc-challenge>`);
    setTimeout(() => checkbox(el).click());
    expect((await oneEvent(el, 'hqc-answer')).detail).to.deep.equal({ id: 'week-18', value: 'adopted' });
    setTimeout(() => checkbox(el).click());
    expect((await oneEvent(el, 'hqc-answer')).detail).to.deep.equal({ id: 'week-18', value: '' });
  });

  it('toggles with Space', async () => {
    const el = await fixture<HqcChallenge>(html`<hqc-challenge .block=${block}></hqc-challenge>`);
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal('adopted');
    expect(checkbox(el).checked).to.be.true;
  });

  it('shows an adopted action as checked', async () => {
    const el = await fixture<HqcChallenge>(html`<hqc-challenge .block=${block} value="adopted"></hqc-challenge>`);
    expect(checkbox(el).checked).to.be.true;
  });

  it('is accessible', async () => {
    const el = await fixture<HqcChallenge>(html`<hqc-challenge .block=${block}></hqc-challenge>`);
    await expect(el).to.be.accessible();
  });
});
