// The designer's preview LMS (`npm start`), driven in Chromium against a real Vite dev server:
// the unit in its frame with scorm-again as the LMS, the live CMI table and call log, the
// standard and fault switches, relaunch and reset, and what a designer sees on saving a
// lesson: the change within a second, and a content mistake in the page instead of a blank one.
// The server compiles a temporary copy of content/, so the lessons can be edited freely.
// One page walks through the steps in order, as a designer would (each test starts where the
// previous one left the preview).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { coursePlugin } from '../src/course/vite-plugin';
import { previewLmsPlugin } from '../scorm/preview/vite-plugin';
import { CHROMIUM_ARGS, ensureChromium } from './support/chromium.mjs';
import { ROOT } from './helpers/content';
import { course, finishLesson } from './e2e/learner';
import { setupSheet } from '../scorm/setup-sheet';

const LESSON = 'content/lessons/01-is-this-for-you.md';
const FIRST_TITLE = 'Is this unit for you?';

let tmp: string;
let server: ViteDevServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
let unit: FrameLocator;
let lessonSource: string;
const problems: string[] = [];

/** A free loopback port (Vite's HMR client connects back to the page's own port). */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address !== 'object') throw new Error('no free port');
  return address.port;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'hqc-preview-'));
  cpSync(join(ROOT, 'content'), join(tmp, 'content'), { recursive: true });
  lessonSource = readFileSync(join(tmp, LESSON), 'utf8');
  const port = await freePort();
  server = await createServer({
    configFile: false,
    root: join(ROOT, 'src'),
    base: '/',
    publicDir: false,
    logLevel: 'silent',
    // A cache of its own: never shares (or rewrites) node_modules/.vite with an `npm start`.
    cacheDir: join(tmp, '.vite'),
    plugins: [coursePlugin({ root: tmp }), previewLmsPlugin({ root: ROOT })],
    server: { port, strictPort: true, host: '127.0.0.1', fs: { allow: [ROOT, tmp] } },
  });
  await server.listen();
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  unit = page.frameLocator('#sco');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const heading = () => unit.getByRole('heading', { level: 1 }).first();
const title = async () => ((await heading().textContent()) ?? '').trim();

/** The live CMI table, element -> value, as the designer reads it. */
async function cmiTable(): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: 'What the LMS has stored' });
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? ''] as const),
  );
  return Object.fromEntries(rows);
}

async function callLog(): Promise<string[]> {
  return page.getByRole('list', { name: /API calls/ }).getByRole('listitem').allTextContents();
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG A/AA violations on this page's own document (the unit's frame has its own tests). */
async function axeViolations(target: Page): Promise<string[]> {
  await target.addScriptTag({ path: AXE });
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Runs `action`, which reloads the preview page, and waits for the unit to be up again. */
async function reloading(action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), action()]);
  await heading().waitFor();
}

