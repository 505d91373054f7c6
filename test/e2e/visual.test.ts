// Visual regression: each construct of the built unit, in Chromium, at Moodle's phone frame
// (360 x 640) and a desktop (1280 x 800), compared with the PNGs committed in
// test/e2e/visual-references/, so that a style change cannot silently break a layout.
//
// Tolerance: pixelmatch's per-pixel threshold 0.1 (anti-aliasing noise is ignored) and at most
// MAX_DIFF_RATIO of a screenshot's pixels may differ. The same machine renders identically (0
// differing pixels over 3 runs); a 4 px padding change or a changed colour token fails it.
//
// After an intended style change: `npm run build && npm run test:visual:update`, look at the
// new PNGs (git diff shows them), commit them. A missing reference fails; the screenshot taken
// is left in .cache/visual/ with the diff of a failed comparison.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { createFlowMachine } from '../../src/flow/machine';
import { lessonById, pageBlocks, pageCount, type FlowContext } from '../../src/flow/progress';
import { saveFlow } from '../../src/flow/snapshot';
import { encodeSuspendData } from '../../src/lms/suspendData';
import type { Block } from '../../src/course/types';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium.mjs';
import { ROOT } from '../helpers/content';
import { course, ZIPS } from './learner';
import { startLmsServer, type LmsServer } from './lms-server';

const REFERENCES = join(ROOT, 'test/e2e/visual-references');
const FAILURES = join(ROOT, '.cache/visual');
const UPDATE = process.env.UPDATE_VISUAL === '1';
/** pixelmatch's colour distance (0 to 1) below which two pixels count as the same. */
const THRESHOLD = 0.02;
/** Share of a screenshot's pixels that may differ (0.1%: a 1280 x 800 shot allows 1,024 pixels). */
const MAX_DIFF_RATIO = 0.001;
const VIEWPORTS = [
  { name: '360', width: 360, height: 640 },
  { name: '1280', width: 1280, height: 800 },
] as const;
/** Frame height for screenshots of one element, which may be longer than a screen. */
const TALL = 2400;
/** A fixed seed, so that shuffled options come in the same order on every run. */
const SEED = 7;

