import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import type { PanelsBlock } from '../../course/types';
import { deepActiveElement, describe, it } from '../test-fixtures';
import HqcTabsElement from './tabs';

type HqcTabs = HqcTabsElement;

const block: PanelsBlock = {
  type: 'panels',
  style: 'tabs',
  label: 'The three indicators',
  level: 3,
  panels: [
    { title: 'Emotional carrying capacity', html: '<p>Can we show both positive and negative emotions here?</p>' },
    { title: 'Tensility', html: '<p>Can this connection take disagreement?</p>' },
    { title: 'Degree of connectivity', html: '<p>Does it open up possibilities?</p>' },
  ],
};

const tabs = (el: HqcTabs) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tab]')];
const panels = (el: HqcTabs) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tabpanel]')];

describe('hqc-tabs', () => {
  it('renders a named tab list, one panel shown, each panel named by its tab (WAI-ARIA Tabs)', async () => {
    const el = await fixture<HqcTabs>(html`<hqc-tabs .block=${block}></hqc-tabs>`);
    const list = el.shadowRoot!.querySelector('[role=tablist]')!;
    expect(list.getAttribute('aria-label')).to.equal('The three indicators');
    expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    expect(panels(el).map((p) => p.hidden)).to.deep.equal([false, true, true]);
    panels(el).forEach((p, i) => {
      expect(p.getAttribute('aria-labelledby')).to.equal(tabs(el)[i].id);
      expect(tabs(el)[i].getAttribute('aria-controls')).to.equal(p.id);
    });
  });

  it('keyboard: Tab reaches the selected tab, arrows move and show (wrapping), Home and End, Tab goes on into the panel', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><button>before</button><hqc-tabs .block=${block}></hqc-tabs></div>`);
    const el = wrap.querySelector('hqc-tabs')!;
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(tabs(el)[0]);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(tabs(el)[1]);
    expect(panels(el).map((p) => p.hidden)).to.deep.equal([true, false, true]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(tabs(el)[2]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(tabs(el)[0]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.selected).to.equal(2);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(panels(el)[2]);
  });

  it('a click selects a tab', async () => {
    const el = await fixture<HqcTabs>(html`<hqc-tabs .block=${block}></hqc-tabs>`);
    tabs(el)[1].click();
    await el.updateComplete;
    expect(el.selected).to.equal(1);
    expect(tabs(el)[1].getAttribute('aria-selected')).to.equal('true');
  });

  it('is accessible on every tab', async () => {
    const el = await fixture<HqcTabs>(html`<hqc-tabs .block=${block}></hqc-tabs>`);
    for (let i = 0; i < block.panels.length; i++) {
      el.selected = i;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('when printed, every panel shows with its title, and the tab list does not', async () => {
    const el = await fixture<HqcTabs>(html`<hqc-tabs .block=${block}></hqc-tabs>`);
    const sheet = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(sheet).to.match(/@media print[^]*\.panel\[hidden\][^]*display: block !important/);
    expect(sheet).to.match(/@media print[^]*\[role="tablist"\][^]*display: none/);
  });

  it('a screen reader hears the named tab list, each tab with its state and position, and the panel it opens', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><hqc-tabs-light .block=${block}></hqc-tabs-light></div>`);
    const el = wrap.querySelector('hqc-tabs-light') as HqcTabs;
    await virtual.start({ container: wrap });
    try {
      for (let i = 0; i < 6; i++) await virtual.next();
      expect(await virtual.spokenPhraseLog()).to.include.ordered.members([
        'tablist, The three indicators, orientated horizontally',
        'tab, Emotional carrying capacity, selected, 1 control, position 1, set size 3',
        'tab, Tensility, not selected, 1 control, position 2, set size 3',
        'tab, Degree of connectivity, not selected, 1 control, position 3, set size 3',
        'end of tablist, The three indicators, orientated horizontally',
        'tabpanel, Emotional carrying capacity',
      ]);
      await virtual.clearSpokenPhraseLog();
      el.querySelector<HTMLElement>('[role=tab]')!.focus();
      await virtual.press('ArrowRight');
      await el.updateComplete;
      expect((await virtual.spokenPhraseLog()).at(-1)).to.equal('tab, Tensility, selected, 1 control, position 2, set size 3');
    } finally {
      await virtual.stop();
    }
  });

  describe('view-all', () => {
    const viewAll: PanelsBlock = { ...block, viewAll: true };
    const status = (el: HqcTabs) => el.shadowRoot!.querySelector('[role=status]');
    const marks = (el: HqcTabs) => tabs(el).map((t) => !!t.querySelector('.seen-mark'));

    it('reports each tab shown: the first on arrival, then each one selected', async () => {
      const seen: number[] = [];
      const wrap = await fixture<HTMLElement>(html`<div @hqc-panel-seen=${(e: CustomEvent<{ index: number }>) => seen.push(e.detail.index)}><hqc-tabs .block=${viewAll}></hqc-tabs></div>`);
      const el = wrap.querySelector('hqc-tabs')!;
      await el.updateComplete;
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'End' });
      expect(seen).to.deep.equal([0, 1, 2]);
    });

    it('says in words which tabs are opened and which are left, with a check mark on each opened tab', async () => {
      const el = await fixture<HqcTabs>(html`<hqc-tabs .block=${viewAll} .seen=${0b100}></hqc-tabs>`);
      expect(status(el)!.textContent!.trim()).to.equal('Opened 2 of 3 tabs. Still to open: Tensility.');
      expect(marks(el)).to.deep.equal([true, false, true]);
      // The marks are not part of the tabs' names.
      expect(tabs(el).map((t) => t.querySelector('.seen-mark')?.getAttribute('aria-hidden') ?? null)).to.deep.equal(['true', null, 'true']);
      el.seen = 0b111;
      await el.updateComplete;
      expect(status(el)!.textContent!.trim()).to.equal('All 3 tabs opened.');
      await expect(el).to.be.accessible();
    });

    it('without view-all there is no status line and no marks', async () => {
      const el = await fixture<HqcTabs>(html`<hqc-tabs .block=${block} .seen=${0b111}></hqc-tabs>`);
      expect(status(el)).to.be.null;
      expect(marks(el)).to.deep.equal([false, false, false]);
    });

    it('a screen reader hears, politely, what is left as each new tab opens', async () => {
      const wrap = await fixture<HTMLElement>(html`<div><hqc-tabs-light .block=${viewAll}></hqc-tabs-light></div>`);
      const el = wrap.querySelector('hqc-tabs-light') as HqcTabs;
      await virtual.start({ container: wrap });
      try {
        el.querySelector<HTMLElement>('[role=tab]')!.focus();
        await virtual.clearSpokenPhraseLog();
        await virtual.press('ArrowRight');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        const said = await virtual.spokenPhraseLog();
        expect(said).to.include('tab, Tensility, selected, 1 control, position 2, set size 3');
        expect(said.join(' | ')).to.contain('Opened 2 of 3 tabs. Still to open: Degree of connectivity.');
        await virtual.clearSpokenPhraseLog();
        await virtual.press('ArrowRight');
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
        expect((await virtual.spokenPhraseLog()).join(' | ')).to.contain('All 3 tabs opened.');
      } finally {
        await virtual.stop();
      }
    });

    it('when printed, the status line and the marks do not show', async () => {
      const el = await fixture<HqcTabs>(html`<hqc-tabs .block=${viewAll}></hqc-tabs>`);
      const sheet = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
      expect(sheet).to.match(/@media print[^]*\.view-all,\s*\.seen-mark[^]*display: none/);
    });
  });
});

/**
 * The same element rendering into the light DOM: the virtual screen reader reads the
 * accessibility tree of the document and does not enter shadow roots.
 */
class HqcTabsLight extends HqcTabsElement {
  createRenderRoot() {
    return this;
  }
}
customElements.define('hqc-tabs-light', HqcTabsLight);
