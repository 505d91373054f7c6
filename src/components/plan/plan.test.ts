import { expect, fixture, html } from '@open-wc/testing';
import { course, describe, it } from '../test-fixtures';
import type HqcPlan from './plan';
import { nextMonday } from './plan';
import './plan';

interface Download {
  fileName: string;
  type: string;
  content: string;
}

async function plan(answers: Record<string, string>) {
  const el = await fixture<HqcPlan>(html`<hqc-plan .course=${course} .answers=${answers}></hqc-plan>`);
  const downloads: Download[] = [];
  el.download = (fileName, type, content) => downloads.push({ fileName, type, content });
  return { el, downloads };
}

const button = (el: HqcPlan, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;

describe('hqc-plan', () => {
  it('shows each note under its label, as text (never as HTML)', async () => {
    const { el } = await plan({ 'scn-notes': '<img src=x onerror=alert(1)>\nSecond line' });
    const notes = el.shadowRoot!.querySelector('[part=notes]')!;
    expect(notes.querySelector('h3')!.textContent).to.equal('My next steps');
    expect(notes.querySelector('.note')!.textContent).to.equal('<img src=x onerror=alert(1)>\nSecond line');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('lists adopted actions by week, and not the others', async () => {
    const { el } = await plan({ 'week-19': 'adopted', 'week-18': '' });
    const items = [...el.shadowRoot!.querySelectorAll('[part=actions] li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['Week 19: Listen; do not prepare a reply']);
  });

  it('says so when nothing is written or adopted yet, and offers no calendar', async () => {
    const { el } = await plan({});
    expect(el.shadowRoot!.textContent).to.contain('Nothing written yet.');
    expect(el.shadowRoot!.textContent).to.contain('No actions adopted yet.');
    expect(el.shadowRoot!.querySelector('input[type=date]')).to.be.null;
  });

  it('downloads the plan as my-connections-plan.md', async () => {
    const { el, downloads } = await plan({ 'scn-notes': 'Ask Sam.', 'week-18': 'adopted' });
    button(el, 'Download my plan').click();
    expect(downloads).to.have.length(1);
    expect(downloads[0].fileName).to.equal('my-connections-plan.md');
    expect(downloads[0].type).to.match(/^text\/markdown/);
    expect(downloads[0].content).to.contain('Ask Sam.');
    expect(downloads[0].content).to.contain('Week 18');
  });

  it('downloads an .ics from the start date the learner picks in a labelled date field', async () => {
    const { el, downloads } = await plan({ 'week-18': 'adopted', 'week-19': 'adopted' });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
    expect(input.labels![0].textContent).to.equal('Start date for week 18');
    input.value = '2025-01-06';
    input.dispatchEvent(new Event('change'));
    button(el, 'Download calendar file (.ics)').click();
    expect(downloads).to.have.length(1);
    expect(downloads[0].fileName).to.equal('my-connections-plan.ics');
    expect(downloads[0].type).to.match(/^text\/calendar/);
    expect(downloads[0].content).to.contain('DTSTART;VALUE=DATE:20250106');
    expect(downloads[0].content).to.contain('DTSTART;VALUE=DATE:20250113');
  });

  it('asks for a date instead of downloading when the field is empty', async () => {
    const { el, downloads } = await plan({ 'week-18': 'adopted' });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=date]')!;
    input.value = '';
    button(el, 'Download calendar file (.ics)').click();
    await el.updateComplete;
    expect(downloads).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Choose the date');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(input);
  });

  it('starts the calendar on the coming Monday by default', () => {
    expect(nextMonday(new Date(2025, 0, 1))).to.equal('2025-01-06'); // a Wednesday
    expect(nextMonday(new Date(2025, 0, 6))).to.equal('2025-01-13'); // a Monday: the next one
    expect(nextMonday(new Date(2025, 0, 5))).to.equal('2025-01-06'); // a Sunday
  });

  it('is accessible', async () => {
    const { el } = await plan({ 'scn-notes': 'Ask Sam.', 'week-18': 'adopted' });
    await expect(el).to.be.accessible();
  });
});