describe('preview LMS (npm start)', () => {
  it('shows the unit in its frame with a live CMI table and call log', async () => {
    await page.goto(`${base}/`);
    await expect.poll(title).toBe(FIRST_TITLE);
    await expect.poll(async () => (await cmiTable())['cmi.core.lesson_status']).toBe('incomplete');
    expect(await callLog()).toContainEqual(expect.stringMatching(/^LMSInitialize\(""\) → true/));
    // The page's own structure: a heading, labelled controls, a titled frame.
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Preview LMS' }).count()).toBe(1);
    expect(await page.getByLabel('Standard').count()).toBe(1);
    expect(await page.getByLabel('Simulate').count()).toBe(1);
    expect(await page.getByTitle(/^The unit/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Answering and moving on updates the table live (no reload).
    const locationBefore = (await cmiTable())['cmi.core.lesson_location'];
    const first = course.lessons[0];
    await finishLesson({ unit }, first, false, '');
    await expect.poll(title).not.toBe(FIRST_TITLE);
    await expect.poll(async () => (await cmiTable())['cmi.core.lesson_location']).not.toBe(locationBefore);
    expect((await cmiTable())['cmi.core.lesson_location']).not.toBe('');
    expect(await page.getByRole('table', { name: 'Interactions' }).getByRole('row', { name: /sa-have-hqc/ }).count()).toBe(1);
  });

  it('relaunch resumes at the same step; reset starts again at the self-assessment', async () => {
    const step = await title();
    expect(step).not.toBe(FIRST_TITLE);
    await reloading(() => page.getByRole('button', { name: /^Relaunch/ }).click());
    await expect.poll(title).toBe(step);

    await reloading(() => page.getByRole('button', { name: 'Reset the attempt' }).click());
    await expect.poll(title).toBe(FIRST_TITLE);
    await expect.poll(async () => (await cmiTable())['cmi.core.lesson_status']).toBe('incomplete');
  });

  it('"3 commits failing": failed LMSCommit calls in the log, the unit says it is retrying, then saves', async () => {
    await reloading(() => page.getByLabel('Simulate').selectOption({ label: '3 commits failing' }));
    expect(new URL(page.url()).searchParams.get('fault')).toBe('commit-fails');
    // A fresh attempt commits at launch: the first commit and its retries fail.
    await reloading(() => page.getByRole('button', { name: 'Reset the attempt' }).click());
    await expect.poll(async () => (await callLog()).filter((l) => /^LMSCommit\(""\) → false/.test(l)).length).toBeGreaterThan(0);
    await unit.getByText(/Not saved yet.*retrying/).waitFor();
    await unit.getByText('All changes saved').waitFor({ timeout: 12_000 });
    const log = await callLog();
    expect(log.filter((l) => /^LMSCommit\(""\) → false\s+\[error 101\]/.test(l))).toHaveLength(3);
    expect(log.filter((l) => /^LMSCommit\(""\) → true/.test(l)).length).toBeGreaterThan(0);
  });

  it('switching to SCORM 2004 relaunches with the 2004 data model', async () => {
    await reloading(() => page.getByLabel('Simulate').selectOption({ label: 'a working LMS' }));
    await reloading(() => page.getByLabel('Standard').selectOption({ label: 'SCORM 2004 4th edition' }));
    await expect.poll(async () => (await cmiTable())['cmi.completion_status']).toBe('incomplete');
    expect(await cmiTable()).not.toHaveProperty('cmi.core.lesson_status');
    expect(await callLog()).toContainEqual(expect.stringMatching(/^Initialize\(""\) → true/));
    // The control keeps the focus across the relaunch, for keyboard users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('standard');
  });

  it('saving a lesson shows the change in the open preview within a second', async () => {
    await expect.poll(title).toBe(FIRST_TITLE);
    const renamed = 'Is this unit right for you?';
    // Only the unit's frame reloads: the LMS page (its table and call log) stays.
    await page.evaluate(() => ((window as unknown as { previewMarker: number }).previewMarker = 1));
    const started = performance.now();
    writeFileSync(join(tmp, LESSON), lessonSource.replace(`title: ${FIRST_TITLE}`, `title: ${renamed}`));
    await unit.getByRole('heading', { level: 1, name: renamed }).waitFor({ timeout: 5_000 });
    const ms = Math.round(performance.now() - started);
    console.log(`hot reload: lesson saved -> new heading in the preview in ${ms} ms`);
    // The issue asks for "within a second"; 3 s leaves room for a loaded 2-core CI machine.
    expect(ms).toBeLessThan(3_000);
    expect(await page.evaluate(() => (window as unknown as { previewMarker?: number }).previewMarker)).toBe(1);
    // The reloaded unit got a fresh LMS session that resumed the stored attempt.
    const log = await callLog();
    expect(log.findIndex((l) => /^Initialize\(""\) → true/.test(l))).toBeLessThan(log.findIndex((l) => /^Terminate\(""\) → true/.test(l)));
  });

  it('a content mistake shows in the page with file:line:column and the fix; repairing it brings the unit back', async () => {
    writeFileSync(join(tmp, LESSON), lessonSource.replace('kind: self-assessment', 'kind: lessen'));
    const problem = unit.getByRole('heading', { level: 1, name: /problem/ });
    await problem.waitFor();
    const text = await unit.locator('body').innerText();
    expect(text).toContain(`${LESSON}:4:7`);
    expect(text).toContain('Fix:');
    expect(text.trim().length).toBeGreaterThan(100);

    writeFileSync(join(tmp, LESSON), lessonSource);
    await unit.getByRole('heading', { level: 1, name: FIRST_TITLE }).waitFor();
    expect(await unit.getByRole('heading', { level: 1, name: /problem/ }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe('Moodle setup sheet in Chromium', () => {
  it('has no accessibility violations and runs no script', async () => {
    // bypassCSP only to inject axe: the sheet's own policy forbids every script.
    const sheetContext = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
    const sheet = await sheetContext.newPage();
    await sheet.setContent(setupSheet(course));
    expect(await sheet.title()).toBe(`Setting up ${course.title} in Moodle`);
    expect(await sheet.locator('script').count()).toBe(0);
    expect(await sheet.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(5);
    expect(await sheet.getByRole('rowheader', { name: 'Display package' }).count()).toBe(1);
    expect(await axeViolations(sheet)).toEqual([]);
    await sheetContext.close();
  });
});
