// A learner in Chromium, for the end-to-end tests: opens the built zip in the test LMS and
// finds every control by its role and accessible name, as a screen-reader user would.
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { interactions, pageBlocks } from '../../src/flow/progress';
import { isInteractive } from '../../src/course/types';
import type { Lesson } from '../../src/course/types';
import type { Standard } from '../../src/lms/standard';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium.mjs';
import { realCourse, ROOT } from '../helpers/content';
import { startLmsServer, type LmsServer } from './lms-server';

export const course = realCourse();
export const ZIPS: Record<Standard, string> = {
  '1.2': join(ROOT, 'dist/connections-scorm12.zip'),
  '2004': join(ROOT, 'dist/connections-scorm2004.zip'),
};

export interface Rig {
  browser: Browser;
  servers: Record<Standard, LmsServer>;
  close(): Promise<void>;
}

/** One Chromium and one loopback LMS per standard, for a test file. */
export async function startRig(): Promise<Rig> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const servers = { '1.2': await startLmsServer(ZIPS['1.2']), '2004': await startLmsServer(ZIPS['2004']) };
  return {
    browser,
    servers,
    async close() {
      await browser.close();
      await servers['1.2'].close();
      await servers['2004'].close();
    },
  };
}

export interface Session {
  context: BrowserContext;
  page: Page;
  unit: FrameLocator;
  problems: string[];
  requests: string[];
}

export interface OpenOptions {
  context?: BrowserContext;
  /** Extra query for the LMS page: faults=..., noapi=1, width=..., height=... */
  query?: string;
  viewport?: { width: number; height: number };
  bypassCSP?: boolean;
  /** What the LMS already holds for this learner (its CMI JSON), as if from an earlier visit. */
  lmsData?: Record<string, unknown>;
}

export async function open(rig: Rig, standard: Standard, opts: OpenOptions = {}): Promise<Session> {
  const server = rig.servers[standard];
  const context = opts.context ?? (await rig.browser.newContext({ viewport: opts.viewport ?? { width: 1000, height: 700 }, bypassCSP: opts.bypassCSP }));
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
  if (opts.lmsData) {
    await page.goto(`${server.url}/blank`); // any page of the LMS origin
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`hqc-preview-lms:${standard}`, JSON.stringify(opts.lmsData)]);
  }
  await page.goto(`${server.url}/lms.html?standard=${standard}${opts.query ?? ''}`);
  const unit = page.frameLocator('iframe[title="Course content"]');
  await unit.getByRole('heading', { level: 1 }).first().waitFor();
  return { context, page, unit, problems, requests };
}

/** The CMI data the LMS holds (scorm-again's JSON). */
export async function cmi(s: Session): Promise<Record<string, any>> {
  return s.page.evaluate(() => (window as any).lms.cmi());
}

export async function currentTitle(s: Session): Promise<string> {
  return ((await s.unit.getByRole('heading', { level: 1 }).first().textContent()) ?? '').trim();
}

/** The page of the lesson on screen (0 first) and how many it has, from "Page 2 of 4." under the title. */
export async function currentPage(s: Session): Promise<{ page: number; pages: number }> {
  const about = s.unit.locator('#step-about');
  if ((await about.count()) === 0) return { page: 0, pages: 1 };
  const m = /^Page (\d+) of (\d+)\./.exec(((await about.first().textContent()) ?? '').trim());
  return m ? { page: Number(m[1]) - 1, pages: Number(m[2]) } : { page: 0, pages: 1 };
}

/** Where the learner is: the step's title and, in a lesson with pages, the page. */
export async function currentPlace(s: Session): Promise<string> {
  const { page, pages } = await currentPage(s);
  return pages > 1 ? `${await currentTitle(s)} (page ${page + 1})` : currentTitle(s);
}

/** The questions, prompts and actions on one page of a lesson. */
export function questionsOn(lesson: Lesson, page: number) {
  return pageBlocks(lesson, page).filter(isInteractive);
}

export function lessonTitled(title: string): Lesson | undefined {
  return course.lessons.find((l) => l.title === title);
}

export interface PlayOptions {
  allYes?: boolean;
  text?: string;
  /** Stop when this lesson id is reached, at its first page with a question (before answering it), or its last page. */
  stopAt?: string;
  /** Called on every step before it is answered. */
  onStep?: (title: string) => Promise<void>;
}

