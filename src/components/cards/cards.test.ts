import { expect, fixture, html } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import type { PanelsBlock } from '../../course/types';
import { describe, it } from '../test-fixtures';
import HqcCardsElement from './cards';

type HqcCards = HqcCardsElement;

const block: PanelsBlock = {
  type: 'panels',
  style: 'cards',
  label: '',
  level: 3,
  panels: [
    { title: 'They carry resources', html: '<p>Advice and support travel along them.</p>' },
    { title: 'They shape identity', html: '<p>Work is a key place where we show who we are.</p>' },
    { title: 'They help organisations change', html: '<p>Quality of relationships matters.</p>' },
  ],
};

describe('hqc-cards', () => {
  it('renders a list of cards, each with a heading of the written level and its text', async () => {
    const el = await fixture<HqcCards>(html`<hqc-cards .block=${block}></hqc-cards>`);
    const items = [...el.shadowRoot!.querySelectorAll('[role=list] > li')];
    expect(items.length).to.equal(3);
    expect(items.map((li) => li.querySelector('[role=heading]')!.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3']);
    expect(items[1].textContent).to.contain('Work is a key place');
    // Nothing to operate: no buttons, no hidden text.
    expect(el.shadowRoot!.querySelectorAll('button, [hidden]').length).to.equal(0);
  });

  it('is accessible', async () => {
    const el = await fixture<HqcCards>(html`<hqc-cards .block=${block}></hqc-cards>`);
    await expect(el).to.be.accessible();
  });

  it('stacks in one column at 320 px without scrolling sideways', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 320px"><hqc-cards .block=${block}></hqc-cards></div>`);
    const el = wrap.querySelector('hqc-cards')!;
    const cards = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    expect(new Set(cards.map((r) => Math.round(r.left))).size).to.equal(1);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('a screen reader hears a list of three, and each card\'s heading', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><hqc-cards-light .block=${block}></hqc-cards-light></div>`);
    await virtual.start({ container: wrap });
    try {
      for (let i = 0; i < 4; i++) await virtual.next();
      const log = await virtual.spokenPhraseLog();
      expect(log.some((p) => p.startsWith('list') && p.includes('3'))).to.be.true;
      expect(log).to.include('heading, They carry resources, level 3');
    } finally {
      await virtual.stop();
    }
  });
});

/** The same element in the light DOM, for the virtual screen reader (it does not enter shadow roots). */
class HqcCardsLight extends HqcCardsElement {
  createRenderRoot() {
    return this;
  }
}
customElements.define('hqc-cards-light', HqcCardsLight);
