import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { HqcAnswerDetail } from '../events';
import type HqcReflection from './reflection';
import { INPUT_DEBOUNCE_MS } from './reflection';
import './reflection';
import { describe, fixtureBlock, it } from '../test-fixtures';

const block = fixtureBlock('reflection', 'scn-notes');

const textarea = (el: HqcReflection) => el.shadowRoot!.querySelector('textarea')!;
const count = (el: HqcReflection) => el.shadowRoot!.getElementById('count')!;
const liveRegion = (el: HqcReflection) => el.shadowRoot!.querySelector('[aria-live=polite]')!;

function record(el: HTMLElement): HqcAnswerDetail[] {
  const seen: HqcAnswerDetail[] = [];
  el.addEventListener('hqc-answer', (e) => seen.push(e.detail));
  return seen;
}

/** Types like a learner would, as one input event (paste-like). */
function input(el: HqcReflection, text: string) {
  const ta = textarea(el);
  ta.focus();
  ta.value = text;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('hqc-reflection', () => {
  it('renders a labelled textarea with maxlength, described by the prompt and the count', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block}></hqc-reflection>`);
    const ta = textarea(el);
    expect(ta.labels![0].textContent).to.contain('My next steps');
    expect(ta.maxLength).to.equal(100);
    expect(ta.getAttribute('aria-describedby')!.split(' ')).to.include.members(['prompt', 'count']);
    expect(el.shadowRoot!.getElementById('prompt')!.textContent).to.equal('Write what you would do next week.');
    expect(count(el).textContent!.trim()).to.equal('0 of 100 characters');
  });

  it('shows the learner’s text as text, never as HTML', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block} value="<img src=x onerror=alert(1)>"></hqc-reflection>`);
    expect(textarea(el).value).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect(count(el).textContent!.trim()).to.equal('28 of 100 characters');
  });

  it('updates the count as the learner types', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block}></hqc-reflection>`);
    el.focus();
    await sendKeys({ type: 'Hello' });
    await el.updateComplete;
    expect(textarea(el).value).to.equal('Hello');
    expect(count(el).textContent!.trim()).to.equal('5 of 100 characters');
  });

  it('sends the text once typing pauses, not on every key', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block}></hqc-reflection>`);
    const seen = record(el);
    input(el, 'H');
    input(el, 'He');
    input(el, 'Hello');
    expect(seen).to.deep.equal([]);
    await aTimeout(INPUT_DEBOUNCE_MS + 100);
    expect(seen).to.deep.equal([{ id: 'scn-notes', value: 'Hello' }]);
  });

  it('sends the text at once when the learner leaves the box, without a second event after the pause', async () => {
    const el = await fixture<HqcReflection>(html`<div><hqc-reflection .block=${block}></hqc-reflection><button>after</button></div>`);
    const reflection = el.querySelector('hqc-reflection')!;
    const seen = record(reflection);
    input(reflection, 'Hi');
    await sendKeys({ press: 'Tab' });
    expect(seen).to.deep.equal([{ id: 'scn-notes', value: 'Hi' }]);
    await aTimeout(INPUT_DEBOUNCE_MS + 100);
    expect(seen).to.have.length(1);
  });

  it('sends pending text at once when asked to flush (the unit does before changing step)', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block}></hqc-reflection>`);
    const seen = record(el);
    input(el, 'Last words');
    el.flush();
    expect(seen).to.deep.equal([{ id: 'scn-notes', value: 'Last words' }]);
    el.flush();
    await aTimeout(INPUT_DEBOUNCE_MS + 100);
    expect(seen, 'nothing new typed: nothing sent again').to.have.length(1);
  });

  it('announces the count only near the limit, once per threshold', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block}></hqc-reflection>`);
    input(el, 'x'.repeat(50));
    await el.updateComplete;
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    input(el, 'x'.repeat(85));
    await el.updateComplete;
    expect(liveRegion(el).textContent!.trim()).to.equal('15 characters left.');
    input(el, 'x'.repeat(90));
    await el.updateComplete;
    expect(liveRegion(el).textContent!.trim(), 'not re-announced on each key').to.equal('15 characters left.');
    input(el, 'x'.repeat(100));
    await el.updateComplete;
    expect(liveRegion(el).textContent!.trim()).to.equal('Limit reached: 100 of 100 characters.');
    expect(count(el).textContent!.trim()).to.equal('100 of 100 characters');
  });

  it('does not overwrite what the learner is typing with a late echo of their own text', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block}></hqc-reflection>`);
    input(el, 'abcd');
    el.value = 'abc'; // the flow echoing an earlier debounced value
    await el.updateComplete;
    expect(textarea(el).value).to.equal('abcd');
    textarea(el).blur();
    el.value = 'restored from the LMS';
    await el.updateComplete;
    expect(textarea(el).value).to.equal('restored from the LMS');
  });

  it('is accessible', async () => {
    const el = await fixture<HqcReflection>(html`<hqc-reflection .block=${block} value="Some text"></hqc-reflection>`);
    await expect(el).to.be.accessible();
  });
});
