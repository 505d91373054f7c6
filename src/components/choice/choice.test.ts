import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChoiceBlock } from '../../course/types';
import { deepActiveElement, describe, it } from '../test-fixtures';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import HqcChoiceElement from './choice';

type HqcChoice = HqcChoiceElement;

const block: ChoiceBlock = {
  type: 'choice',
  id: 'scn-markers',
  prompt: 'Which markers of a <strong>high-quality connection</strong> show up?',
  text: 'Which markers of a high-quality connection show up?',
  required: true,
  options: [
    { id: 'all', label: 'All <em>three</em>', text: 'All three', feedback: '<p>Yes. Regard, trust and engagement.</p>', correct: true },
    { id: 'none', label: 'None yet', text: 'None yet', feedback: '<p>Length is not the test; quality is.</p>', correct: false },
    { id: 'some', label: 'Regard only', text: 'Regard only', feedback: '<p>Look again at trust.</p>', correct: false },
  ],
};

const radios = (el: HqcChoice) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const feedback = (el: HqcChoice) => el.shadowRoot!.querySelector('[part=feedback]')!;

describe('hqc-choice', () => {
  it('renders the prompt as legend and one native radio per option, labelled by its HTML', async () => {
    const el = await fixture<HqcChoice>(html`<hqc-choice .block=${block}></hqc-choice>`);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Which markers of a high-quality connection show up?');
    expect(radios(el).map((r) => r.labels![0].textContent!.trim())).to.deep.equal(['All three', 'None yet', 'Regard only']);
    expect(new Set(radios(el).map((r) => r.name)).size).to.equal(1);
  });

  it('keeps an empty polite live region until a choice is made', async () => {
    const el = await fixture<HqcChoice>(html`<hqc-choice .block=${block}></hqc-choice>`);
    expect(feedback(el).getAttribute('aria-live')).to.equal('polite');
    expect(feedback(el).textContent!.trim()).to.equal('');
  });

  it('shows the chosen option’s feedback in the live region and emits hqc-answer with the option id', async () => {
    const el = await fixture<HqcChoice>(html`<hqc-choice .block=${block}></hqc-choice>`);
    setTimeout(() => radios(el)[1].click());
    const event = await oneEvent(el, 'hqc-answer');
    expect(event.detail).to.deep.equal({ id: 'scn-markers', value: 'none' });
    await el.updateComplete;
    expect(feedback(el).textContent).to.contain('Length is not the test; quality is.');
  });

  it('lets the learner change the choice, and the feedback follows', async () => {
    const el = await fixture<HqcChoice>(html`<hqc-choice .block=${block} value="none"></hqc-choice>`);
    expect(feedback(el).textContent).to.contain('Length is not the test');
    radios(el)[0].click();
    await el.updateComplete;
    expect(feedback(el).textContent).to.contain('Regard, trust and engagement');
    expect(feedback(el).textContent).not.to.contain('Length is not the test');
  });

  it('is operated by keyboard: Tab into the group, Space selects, arrows change', async () => {
    const el = await fixture<HTMLElement>(html`<div><button>before</button><hqc-choice .block=${block}></hqc-choice></div>`);
    const choice = el.querySelector('hqc-choice')!;
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radios(choice)[0]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await choice.updateComplete;
    expect(choice.value).to.equal('none');
    expect(feedback(choice).textContent).to.contain('Length is not the test');
  });

  it('is accessible, before and after a choice', async () => {
    const el = await fixture<HqcChoice>(html`<hqc-choice .block=${block}></hqc-choice>`);
    await expect(el).to.be.accessible();
    el.value = 'all';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('branching', () => {
    const story: ChoiceBlock = {
      ...block,
      shuffle: true,
      options: [
        ...block.options.map((o) => (o.id === 'none' ? { ...o, consequence: '<p>The newcomer eats lunch alone.</p>' } : o)),
        { id: 'other', label: 'None of these', text: 'None of these', feedback: '<p>Look again.</p>', correct: false, pinned: true },
      ],
    };
    const order = (el: HqcChoice) => radios(el).map((r) => r.value);

    it('shows what happens next before the feedback, both in the live region', async () => {
      const el = await fixture<HqcChoice>(html`<hqc-choice .block=${story} value="none"></hqc-choice>`);
      const region = feedback(el);
      const parts = [...region.querySelectorAll('.consequence-label, .feedback-label')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
      expect(parts).to.deep.equal(['What happens next', '✗ Not quite']);
      expect(region.textContent).to.contain('The newcomer eats lunch alone.');
      el.value = 'all';
      await el.updateComplete;
      expect(region.querySelector('.consequence'), 'an option without a consequence has feedback only').to.be.null;
    });

    it('shuffles the options by the attempt\'s seed: the same seed, the same order; a pinned option keeps its place', async () => {
      const orders = new Set<string>();
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const el = await fixture<HqcChoice>(html`<hqc-choice .block=${story} .seed=${seed}></hqc-choice>`);
        const again = await fixture<HqcChoice>(html`<hqc-choice .block=${story} .seed=${seed}></hqc-choice>`);
        expect(order(again)).to.deep.equal(order(el));
        expect(order(el)[3]).to.equal('other');
        expect([...order(el)].sort()).to.deep.equal(['all', 'none', 'other', 'some']);
        orders.add(order(el).join());
      }
      expect(orders.size, 'different learners see different orders').to.be.greaterThan(1);
      const plain = await fixture<HqcChoice>(html`<hqc-choice .block=${{ ...story, shuffle: undefined }} .seed=${3}></hqc-choice>`);
      expect(order(plain)).to.deep.equal(['all', 'none', 'some', 'other']);
    });
  });

  describe('feedback states', () => {
    const partly: ChoiceBlock = { ...block, options: block.options.map((o) => (o.id === 'some' ? { ...o, partly: true } : o)) };
    const heading = (el: HqcChoice) => el.shadowRoot!.querySelector('.feedback-label')!.textContent!.replace(/\s+/g, ' ').trim();
    const best = (el: HqcChoice) => [...el.shadowRoot!.querySelectorAll('.best')].map((b) => b.closest('label')!.querySelector('input')!.value);

    it('correct, partly right and not quite each have an icon and a heading in words, and a best answer marked after a wrong one', async () => {
      const el = await fixture<HqcChoice>(html`<hqc-choice .block=${partly} value="all"></hqc-choice>`);
      expect(heading(el)).to.equal('✓ Correct');
      expect(best(el)).to.deep.equal([]);
      el.value = 'some';
      await el.updateComplete;
      expect(heading(el)).to.equal('◐ Partly right');
      expect(best(el)).to.deep.equal(['all']);
      el.value = 'none';
      await el.updateComplete;
      expect(heading(el)).to.equal('✗ Not quite');
      expect(best(el)).to.deep.equal(['all']);
      // The icon is decoration; the words carry the state.
      expect(el.shadowRoot!.querySelector('.feedback-icon')!.getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('the "Best answer" mark flows after the option\'s text on a phone, never squeezing the text into a narrow column', async () => {
      const long: ChoiceBlock = { ...block, options: block.options.map((o) => (o.id === 'all' ? { ...o, label: 'Take the newcomer to lunch on day one and introduce them to a few people' } : o)) };
      const el = await fixture<HqcChoice>(html`<hqc-choice style="display:block;width:336px" .block=${long} value="none"></hqc-choice>`);
      const label = radios(el).find((r) => r.value === 'all')!.labels![0];
      const text = label.querySelector('span')!;
      const input = label.querySelector('input')!;
      // The text takes the whole row beside the radio button; the mark wraps under it if it must.
      expect(text.getBoundingClientRect().width).to.be.greaterThan(label.clientWidth - input.getBoundingClientRect().width - 40);
      expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Take the newcomer to lunch on day one and introduce them to a few people Best answer');
    });

    it('a question without a best answer (an opinion) has plain "Feedback" and marks nothing', async () => {
      const opinion: ChoiceBlock = { ...block, options: block.options.map((o) => ({ ...o, correct: false })) };
      const el = await fixture<HqcChoice>(html`<hqc-choice .block=${opinion} value="none"></hqc-choice>`);
      expect(heading(el)).to.equal('i Feedback');
      expect(best(el)).to.deep.equal([]);
    });

    it('a screen reader hears the state and the feedback when an option is chosen', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><hqc-choice-light .block=${partly}></hqc-choice-light></div>`);
      const el = wrap.querySelector('hqc-choice-light') as HqcChoice;
      await virtual.start({ container: wrap });
      try {
        wrap.querySelector<HTMLInputElement>('input[value="none"]')!.click();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        const said = (await virtual.spokenPhraseLog()).join(' | ');
        expect(said).to.contain('Not quite');
        expect(said).to.contain('Length is not the test; quality is.');
      } finally {
        await virtual.stop();
      }
    });
  });
});

/** The same element in the light DOM, for the virtual screen reader (it does not enter shadow roots). */
class HqcChoiceLight extends HqcChoiceElement {
  createRenderRoot() {
    return this;
  }
}
customElements.define('hqc-choice-light', HqcChoiceLight);
