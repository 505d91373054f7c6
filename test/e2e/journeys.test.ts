// End-to-end: the built zips, unpacked and served as an LMS serves them, played in headless
// Chromium inside a 500 px LMS frame with scorm-again as the LMS. The learner finds every
// control by its role and accessible name, as a screen-reader user would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { COMPLETE } from '../../src/flow/machine';
import { interactions } from '../../src/flow/progress';
import type { Lesson } from '../../src/course/types';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium.mjs';
import { realCourse, ROOT } from '../helpers/content';
import { startLmsServer, type LmsServer } from './lms-server';

const course = realCourse();
type Standard = '1.2' | '2004';
const ZIPS: Record<Standard, string> = {
  '1.2': join(ROOT, 'dist/connections-scorm12.zip'),
  '2004': join(ROOT, 'dist/connections-scorm2004.zip'),
};

let browser: Browser;
const servers: Partial<Record<Standard, LmsServer>> = {};

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  servers['1.2'] = await startLmsServer(ZIPS['1.2']);
  servers['2004'] = await startLmsServer(ZIPS['2004']);
});

afterAll(async () => {
  await browser?.close();
  await servers['1.2']?.close();
  await servers['2004']?.close();
});

interface Session {
  context: BrowserContext;
  page: Page;
  unit: FrameLocator;
  problems: string[];
  requests: string[];
}

async function open(standard: Standard, opts: { context?: BrowserContext; query?: string } = {}): Promise<Session> {
  const server = servers[standard]!;
  const context = opts.context ?? (await browser.newContext({ viewport: { width: 1000, height: 700 } }));
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (r.frame() !== page.mainFrame()) requests.push(r.url());
  });
  await page.goto(`${server.url}/lms.html?standard=${standard}${opts.query ?? ''}`);
  const unit = page.frameLocator('iframe[title="Course content"]');
  await unit.getByRole('heading', { level: 1 }).first().waitFor();
  return { context, page, unit, problems, requests };
}

async function cmi(s: Session): Promise<Record<string, any>> {
  return s.page.evaluate(() => (window as any).lms.cmi());
}

async function currentTitle(s: Session): Promise<string> {
  return ((await s.unit.getByRole('heading', { level: 1 }).first().textContent()) ?? '').trim();
}

function lessonTitled(title: string): Lesson | undefined {
  return course.lessons.find((l) => l.title === title);
}

/** Answers the current lesson as a learner would: by role and name only. */
async function answer(s: Session, lesson: Lesson, allYes: boolean, text: string) {
  for (const b of interactions(lesson)) {
    if (b.type === 'yes-no') {
      const value = allYes || b.id !== interactions(lesson)[0].id ? 'Yes' : 'No';
      await s.unit.getByRole('group', { name: b.text }).getByRole('radio', { name: value, exact: true }).check();
    } else if (b.type === 'choice') {
      const option = b.options.find((o) => o.correct) ?? b.options[0];
      await s.unit.getByRole('group', { name: b.text }).getByRole('radio', { name: option.text }).check();
      // The feedback for that choice appears.
      await expect.poll(() => s.unit.getByText(plain(option.feedback).slice(0, 40)).count()).toBeGreaterThan(0);
    } else if (b.type === 'reflection') {
      await s.unit.getByRole('textbox', { name: b.label }).fill(text.slice(0, b.maxLength));
    } else if (b.type === 'challenge') {
      await s.unit.getByRole('checkbox', { name: `Add week ${b.week} to my plan` }).check();
    }
  }
}

function plain(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, ' ').split(/\s+/).slice(0, 6).join(' ').replace(/\s.*$/, (m) => m);
}

async function primaryAction(s: Session, lesson: Lesson, allYes: boolean) {
  const name =
    lesson.kind === 'path' ? (allYes ? 'Scan the summary and finish' : 'Continue') : lesson.kind === 'quick-scan' ? `Finish and move on to ${course.nextUnit.title}` : lesson.kind === 'closing' ? 'Finish the unit' : 'Continue';
  const before = await currentTitle(s);
  await s.unit.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => currentTitle(s)).not.toBe(before);
}

/** Plays from wherever the learner is until the completion screen, or until `stopAt`. */
async function play(s: Session, opts: { allYes?: boolean; text?: string; stopAt?: string } = {}) {
  for (let i = 0; i < 30; i++) {
    const title = await currentTitle(s);
    if (title === 'Unit complete') return;
    const lesson = lessonTitled(title);
    if (!lesson) throw new Error(`unknown step "${title}"`);
    if (lesson.id === opts.stopAt) return;
    await answer(s, lesson, opts.allYes ?? false, opts.text ?? 'I will ask what drew them to their work.');
    await primaryAction(s, lesson, opts.allYes ?? false);
  }
  throw new Error('the journey did not end');
}

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
    for (const url of s.requests) expect(url.startsWith(`${servers[standard]!.url}/sco/`), url).toBe(true);
    expect(s.problems).toEqual([]);
    await s.context.close();
  });

  it('quick path (six "Yes"): a quick scan, then finished and pointed to the next unit', async () => {
    const s = await open(standard);
    await play(s, { allYes: true });
    expect(await currentTitle(s)).toBe('Unit complete');
    await expect.poll(() => s.unit.getByText(course.nextUnit.title).count()).toBeGreaterThan(0);
    const data = await cmi(s);
    expect(standard === '1.2' ? data.core.lesson_status : data.completion_status).toBe('completed');
    expect(s.problems).toEqual([]);
    await s.context.close();
  });

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
  });
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
  });
});
