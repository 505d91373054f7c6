// The fault runs in Chromium, on the built zip: what the learner sees when the LMS is
// missing or failing, and that their work survives it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeSuspendData } from '../../src/lms/suspendData';
import { answer, cmi, course, currentTitle, open, play, startRig, type Rig } from './learner';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const faults = (f: object) => `&faults=${encodeURIComponent(JSON.stringify(f))}`;

describe('faults, played in Chromium on the SCORM 1.2 zip', () => {
  it('no LMS: the learner is told, and progress survives a reload from this browser', async () => {
    const s = await open(rig, '1.2', { query: '&noapi=1' });
    await expect.poll(() => s.unit.getByText(/No learning system \(LMS\) was found/).count()).toBe(1);
    await expect.poll(() => s.unit.getByText('Saved in this browser only (no LMS connection)').count()).toBe(1);
    await play(s, { stopAt: 'scenario-temp' });
    await s.page.reload();
    await s.unit.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await currentTitle(s)).toBe(course.lessons.find((l) => l.id === 'scenario-temp')!.title);
    expect(s.problems).toEqual([]);
    await s.context.close();
  }, 120_000);

  it('Initialize refused: the learner is told, and keeps working', async () => {
    const s = await open(rig, '1.2', { query: faults({ initFails: true }) });
    await expect.poll(() => s.unit.getByText(/did not start a session/).count()).toBe(1);
    await play(s, { stopAt: 'introduction' });
    expect(await currentTitle(s)).toBe(course.lessons.find((l) => l.id === 'introduction')!.title);
    await s.context.close();
  }, 120_000);

  it('commits failing 3 times: "not saved, retrying" is shown, then "All changes saved", and the LMS has it all', async () => {
    const s = await open(rig, '1.2', { query: faults({ commitFailures: 3 }) });
    await expect.poll(() => s.unit.getByText(/Not saved yet: the LMS did not respond/).count()).toBe(1);
    await play(s, { stopAt: 'learning-outcome' });
    await expect.poll(() => s.unit.getByText('All changes saved').count(), { timeout: 15000 }).toBe(1);
    const data = await cmi(s);
    expect(data.core.lesson_location).toBe('learning-outcome');
    const calls = await s.page.evaluate(() => (window as any).lmsCalls.filter((c: any) => c.call === 'LMSCommit').map((c: any) => c.result));
    expect(calls.slice(0, 3)).toEqual(['false', 'false', 'false']);
    expect(calls).toContain('true');
    await s.context.close();
  }, 120_000);

  it('an LMS that throws: no error reaches the page, the status says it is retrying', async () => {
    const s = await open(rig, '1.2', { query: faults({ throws: true }) });
    await play(s, { stopAt: 'introduction' });
    await expect.poll(() => s.unit.getByText(/Not saved yet: the LMS did not respond/).count()).toBe(1);
    expect(s.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await s.context.close();
  }, 120_000);

  it('an LMS that refuses long suspend_data: the learner is told, and the plan still holds their text', async () => {
    const s = await open(rig, '1.2', { query: faults({ suspendLimit: 300 }) });
    const text = 'What I noticed when I listened without preparing my reply. '.repeat(12);
    await play(s, { stopAt: 'developing-connections' });
    const activity = course.lessons.find((l) => l.id === 'developing-connections')!;
    await answer(s, activity, false, text);
    await s.unit.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect.poll(() => s.unit.getByText(/the LMS keeps only part of your notes/).count()).toBeGreaterThan(0);
    await s.unit.getByRole('button', { name: 'My plan', exact: true }).click();
    await expect.poll(() => s.unit.getByText(text.slice(0, 40)).count()).toBeGreaterThan(0);
    await s.context.close();
  }, 120_000);

  it('corrupted suspend_data: the unit starts afresh and says why', async () => {
    const first = await open(rig, '1.2', { lmsData: { suspend_data: 'H1:not-lz-string', core: { exit: 'suspend', lesson_status: 'incomplete' } } });
    await expect.poll(() => first.unit.getByText(/could not be read/).count()).toBe(1);
    expect(await currentTitle(first)).toBe(course.lessons[0].title);
    await first.context.close();
  }, 120_000);

  it('suspend_data from an older version of the content: kept by id, the rest dropped, the learner told', async () => {
    const old = { v: 1, s: 'retired-lesson', p: 'f', a: { 'sa-have-hqc': 'no', 'retired-question': 'yes' }, n: ['is-this-for-you'] };
    const first = await open(rig, '2004', { lmsData: { suspend_data: encodeSuspendData({ seq: 3, data: old }), exit: 'suspend', completion_status: 'incomplete' } });
    await expect.poll(() => first.unit.getByText(/has been updated since your last visit/).count()).toBe(1);
    const q = course.lessons[0].blocks.find((b) => b.type === 'yes-no')!;
    if (q.type !== 'yes-no') throw new Error('first block is a yes/no question');
    expect(await first.unit.getByRole('group', { name: q.text }).getByRole('radio', { name: 'No', exact: true }).isChecked()).toBe(true);
    await first.context.close();
  }, 120_000);
});
