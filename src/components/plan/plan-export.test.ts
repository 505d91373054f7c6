import { expect } from '@open-wc/testing';
import { course, describe, it } from '../test-fixtures';
import { escapeText, foldLine, planCalendar, planMarkdown } from './plan-export';

const answers = {
  'sa-attention': 'no',
  'scn-markers': 'scn-markers-all',
  'scn-notes': 'Ask Sam about the pilot.\nThen follow up, briefly.',
  'week-19': 'adopted',
  'week-18': 'adopted',
};
const now = new Date(Date.UTC(2025, 0, 2, 9, 30, 15));

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const eventsOf = (ics: string) => unfold(ics).split('BEGIN:VEVENT').slice(1);
const field = (event: string, name: string) => event.split('\r\n').find((l) => l.startsWith(name))!;

describe('planMarkdown', () => {
  it('holds the learner’s notes under their labels and the adopted actions in week order', () => {
    const md = planMarkdown(course, answers);
    expect(md).to.contain('# My plan: Test Connections');
    expect(md).to.contain('### My next steps\n\nAsk Sam about the pilot.\nThen follow up, briefly.\n');
    const w18 = md.indexOf('- [ ] Week 18: Create list of targeted, open-ended questions');
    const w19 = md.indexOf('- [ ] Week 19: Listen; do not prepare a reply');
    expect(w18).to.be.greaterThan(-1);
    expect(w19).to.be.greaterThan(w18);
    expect(md).to.contain('Determining Direction');
  });

  it('leaves out the self-assessment and choices, and says when nothing is there yet', () => {
    const md = planMarkdown(course, { 'sa-attention': 'no', 'scn-markers': 'scn-markers-all' });
    expect(md).not.to.contain('undivided');
    expect(md).not.to.contain('scn-markers');
    expect(md).to.contain('Nothing written yet.');
    expect(md).to.contain('No actions adopted yet.');
  });
});

describe('planCalendar', () => {
  const ics = planCalendar(course, answers, '2025-01-06', now);

  it('is a VCALENDAR with CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.be.true;
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('has one all-day event per adopted action, each a week after the one before', () => {
    const events = eventsOf(ics);
    expect(events).to.have.length(2);
    expect(field(events[0], 'DTSTART')).to.equal('DTSTART;VALUE=DATE:20250106');
    expect(field(events[0], 'DTEND')).to.equal('DTEND;VALUE=DATE:20250107');
    expect(field(events[1], 'DTSTART')).to.equal('DTSTART;VALUE=DATE:20250113');
  });

  it('gives each event a unique UID and the DTSTAMP in UTC', () => {
    const events = eventsOf(ics);
    const uids = events.map((e) => field(e, 'UID:'));
    expect(new Set(uids).size).to.equal(2);
    expect(uids[0]).to.match(/^UID:week-18-20250106@test-unit$/);
    for (const e of events) expect(field(e, 'DTSTAMP:')).to.equal('DTSTAMP:20250102T093015Z');
  });

  it('escapes commas and semicolons in SUMMARY', () => {
    const events = eventsOf(ics);
    expect(field(events[0], 'SUMMARY:')).to.equal('SUMMARY:Week 18: Create list of targeted\\, open-ended questions');
    expect(field(events[1], 'SUMMARY:')).to.equal('SUMMARY:Week 19: Listen\\; do not prepare a reply');
  });

  it('folds lines longer than 75 octets', () => {
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);
    expect(lines.some((l) => l.startsWith(' ')), 'the long DESCRIPTION is folded').to.be.true;
  });

  it('crosses month ends and daylight-saving changes by whole days', () => {
    const late = eventsOf(planCalendar(course, answers, '2025-03-27', now));
    expect(field(late[1], 'DTSTART')).to.equal('DTSTART;VALUE=DATE:20250403');
  });

  it('counts weeks from the first adopted week, keeping gaps', () => {
    const only19 = eventsOf(planCalendar(course, { 'week-19': 'adopted' }, '2025-01-06', now));
    expect(only19).to.have.length(1);
    expect(field(only19[0], 'DTSTART')).to.equal('DTSTART;VALUE=DATE:20250106');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => planCalendar(course, answers, '06/01/2025', now)).to.throw(RangeError);
    expect(() => planCalendar(course, answers, '2025-02-30', now)).to.throw(RangeError);
  });
});

describe('iCalendar text helpers', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).to.be.greaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).to.be.at.most(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).to.be.true;
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).to.equal(line);
    expect(foldLine('SHORT:line')).to.equal('SHORT:line');
  });
});
