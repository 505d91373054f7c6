import { expect, fixture, html } from '@open-wc/testing';
import type { SaveStatus, SaveStatusKind } from '../../flow/save-status';
import type HqcSaveStatus from './save-status';
import './save-status';
import { describe, it } from '../test-fixtures';

const status = (kind: SaveStatusKind): SaveStatus => ({ kind, savedAt: null, attempt: 0, detail: '' });
const region = (el: HqcSaveStatus) => el.shadowRoot!.querySelector('[role=status]')!;

describe('hqc-save-status', () => {
  const expected: [SaveStatusKind, string][] = [
    ['saved', 'All changes saved'],
    ['unsaved', 'Changes not saved yet'],
    ['saving', 'Saving…'],
    ['retrying', 'Not saved yet: the LMS did not respond. Your work is kept in this browser and we are retrying.'],
    ['local', 'Saved in this browser only (no LMS connection)'],
    ['not-kept', 'Not saved: there is no LMS connection and this browser refuses to store your work. Download your plan to keep a copy.'],
    ['too-long', 'Saved, but the LMS keeps only part of your notes: it has a shortened copy. The full text is in this browser and in your plan download.'],
    ['other-tab', 'Not saved here: this unit is open in another tab or window, which saves your work. Continue there, or reload this page to continue here.'],
  ];
  for (const [kind, text] of expected) {
    it(`says "${text}" for ${kind}, inside a role=status region`, async () => {
      const el = await fixture<HqcSaveStatus>(html`<hqc-save-status .status=${status(kind)}></hqc-save-status>`);
      expect(region(el).querySelector('.text')!.textContent).to.equal(text);
      expect(region(el).querySelector('.icon')!.getAttribute('aria-hidden')).to.equal('true');
    });
  }

  it('never claims a browser copy that was not written', async () => {
    const el = await fixture<HqcSaveStatus>(html`<hqc-save-status .status=${{ ...status('retrying'), keptInBrowser: false }}></hqc-save-status>`);
    const text = region(el).querySelector('.text')!.textContent!;
    expect(text).to.contain('this browser cannot keep a copy');
    expect(text).not.to.contain('kept in this browser');
  });

  it('keeps an empty status region when there is no status yet', async () => {
    const el = await fixture<HqcSaveStatus>(html`<hqc-save-status></hqc-save-status>`);
    expect(region(el)).to.exist;
    expect(region(el).textContent!.trim()).to.equal('');
  });

  it('reads out problems and their recovery, but not the routine save after each answer', async () => {
    const el = await fixture<HqcSaveStatus>(html`<hqc-save-status .status=${status('saved')}></hqc-save-status>`);
    const live = () => region(el).getAttribute('aria-live');
    for (const [kind, expectedLive] of [
      ['unsaved', 'off'],
      ['saving', 'off'],
      ['saved', 'off'],
      ['retrying', 'polite'],
      ['saving', 'off'],
      ['saved', 'polite'],
      ['saved', 'off'],
      ['local', 'polite'],
      ['too-long', 'polite'],
      ['other-tab', 'polite'],
      ['not-kept', 'polite'],
    ] as [SaveStatusKind, string][]) {
      el.status = status(kind);
      await el.updateComplete;
      expect(live(), kind).to.equal(expectedLive);
    }
  });

  it('is accessible', async () => {
    const el = await fixture<HqcSaveStatus>(html`<hqc-save-status .status=${status('retrying')}></hqc-save-status>`);
    await expect(el).to.be.accessible();
  });
});