/** Answers the page of the lesson on screen as a learner would: by role and name only. */
export async function answer(s: Session, lesson: Lesson, allYes: boolean, text: string) {
  const { page } = await currentPage(s);
  await openEveryPanel(s, lesson, page);
  for (const b of questionsOn(lesson, page)) {
    if (b.type === 'yes-no') {
      const value = allYes || b.id !== interactions(lesson)[0].id ? 'Yes' : 'No';
      await s.unit.getByRole('group', { name: b.text }).getByRole('radio', { name: value, exact: true }).check();
    } else if (b.type === 'choice') {
      const option = b.options.find((o) => o.correct) ?? b.options[0];
      await s.unit.getByRole('group', { name: b.text }).getByRole('radio', { name: option.text }).check();
      // The feedback for that choice appears.
      await waitUntil(async () => (await s.unit.getByText(firstWords(option.feedback)).count()) > 0, `feedback for ${option.id}`);
    } else if (b.type === 'reflection') {
      await s.unit.getByRole('textbox', { name: b.label }).fill(text.slice(0, b.maxLength));
    } else if (b.type === 'challenge') {
      await s.unit.getByRole('checkbox', { name: `Add week ${b.week} to my plan` }).check();
    }
  }
}

/** Opens each tab and accordion section that a `view-all` block on the page asks the learner to open. */
export async function openEveryPanel(s: Pick<Session, 'unit'>, lesson: Lesson, page: number) {
  const blocks = pageBlocks(lesson, page).filter((b) => b.type === 'panels' && b.viewAll);
  for (const b of blocks) {
    if (b.type !== 'panels') continue;
    const nth = pageBlocks(lesson, page).filter((o) => o.type === 'panels' && o.style === b.style).indexOf(b);
    const element = s.unit.locator(b.style === 'tabs' ? 'hqc-tabs' : 'hqc-accordion').nth(nth);
    const controls = b.style === 'tabs' ? element.getByRole('tab') : element.locator('button[aria-expanded="false"]');
    const count = await controls.count();
    if (b.style === 'tabs') for (let i = 0; i < count; i++) await controls.nth(i).click();
    else for (let i = 0; i < count; i++) await controls.first().click();
    await waitUntil(async () => (await element.getByText(/^All \d+ (tabs|sections) opened\.$/).count()) === 1, `every panel of ${lesson.id} opened`);
  }
}

/**
 * Polls until `check` holds (5 s at most). Plain code rather than a test framework's matcher,
 * so that `npm run bench` drives the same learner outside vitest.
 */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The first words of some HTML, as text to look for on the page. */
export function firstWords(html: string, n = 6): string {
  return html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, ' ').trim().split(/\s+/).slice(0, n).join(' ');
}

/** The name of the button that moves on from this lesson (before its last page: "Continue"). */
export function primaryName(lesson: Lesson, allYes: boolean, lastPage = true): string {
  if (!lastPage) return 'Continue';
  if (lesson.kind === 'path') return allYes ? 'Scan the summary and finish' : 'Continue';
  if (lesson.kind === 'quick-scan') return 'Finish the quick scan';
  if (lesson.kind === 'closing') return 'Finish the unit';
  return 'Continue';
}

async function primaryAction(s: Session, lesson: Lesson, allYes: boolean) {
  const before = await currentPlace(s);
  const { page, pages } = await currentPage(s);
  await s.unit.getByRole('button', { name: primaryName(lesson, allYes, page === pages - 1), exact: true }).click();
  await waitUntil(async () => (await currentPlace(s)) !== before, `a new step or page after "${before}"`);
}

/** Answers each page of the lesson on screen and moves on, until the next step opens. */
export async function finishLesson(s: Pick<Session, 'unit'>, lesson: Lesson, allYes: boolean, text: string) {
  const title = await currentTitle(s as Session);
  for (let i = 0; i < 20 && (await currentTitle(s as Session)) === title; i++) {
    await answer(s as Session, lesson, allYes, text);
    await primaryAction(s as Session, lesson, allYes);
  }
}

/** Plays from wherever the learner is until the completion screen, or until `stopAt`. */
export async function play(s: Session, opts: PlayOptions = {}) {
  for (let i = 0; i < 120; i++) {
    const title = await currentTitle(s);
    await opts.onStep?.(title);
    if (title === 'Unit complete') return;
    const lesson = lessonTitled(title);
    if (!lesson) throw new Error(`unknown step "${title}"`);
    if (lesson.id === opts.stopAt) {
      const { page, pages } = await currentPage(s);
      if (questionsOn(lesson, page).length || page === pages - 1 || interactions(lesson).length === 0) return;
    }
    await answer(s, lesson, opts.allYes ?? false, opts.text ?? 'I will ask what drew them to their work.');
    await primaryAction(s, lesson, opts.allYes ?? false);
  }
  throw new Error('the journey did not end');
}
