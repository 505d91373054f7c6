import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { UnitNotice } from '../../flow/notices';
import { describe, it } from '../test-fixtures';
import type HqcNotices from './notices';
import './notices';

const notices: UnitNotice[] = [
  { id: 'recovered', kind: 'info', text: 'Work from your last visit was recovered.' },
  { id: 'budget', kind: 'warning', text: 'Your notes are close to the limit.', action: { label: 'Open my plan', event: { type: 'nav.plan' } } },
];
const mount = (list: UnitNotice[] = notices) => fixture<HqcNotices>(html`<hqc-notices .notices=${list}></hqc-notices>`);

describe('hqc-notices', () => {
  it('puts information in a status region and warnings in an alert region', async () => {
    const el = await mount();
    expect(el.querySelector('[role=status]')!.textContent).to.contain('Work from your last visit was recovered.');
    expect(el.querySelector('[role=alert]')!.textContent).to.contain('Your notes are close to the limit.');
  });

  it('has both live regions, empty, before any notice arrives', async () => {
    const el = await mount([]);
    expect(el.querySelector('[role=status]')!.children.length).to.equal(0);
    expect(el.querySelector('[role=alert]')!.children.length).to.equal(0);
  });

  it("an action emits hqc-notice-action, then its flow event", async () => {
    const el = await mount();
    const seen: string[] = [];
    el.addEventListener('hqc-notice-action', (e) => seen.push(`action ${e.detail.id} ${e.detail.event.type}`));
    el.addEventListener('hqc-flow', (e) => seen.push(`flow ${e.detail.type}`));
    setTimeout(() => el.querySelector('button')!.click());
    await oneEvent(el, 'hqc-flow');
    expect(seen).to.deep.equal(['action budget nav.plan', 'flow nav.plan']);
  });

  it('sends no flow event when hqc-notice-action is cancelled', async () => {
    const el = await mount();
    let flow = 0;
    el.addEventListener('hqc-notice-action', (e) => e.preventDefault());
    el.addEventListener('hqc-flow', () => flow++);
    el.querySelector('button')!.click();
    expect(flow).to.equal(0);
  });
});
