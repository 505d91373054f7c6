import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, describe, fixtureBlock, it } from '../test-fixtures';
import type HqcYesNo from './yes-no';
import './yes-no';

const block = fixtureBlock('yes-no', 'sa-attention');

const radios = (el: HqcYesNo) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];

describe('hqc-yes-no', () => {
  it('renders the question as the legend of a fieldset with native Yes and No radios sharing a unique name', async () => {
    const el = await fixture<HqcYesNo>(html`<hqc-yes-no .block=${block}></hqc-yes-no>`);
    const legend = el.shadowRoot!.querySelector('fieldset > legend')!;
    expect(legend.textContent).to.equal('Do you give people your undivided attention?');
    expect(legend.querySelector('em')).to.exist;
    const [yes, no] = radios(el);
    expect(yes.labels![0].textContent!.trim()).to.equal('Yes');
    expect(no.labels![0].textContent!.trim()).to.equal('No');
    expect(yes.name).to.equal(no.name);
    expect(yes.name).to.contain('sa-attention');
    expect(yes.checked || no.checked).to.be.false;
  });

  it('shows the current value as the checked radio', async () => {
    const el = await fixture<HqcYesNo>(html`<hqc-yes-no .block=${block} value="no"></hqc-yes-no>`);
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true]);
    el.value = 'yes';
    await el.updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([true, false]);
  });

  it('emits hqc-answer with the id and "no" when No is clicked', async () => {
    const el = await fixture<HqcYesNo>(html`<hqc-yes-no .block=${block}></hqc-yes-no>`);
    setTimeout(() => radios(el)[1].click());
    const event = await oneEvent(el, 'hqc-answer');
    expect(event.detail).to.deep.equal({ id: 'sa-attention', value: 'no' });
    expect(event.bubbles && event.composed).to.be.true;
    expect(el.value).to.equal('no');
  });

  it('is operated by keyboard: Space selects the focused radio, arrows move the choice', async () => {
    const el = await fixture<HqcYesNo>(html`<div><button>before</button><hqc-yes-no .block=${block}></hqc-yes-no></div>`);
    const yesNo = el.querySelector('hqc-yes-no')!;
    const answers: string[] = [];
    yesNo.addEventListener('hqc-answer', (e) => answers.push(e.detail.value));
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radios(yesNo)[0]);
    await sendKeys({ press: 'Space' });
    expect(radios(yesNo)[0].checked).to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    expect(radios(yesNo)[1].checked).to.be.true;
    expect(answers).to.deep.equal(['yes', 'no']);
  });

  it('is accessible', async () => {
    const el = await fixture<HqcYesNo>(html`<hqc-yes-no .block=${block} value="yes"></hqc-yes-no>`);
    await expect(el).to.be.accessible();
  });
});
