import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import type { PanelsBlock } from '../../course/types';
import { deepActiveElement, describe, it } from '../test-fixtures';
import HqcAccordionElement from './accordion';

type HqcAccordion = HqcAccordionElement;

const block: PanelsBlock = {
  type: 'panels',
  style: 'accordion',
  label: '',
  level: 2,
  panels: [
    { title: '1. Culture and values', html: '<p>Four values matter most.</p>' },
    { title: '2. Rewards and recognition', html: '<p>Connections need incentives.</p>' },
    { title: '3. Structure and networks', html: '<p>Keep hierarchy limited.</p>' },
  ],
};

const buttons = (el: HqcAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const regions = (el: HqcAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=region]')];

describe('hqc-accordion', () => {
  it('renders each title as a button with aria-expanded inside a heading of the written level, controlling a named region (WAI-ARIA Accordion)', async () => {
    const el = await fixture<HqcAccordion>(html`<hqc-accordion .block=${block}></hqc-accordion>`);
    const headings = [...el.shadowRoot!.querySelectorAll('[role=heading]')];
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2']);
    expect(headings.map((h) => h.querySelector('button') !== null)).to.deep.equal([true, true, true]);
    expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
    regions(el).forEach((r, i) => {
      expect(r.hidden).to.be.true;
      expect(r.getAttribute('aria-labelledby')).to.equal(buttons(el)[i].id);
      expect(buttons(el)[i].getAttribute('aria-controls')).to.equal(r.id);
    });
  });

  it('keyboard: Enter and Space open and close; Down, Up, Home and End move between the titles', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><button>before</button><hqc-accordion .block=${block}></hqc-accordion></div>`);
    const el = wrap.querySelector('hqc-accordion')!;
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons(el)[0].getAttribute('aria-expanded')).to.equal('true');
    expect(regions(el)[0].hidden).to.be.false;
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(buttons(el)[1]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // Several sections may be open at once.
    expect(buttons(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'false']);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(buttons(el)[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()).to.equal(buttons(el)[2]);
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(regions(el)[0].hidden).to.be.true;
  });

  it('is accessible closed and open', async () => {
    const el = await fixture<HqcAccordion>(html`<hqc-accordion .block=${block}></hqc-accordion>`);
    await expect(el).to.be.accessible();
    el.open = new Set([0, 2]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('when printed, every section is open', async () => {
    const el = await fixture<HqcAccordion>(html`<hqc-accordion .block=${block}></hqc-accordion>`);
    const sheet = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(sheet).to.match(/@media print[^]*\.panel\[hidden\][^]*display: block !important/);
  });

  it('a screen reader hears each title as a collapsed button in a heading, then "expanded" and the section once opened', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><hqc-accordion-light .block=${block}></hqc-accordion-light></div>`);
    const el = wrap.querySelector('hqc-accordion-light') as HqcAccordion;
    await virtual.start({ container: wrap });
    try {
      await virtual.next();
      await virtual.next();
      const first = await virtual.spokenPhraseLog();
      expect(first).to.include('heading, 1. Culture and values, level 2');
      expect(first.some((p) => p.startsWith('button, 1. Culture and values') && p.includes('not expanded'))).to.be.true;
      // Back on the button (the cursor read on to the end of the heading), activate it, read on.
      await virtual.previous();
      await virtual.clearSpokenPhraseLog();
      await virtual.act();
      await el.updateComplete;
      await virtual.next();
      await virtual.next();
      const after = await virtual.spokenPhraseLog();
      expect(after).to.include('region, 1. Culture and values');
      expect(el.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      await virtual.stop();
    }
  });

  describe('view-all', () => {
    const viewAll: PanelsBlock = { ...block, viewAll: true };
    const status = (el: HqcAccordion) => el.shadowRoot!.querySelector('[role=status]');

    it('reports each section opened (not closed), says what is left, and marks opened sections', async () => {
      const seen: number[] = [];
      const wrap = await fixture<HTMLElement>(html`<div @hqc-panel-seen=${(e: CustomEvent<{ index: number }>) => seen.push(e.detail.index)}><hqc-accordion .block=${viewAll}></hqc-accordion></div>`);
      const el = wrap.querySelector('hqc-accordion')!;
      expect(seen, 'nothing is open on arrival').to.deep.equal([]);
      expect(status(el)!.textContent!.trim()).to.equal('Opened 0 of 3 sections. Still to open: 1. Culture and values, 2. Rewards and recognition, 3. Structure and networks.');
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen, 'closing reports nothing').to.deep.equal([0]);
      // Closed again, it stays opened once.
      expect(buttons(el).map((b) => !!b.querySelector('.seen-mark'))).to.deep.equal([true, false, false]);
      expect(status(el)!.textContent!.trim()).to.equal('Opened 1 of 3 sections. Still to open: 2. Rewards and recognition, 3. Structure and networks.');
      // Sections opened on an earlier visit come from the flow.
      el.seen = 0b100;
      await el.updateComplete;
      expect(buttons(el).map((b) => !!b.querySelector('.seen-mark'))).to.deep.equal([true, false, true]);
      expect(status(el)!.textContent!.trim()).to.equal('Opened 2 of 3 sections. Still to open: 2. Rewards and recognition.');
      await expect(el).to.be.accessible();
    });

    it('showPanel opens a section and moves focus to its button (the unit\'s "still to open" links)', async () => {
      const el = await fixture<HqcAccordion>(html`<hqc-accordion .block=${viewAll}></hqc-accordion>`);
      await el.showPanel(2);
      expect(regions(el).map((r) => r.hidden)).to.deep.equal([true, true, false]);
      expect(deepActiveElement()).to.equal(buttons(el)[2]);
    });

    it('a screen reader hears, politely, what is left once a section opens', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><hqc-accordion-light .block=${viewAll}></hqc-accordion-light></div>`);
      const el = wrap.querySelector('hqc-accordion-light') as HqcAccordion;
      await virtual.start({ container: wrap });
      try {
        el.querySelector<HTMLButtonElement>('button')!.focus();
        await virtual.clearSpokenPhraseLog();
        await virtual.press('Enter');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect((await virtual.spokenPhraseLog()).join(' | ')).to.contain('Opened 1 of 3 sections. Still to open: 2. Rewards and recognition, 3. Structure and networks.');
      } finally {
        await virtual.stop();
      }
    });
  });
});

/** The same element in the light DOM, for the virtual screen reader (it does not enter shadow roots). */
class HqcAccordionLight extends HqcAccordionElement {
  createRenderRoot() {
    return this;
  }
}
customElements.define('hqc-accordion-light', HqcAccordionLight);
