// End-to-end: the built zips, unpacked and served as an LMS serves them, played in headless
// Chromium inside a 500 px LMS frame with scorm-again as the LMS. The learner finds every
// control by its role and accessible name, as a screen-reader user would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE } from '../../src/flow/machine';
import { interactions } from '../../src/flow/progress';
import { answer, cmi, course, currentTitle, open as openIn, play, startRig, type Rig } from './learner';
import type { Standard } from '../../src/lms/standard';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const open = (standard: Standard, opts?: Parameters<typeof openIn>[2]) => openIn(rig, standard, opts);


describe.each(['1.2', '2004'] as const)('SCORM %s zip in an LMS frame', (standard) => {
  it('full path (a "No" answer): completion, interactions and bookmark reach the LMS; nothing loads from elsewhere', async () => {
    const s = await open(standard);
    await play(s);
    expect(await currentTitle(s)).toBe('Unit complete');
    const data = await cmi(s);
    if (standard === '1.2') {
      expect(data.core.lesson_status).toBe('completed');
      expect(data.core.lesson_location).toBe(COMPLETE);
      expect(Object.values(data.interactions).map((i: any) => i.student_response).slice(0, 6)).toEqual(['f', 't', 't', 't', 't', 't']);
    } else {
      expect(data.completion_status).toBe('completed');
      expect(data.progress_measure).toBe('1');
      expect(Object.values(data.interactions).map((i: any) => i.learner_response).slice(0, 6)).toEqual(['false', 'true', 'true', 'true', 'true', 'true']);
    }
    expect(s.requests.length).toBeGreaterThan(0);
    for (const url of s.requests) expect(url.startsWith(`${rig.servers[standard].url}/sco/`), url).toBe(true);
    expect(s.problems).toEqual([]);
    await s.context.close();
  }, 120_000);

  it('quick path (six "Yes"): a quick scan, then finished and pointed to the next unit', async () => {
    const s = await open(standard);
    await play(s, { allYes: true });
    expect(await currentTitle(s)).toBe('Unit complete');
    await expect.poll(() => s.unit.getByText(course.nextUnit.title).count()).toBeGreaterThan(0);
    const data = await cmi(s);
    expect(standard === '1.2' ? data.core.lesson_status : data.completion_status).toBe('completed');
    expect(s.problems).toEqual([]);
    await s.context.close();
  }, 120_000);

  it('a tab closed mid-scenario and launched again resumes at the same step with the answers kept', async () => {
    const first = await open(standard);
    await play(first, { stopAt: 'scenario-temp' });
    const temp = course.lessons.find((l) => l.id === 'scenario-temp')!;
    const q = interactions(temp)[0];
    if (q.type !== 'choice') throw new Error('scenario starts with a choice');
    await first.unit.getByRole('group', { name: q.text }).getByRole('radio', { name: q.options[1].text }).check();
    // Hidden, then closed: the unit commits on visibilitychange.
    await first.page.close({ runBeforeUnload: true });
    const again = await open(standard, { context: first.context });
    expect(await currentTitle(again)).toBe(temp.title);
    await expect(again.unit.getByRole('group', { name: q.text }).getByRole('radio', { name: q.options[1].text }).isChecked()).resolves.toBe(true);
    expect(again.problems).toEqual([]);
    await first.context.close();
  }, 120_000);
});

describe('writing is never lost', () => {
  it('text typed just before the tab is closed is there on relaunch', async () => {
    const first = await open('1.2');
    await play(first, { stopAt: 'developing-connections' });
    const activity = course.lessons.find((l) => l.id === 'developing-connections')!;
    const box = interactions(activity).find((b) => b.type === 'reflection')!;
    if (box.type !== 'reflection') throw new Error('the activity has a reflection');
    await first.unit.getByRole('textbox', { name: box.label }).pressSequentially('What drew you to this work?', { delay: 5 });
    await first.page.close({ runBeforeUnload: true });
    const again = await open('1.2', { context: first.context });
    expect(await again.unit.getByRole('textbox', { name: box.label }).inputValue()).toBe('What drew you to this work?');
    await first.context.close();
  }, 120_000);

  it('after completion, a relaunch still has the plan (the attempt is suspended, not ended)', async () => {
    const first = await open('2004');
    await play(first, { text: 'Notes to keep.' });
    expect((await cmi(first)).exit).toBe('suspend');
    await first.page.close({ runBeforeUnload: true });
    const again = await open('2004', { context: first.context });
    expect(await currentTitle(again)).toBe('Unit complete');
    await again.unit.getByRole('button', { name: 'See my plan' }).click();
    await expect.poll(() => again.unit.getByText('Notes to keep.').count()).toBeGreaterThan(0);
    await first.context.close();
  }, 120_000);
});

describe('optional lessons', () => {
  it('can be skipped from the top, without scrolling through them', async () => {
    const s = await open('1.2');
    const leaders = course.lessons.find((l) => l.optional)!;
    await play(s, { stopAt: leaders.id });
    const next = course.lessons[course.lessons.indexOf(leaders) + 1];
    await s.unit.getByRole('button', { name: 'Skip this optional lesson' }).click();
    await expect.poll(() => currentTitle(s)).toBe(next.title);
    await s.context.close();
  }, 120_000);
});

describe('learner text is text', () => {
  it('HTML and script typed into a reflection are shown as typed and never run', async () => {
    const s = await open('1.2');
    const payload = '<img src=x onerror="window.parent.pwned=1"><script>window.parent.pwned=2</script>';
    await play(s, { stopAt: 'developing-connections' });
    const activity = course.lessons.find((l) => l.id === 'developing-connections')!;
    await answer(s, activity, false, payload);
    await s.unit.getByRole('button', { name: 'My plan' }).click();
    await expect.poll(() => s.unit.getByText(payload.slice(0, 30)).count()).toBeGreaterThan(0);
    expect(await s.page.evaluate(() => (window as any).pwned)).toBeUndefined();
    await s.context.close();
  }, 120_000);
});