let browser: Browser;
let server: LmsServer;
beforeAll(async () => {
  // Font hinting off and sRGB: the same pixels however the machine's display is set up.
  browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars'] });
  server = await startLmsServer(ZIPS['1.2']);
  if (!UPDATE) rmSync(FAILURES, { recursive: true, force: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Viewport = (typeof VIEWPORTS)[number];
interface Shot {
  page: Page;
  frame: Frame;
  close(): Promise<void>;
}

/** The first page of a lesson holding a block that `test` accepts. */
function findPage(test: (b: Block) => boolean): { lesson: string; page: number } | null {
  for (const lesson of course.lessons) {
    for (let page = 0; page < pageCount(lesson); page++) if (pageBlocks(lesson, page).some(test)) return { lesson: lesson.id, page };
  }
  return null;
}

function mustFind(test: (b: Block) => boolean, what: string) {
  const found = findPage(test);
  if (!found) throw new Error(`no ${what} in the content`);
  return found;
}

/**
 * Opens the unit in the test LMS as a returning learner at `step` (a lesson at `page`, or
 * "complete"), the frame the size of the viewport, and waits until the step is drawn.
 */
async function openAt(viewport: Viewport, step: string, opts: { page?: number; answers?: Record<string, string>; query?: string; tall?: boolean } = {}): Promise<Shot> {
  // An element is drawn only where the frame shows it: for element shots the frame is as wide
  // as the viewport (its media queries) but tall enough to hold the whole construct.
  const height = opts.tall ? TALL : viewport.height;
  const context = await browser.newContext({ viewport: { width: viewport.width, height }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const lesson = lessonById(course, step);
  const ctx: FlowContext = {
    path: 'full',
    answers: opts.answers ?? {},
    visited: course.lessons.map((l) => l.id),
    completed: true,
    returnTo: lesson ? step : course.lessons[0].id,
    pages: lesson && opts.page ? { [step]: opts.page } : {},
    seed: SEED,
  };
  if (!opts.query?.includes('noapi')) {
    const snapshot = createFlowMachine(course).resolveState({ value: step, context: ctx });
    const lmsData = { suspend_data: encodeSuspendData({ seq: 1, data: saveFlow(snapshot) }), core: { lesson_location: step, lesson_status: 'completed', exit: 'suspend' } };
    await page.goto(`${server.url}/blank`);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), ['hqc-preview-lms:1.2', JSON.stringify(lmsData)]);
  }
  await page.goto(`${server.url}/lms.html?standard=1.2&width=${viewport.width}&height=${height}${opts.query ?? ''}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('no unit frame');
  const title = lesson?.title ?? (step === 'complete' ? 'Unit complete' : course.lessons[0].title);
  // Drawn: the title is there, no lesson is still loading, every component has rendered.
  await frame.waitForFunction((t) => {
    const root = document.querySelector('hqc-unit')?.shadowRoot;
    if (!root || root.querySelector('h1')?.textContent?.trim() !== t || root.querySelector('.loading')) return false;
    // Parts of the unit (hqc-lesson, hqc-step-nav, ...) draw into its shadow root and have none of their own.
    return [...root.querySelectorAll('main *')]
      .filter((e) => e.localName.startsWith('hqc-'))
      .every((e) => customElements.get(e.localName) && (!e.shadowRoot || !!e.shadowRoot.firstElementChild));
  }, title);
  await frame.evaluate(() => document.fonts.ready);
  return { page, frame, close: () => context.close() };
}

/** An element of the unit (through its shadow root) as a locator. */
const inUnit = (shot: Shot, selector: string): Locator => shot.frame.locator(`hqc-unit ${selector}`).first();

/** Nothing focused and the pointer away, so the picture is of the construct at rest. */
async function rest(shot: Shot) {
  await shot.page.mouse.move(0, 0);
  await shot.frame.evaluate(() => {
    let el = document.activeElement as (Element & { blur?: () => void }) | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    el?.blur?.();
  });
}

const SCREENSHOT = { animations: 'disabled', caret: 'hide', scale: 'css' } as const;

/** The page as the learner sees it, the save status masked (it changes as saves complete). */
async function viewportShot(shot: Shot, maskStatus = true): Promise<Buffer> {
  return shot.page.screenshot({ ...SCREENSHOT, mask: maskStatus ? [inUnit(shot, 'hqc-save-status')] : [] });
}

/**
 * Compares a screenshot with its reference, or writes the reference with UPDATE_VISUAL=1.
 * On a mismatch (or no reference) the screenshot and the diff go to .cache/visual/.
 */
function compare(name: string, actual: Buffer) {
  const refFile = join(REFERENCES, `${name}.png`);
  if (UPDATE) {
    mkdirSync(REFERENCES, { recursive: true });
    writeFileSync(refFile, actual);
    return;
  }
  const keep = (suffix: string, data: Buffer) => {
    mkdirSync(FAILURES, { recursive: true });
    const file = join(FAILURES, `${name}.${suffix}.png`);
    writeFileSync(file, data);
    return file;
  };
  if (!existsSync(refFile)) {
    const file = keep('actual', actual);
    expect.fail(`No reference ${refFile.slice(ROOT.length)}: the screenshot taken is ${file.slice(ROOT.length)}. If it looks right, run "npm run test:visual:update" and commit the new PNG.`);
  }
  const ref = PNG.sync.read(readFileSync(refFile));
  const got = PNG.sync.read(actual);
  if (ref.width !== got.width || ref.height !== got.height) {
    const file = keep('actual', actual);
    expect.fail(`${name}: the screenshot is ${got.width} x ${got.height} px, the reference ${ref.width} x ${ref.height} px (the layout changed size). Actual: ${file.slice(ROOT.length)}; reference: ${refFile.slice(ROOT.length)}. After an intended change: npm run test:visual:update.`);
  }
  const diff = new PNG({ width: ref.width, height: ref.height });
  const differing = pixelmatch(ref.data, got.data, diff.data, ref.width, ref.height, { threshold: THRESHOLD });
  const ratio = differing / (ref.width * ref.height);
  if (ratio > MAX_DIFF_RATIO) {
    const file = keep('actual', actual);
    const diffFile = keep('diff', PNG.sync.write(diff));
    expect.fail(`${name}: ${differing} pixels differ (${(ratio * 100).toFixed(2)}%, at most ${MAX_DIFF_RATIO * 100}% allowed). Actual: ${file.slice(ROOT.length)}; diff (red): ${diffFile.slice(ROOT.length)}; reference: ${refFile.slice(ROOT.length)}. After an intended change: npm run test:visual:update.`);
  }
}

const lessonWithPages = course.lessons.find((l) => l.kind === 'lesson' && pageCount(l) > 2)!;
const tabsAt = mustFind((b) => b.type === 'panels' && b.style === 'tabs', 'tabs');
const accordionAt = mustFind((b) => b.type === 'panels' && b.style === 'accordion', 'accordion');
const cardsAt = mustFind((b) => b.type === 'panels' && b.style === 'cards', 'cards');
const imageAt = findPage((b) => b.type === 'html' && /<img\b/.test(b.html));
const yesNoAt = mustFind((b) => b.type === 'yes-no', 'yes-no question');
const reflectionAt = mustFind((b) => b.type === 'reflection', 'reflection');
/** A branching choice (options with what happens next) with a correct, a partly right and a wrong option. */
const branchingAt = mustFind(
  (b) => b.type === 'choice' && b.options.some((o) => o.consequence || o.correct) && b.options.some((o) => o.partly) && b.options.some((o) => !o.correct && !o.partly),
  'branching choice with a correct, a partly right and a wrong option',
);

for (const viewport of VIEWPORTS) {
  describe(`visual at ${viewport.width} x ${viewport.height}`, () => {
    it('a lesson with pages: header, step bar, title and the top of the page', async () => {
      const shot = await openAt(viewport, lessonWithPages.id, { page: 1 });
      compare(`pages-${viewport.name}`, await viewportShot(shot));
      await shot.close();
    });

    it.skipIf(!imageAt)(`an image${imageAt ? '' : ' (skipped: no lesson has an image yet)'}`, async () => {
      const shot = await openAt(viewport, imageAt!.lesson, { page: imageAt!.page, tall: true });
      const img = inUnit(shot, 'main img');
      await img.evaluate((el: HTMLImageElement) => el.decode());
      compare(`image-${viewport.name}`, await img.screenshot(SCREENSHOT));
      await shot.close();
    });

    it('tabs, the first tab shown', async () => {
      const shot = await openAt(viewport, tabsAt.lesson, { page: tabsAt.page, tall: true });
      compare(`tabs-${viewport.name}`, await inUnit(shot, 'hqc-tabs').screenshot(SCREENSHOT));
      await shot.close();
    });

    it('accordion, the first section open', async () => {
      const shot = await openAt(viewport, accordionAt.lesson, { page: accordionAt.page, tall: true });
      const accordion = inUnit(shot, 'hqc-accordion');
      await accordion.getByRole('button').first().click();
      await rest(shot);
      compare(`accordion-${viewport.name}`, await accordion.screenshot(SCREENSHOT));
      await shot.close();
    });

    it('cards', async () => {
      const shot = await openAt(viewport, cardsAt.lesson, { page: cardsAt.page, tall: true });
      compare(`cards-${viewport.name}`, await inUnit(shot, 'hqc-cards').screenshot(SCREENSHOT));
      await shot.close();
    });

    it('a branching choice answered: correct, partly right, not quite', async () => {
      const block = pageBlocks(lessonById(course, branchingAt.lesson)!, branchingAt.page).find((b) => b.type === 'choice' && b.options.some((o) => o.partly))!;
      if (block.type !== 'choice') throw new Error('not a choice');
      const states = {
        correct: block.options.find((o) => o.correct)!,
        partly: block.options.find((o) => o.partly)!,
        'not-quite': block.options.find((o) => !o.correct && !o.partly)!,
      };
      for (const [state, option] of Object.entries(states)) {
        const shot = await openAt(viewport, branchingAt.lesson, { page: branchingAt.page, tall: true, answers: { [block.id]: option.id } });
        compare(`choice-${state}-${viewport.name}`, await inUnit(shot, `#q-${block.id}`).screenshot(SCREENSHOT));
        await shot.close();
      }
    });

    it('a yes/no question, answered No', async () => {
      const block = pageBlocks(lessonById(course, yesNoAt.lesson)!, yesNoAt.page).find((b) => b.type === 'yes-no')!;
      const shot = await openAt(viewport, yesNoAt.lesson, { page: yesNoAt.page, tall: true, answers: { [(block as { id: string }).id]: 'no' } });
      compare(`yes-no-${viewport.name}`, await inUnit(shot, 'hqc-yes-no').screenshot(SCREENSHOT));
      await shot.close();
    });

    it('a reflection box with text in it', async () => {
      const block = pageBlocks(lessonById(course, reflectionAt.lesson)!, reflectionAt.page).find((b) => b.type === 'reflection')!;
      const id = (block as { id: string }).id;
      const shot = await openAt(viewport, reflectionAt.lesson, { page: reflectionAt.page, tall: true, answers: { [id]: 'What first drew you to this kind of work?\nWhat would make this project a success for you?' } });
      compare(`reflection-${viewport.name}`, await inUnit(shot, `#q-${id}`).screenshot(SCREENSHOT));
      await shot.close();
    });

    it('the menu drawer open', async () => {
      const shot = await openAt(viewport, lessonWithPages.id);
      await inUnit(shot, '#menu-button').click();
      await inUnit(shot, 'dialog[open]').waitFor();
      await shot.page.mouse.move(0, 0);
      compare(`menu-${viewport.name}`, await viewportShot(shot));
      await shot.close();
    });

    it('the end screen', async () => {
      const shot = await openAt(viewport, 'complete');
      compare(`complete-${viewport.name}`, await viewportShot(shot));
      await shot.close();
    });

    it('a notice and the save status (no LMS: kept in this browser)', async () => {
      const shot = await openAt(viewport, course.lessons[0].id, { query: '&noapi=1' });
      await inUnit(shot, '.notice').waitFor();
      await shot.frame.getByText('Saved in this browser only (no LMS connection)').waitFor();
      compare(`notice-${viewport.name}`, await viewportShot(shot, false));
      await shot.close();
    });
  });
}
