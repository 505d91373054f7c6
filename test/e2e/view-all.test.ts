// "View every panel to continue", played keyboard-only in Chromium on the built unit: on the
// three indicators' page (`::: tabs view-all`), Continue stays focusable but does not move on,
// and says what is left, until every tab has been opened; then it turns the page. The tabs
// opened survive a relaunch (they travel in suspend_data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { createFlowMachine } from '../../src/flow/machine';
import { initialContext, pageBlocks, pageCount, sequence, unseenPanels } from '../../src/flow/progress';
import { saveFlow } from '../../src/flow/snapshot';
import { decodeSuspendData, encodeSuspendData } from '../../src/lms/suspendData';
import { cmi, course, currentPage, open, startRig, waitUntil, type Rig, type Session } from './learner';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const lesson = course.lessons.find((l) => unseenPanels(l, initialContext()).some((p) => p.block.style === 'tabs'))!;
const tabs = unseenPanels(lesson, initialContext())[0];
/** The page of the lesson that holds the tabs. */
const tabsPage = Array.from({ length: pageCount(lesson) }, (_, k) => k).find((k) => pageBlocks(lesson, k).includes(tabs.block))!;

/** A learner who reached the lesson with view-all tabs, on the page that holds them, nothing opened. */
async function arrive(): Promise<Session> {
  const full = sequence(course, 'full');
  const visited = full.slice(0, full.indexOf(lesson) + 1).map((l) => l.id);
  const snapshot = createFlowMachine(course).resolveState({ value: lesson.id, context: { ...initialContext(), path: 'full', visited, seed: 1, pages: tabsPage ? { [lesson.id]: tabsPage } : {} } });
  return open(rig, '1.2', {
    viewport: { width: 360, height: 640 },
    query: '&width=360&height=640',
    lmsData: { suspend_data: encodeSuspendData({ seq: 1, data: saveFlow(snapshot) }), core: { lesson_location: lesson.id, lesson_status: 'incomplete', exit: 'suspend' } },
  });
}

const unitFrame = (s: Session): Frame => s.page.frames().find((f) => f.url().includes('/sco/'))!;

/** The focused element, through shadow roots: its role (or tag), name and state, as a screen reader would name it. */
async function focused(s: Session): Promise<{ role: string; name: string; disabled: string | null }> {
  return unitFrame(s).evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { role: el?.getAttribute('role') ?? el?.localName ?? '', name: (el?.textContent ?? '').replace(/[✓\s]+/g, ' ').trim(), disabled: el?.getAttribute('aria-disabled') ?? null };
  });
}

/** Presses `key` until the focused element matches (as a keyboard user tabs around), at most 60 times. */
async function tabTo(s: Session, page: Page, match: (f: { role: string; name: string }) => boolean, key = 'Tab') {
  for (let i = 0; i < 60; i++) {
    if (match(await focused(s))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`focus never reached the element (last: ${JSON.stringify(await focused(s))})`);
}

const isContinue = (f: { role: string; name: string }) => f.role === 'button' && f.name === 'Continue';
const statusOfTabs = (s: Session) => s.unit.locator('hqc-tabs').getByRole('status');
const hint = (s: Session) => s.unit.locator('#step-hint');

describe('view-all tabs, keyboard only, in the built unit', () => {
  it('Continue explains what is left and does not move on until every tab is opened; then it turns the page', async () => {
    const s = await arrive();
    expect(tabs.total).toBe(3);
    await waitUntil(async () => (await statusOfTabs(s).count()) === 1, 'the tabs to be drawn');
    expect((await statusOfTabs(s).textContent())!.trim()).toMatch(/^Opened 1 of 3 tabs\. Still to open: 2\. Tensility, 3\. Degree of connectivity\.$/);

    // Continue is reachable and announced as unavailable (aria-disabled, not disabled).
    await tabTo(s, s.page, isContinue);
    expect((await focused(s)).disabled).toBe('true');
    await s.page.keyboard.press('Enter');
    await waitUntil(async () => /Open every tab to continue: 1 of 3 seen\./.test((await hint(s).textContent()) ?? ''), 'the hint');
    expect(await hint(s).getAttribute('role')).toBe('status');
    expect(await hint(s).getByRole('link').allTextContents()).toEqual(['2. Tensility', '3. Degree of connectivity']);
    expect(await currentPage(s)).toEqual({ page: tabsPage, pages: pageCount(lesson) });
    // Enter again: still the same page, still told.
    await s.page.keyboard.press('Enter');
    expect(await currentPage(s)).toEqual({ page: tabsPage, pages: pageCount(lesson) });

    // Back to the tabs, and through them with the arrow keys.
    await tabTo(s, s.page, (f) => f.role === 'tab', 'Shift+Tab');
    await s.page.keyboard.press('ArrowRight');
    await waitUntil(async () => /2 of 3 seen/.test((await hint(s).textContent()) ?? ''), 'the hint to follow the tabs');
    await s.page.keyboard.press('ArrowRight');
    await waitUntil(async () => ((await statusOfTabs(s).textContent()) ?? '').trim() === 'All 3 tabs opened.', 'every tab opened');
    await waitUntil(async () => ((await hint(s).textContent()) ?? '').trim() === '', 'the hint to clear');

    await tabTo(s, s.page, isContinue);
    expect((await focused(s)).disabled).toBeNull();
    await s.page.keyboard.press('Enter');
    await waitUntil(async () => (await currentPage(s)).page === tabsPage + 1, 'the next page');
    expect(s.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    await s.context.close();
  }, 60_000);

  it('tabs opened before a relaunch stay opened after it', async () => {
    const s = await arrive();
    await waitUntil(async () => (await statusOfTabs(s).count()) === 1, 'the tabs to be drawn');
    await tabTo(s, s.page, (f) => f.role === 'tab');
    await s.page.keyboard.press('End'); // the first and the last tab opened
    await waitUntil(async () => /^Opened 2 of 3 tabs\./.test(((await statusOfTabs(s).textContent()) ?? '').trim()), 'two tabs opened');
    let last = '';
    // Saved after the pause the unit waits for (as for writing), without moving on.
    await waitUntil(async () => {
      const saved = decodeSuspendData(String((await cmi(s)).suspend_data ?? ''));
      last = JSON.stringify(saved);
      return last.includes(`"w":{"${tabs.key}":5}`);
    }, 'the opened tabs to reach the LMS', 10_000).catch((e) => {
      throw new Error(`${e.message}: ${last}`);
    });
    await s.page.reload();
    await waitUntil(async () => (await statusOfTabs(s).count()) === 1, 'the tabs to be drawn again');
    expect((await statusOfTabs(s).textContent())!.trim()).toBe('Opened 2 of 3 tabs. Still to open: 2. Tensility.');
    await s.context.close();
  }, 60_000);
});
