// The first screen drawn into the launch page at build time (src/course/first-screen.ts), in
// Chromium on the built SCORM 1.2 zip in the test LMS: what the learner sees while the unit's
// script is still on its way, and the moment the unit takes over.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page, Route } from 'playwright-core';
import { NOT_LOADED } from '../../src/course/first-screen';
import { course, open, play, startRig, type Rig } from './learner';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

/** The unit's entry script (the starter imports it once the drawn screen is painted). */
const ENTRY = /\/sco\/assets\/index-[\w-]+\.js$/;
const FIRST = course.lessons[0];

/** Loads the LMS page (its frame `frameHeight` px high) with the entry script held back until `release()`. */
async function openHeld(viewport = { width: 1000, height: 700 }, frameHeight = 500) {
  const context = await rig.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(ENTRY, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${rig.servers['1.2'].url}/lms.html?standard=1.2&height=${frameHeight}`);
  const frame = await unitFrame(page);
  return { context, page, frame, problems, release };
}

async function unitFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((x) => /\/sco\/index\.html/.test(x.url()));
    if (f) return f;
    await page.waitForTimeout(50);
  }
  throw new Error('the unit frame never appeared');
}

/** What the unit's shadow root holds: its h1s, inert parts, and whether the cover has loaded. */
function shadowState(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.querySelector('hqc-unit')?.shadowRoot;
    const img = root?.querySelector('img');
    return {
      h1: [...(root?.querySelectorAll('h1') ?? [])].map((h) => h.textContent?.trim()),
      inert: root?.querySelectorAll('[inert]').length ?? 0,
      defined: customElements.get('hqc-unit') !== undefined,
      pictureLoaded: !img || (img.complete && img.naturalWidth > 0),
    };
  });
}

async function shot(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('iframe[title="Course content"]').screenshot());
}

describe('the first screen drawn into the launch page', () => {
  it('shows the first page before the script runs, inert and silent, and the unit draws the same screen when it takes over', async () => {
    // A phone, and a desktop frame tall enough for the full header (course title, progress bar).
    for (const [viewport, frameHeight] of [[{ width: 360, height: 640 }, 500], [{ width: 1000, height: 900 }, 720]] as const) {
      const s = await openHeld(viewport, frameHeight);
      await s.frame.locator('h1').first().waitFor();
      await expect.poll(async () => (await shadowState(s.frame)).pictureLoaded).toBe(true);
      const held = await shadowState(s.frame);
      expect(held).toMatchObject({ h1: [FIRST.title], inert: 1, defined: false });
      // Nothing in it is announced or reachable: no heading or button by role, Tab lands nowhere in it.
      const unit = s.page.frameLocator('iframe[title="Course content"]');
      expect(await unit.getByRole('heading').count()).toBe(0);
      expect(await unit.getByRole('button').count()).toBe(0);
      await s.page.locator('iframe[title="Course content"]').focus();
      await s.page.keyboard.press('Tab');
      expect(await s.frame.evaluate(() => document.activeElement?.shadowRoot?.activeElement ?? null)).toBeNull();
      const before = await shot(s.page);

      s.release();
      await unit.getByRole('heading', { level: 1, name: FIRST.title }).waitFor();
      const after = await shadowState(s.frame);
      expect(after).toMatchObject({ h1: [FIRST.title], inert: 0, defined: true });
      await expect.poll(async () => (await shadowState(s.frame)).pictureLoaded).toBe(true);
      await s.page.mouse.move(0, 0);
      const live = await shot(s.page);
      expect([live.width, live.height]).toEqual([before.width, before.height]);
      const differing = pixelmatch(before.data, live.data, undefined, live.width, live.height, { threshold: 0.02 });
      // The same pixels (0.1% allowed, as the visual tests allow).
      expect(differing, `${viewport.width} px: ${differing} pixels differ`).toBeLessThanOrEqual(live.width * live.height * 0.001);

      // The live screen answers: Continue turns to page 2.
      await unit.getByRole('button', { name: 'Continue', exact: true }).click();
      await expect.poll(async () => (await unit.locator('#step-about').textContent())?.trim()).toMatch(/^Page 2 of /);
      // The page's policy allowed the drawn screen's styles and the starter (no refusal logged).
      expect(s.problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
      expect(s.problems).toEqual([]);
      await s.context.close();
    }
  }, 120_000);

  it('a returning learner is told their place is opening, then has it, with nothing of the drawn copy left', async () => {
    const first = await open(rig, '1.2');
    await play(first, { stopAt: 'learning-outcome' });
    await first.page.close({ runBeforeUnload: true });
    // Again, with the flow machine's chunk held back: the unit has taken over and says so.
    const page = await first.context.newPage();
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await page.route(/\/sco\/assets\/flow-session-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${rig.servers['1.2'].url}/lms.html?standard=1.2`);
    const unit = page.frameLocator('iframe[title="Course content"]');
    await unit.getByRole('status').filter({ hasText: 'Opening where you left off…' }).waitFor();
    const frame = await unitFrame(page);
    expect(await shadowState(frame)).toMatchObject({ h1: [], inert: 0, defined: true });
    release();
    const title = course.lessons.find((l) => l.id === 'learning-outcome')!.title;
    await unit.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await shadowState(frame)).toMatchObject({ h1: [title], inert: 0 });
    expect(await unit.getByText('Opening where you left off…').count()).toBe(0);
    await first.context.close();
  }, 120_000);

  it("when the unit's code does not arrive, the copy gives way to an alert that says to reload", async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.route(ENTRY, (route) => route.abort());
    await page.goto(`${rig.servers['1.2'].url}/lms.html?standard=1.2`);
    const unit = page.frameLocator('iframe[title="Course content"]');
    await expect.poll(() => unit.getByRole('alert').textContent()).toBe(NOT_LOADED);
    const frame = await unitFrame(page);
    expect(await frame.evaluate(() => document.querySelector('hqc-unit'))).toBeNull();
    await context.close();
  }, 60_000);

  it('a page that draws no frames (requestAnimationFrame never called back) still starts the unit', async () => {
    const context = await rig.browser.newContext();
    // As in a frame that is not displayed: animation frames never come.
    await context.addInitScript(() => {
      window.requestAnimationFrame = () => 0;
    });
    const page = await context.newPage();
    await page.goto(`${rig.servers['1.2'].url}/lms.html?standard=1.2`);
    const unit = page.frameLocator('iframe[title="Course content"]');
    await unit.getByRole('heading', { level: 1, name: FIRST.title }).waitFor({ timeout: 10_000 });
    expect(await shadowState(await unitFrame(page))).toMatchObject({ inert: 0, defined: true });
    await context.close();
  }, 60_000);
});
