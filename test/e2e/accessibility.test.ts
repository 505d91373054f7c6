// Accessibility of the built unit, end to end, in Chromium inside the test LMS's frame:
//  1. axe-core finds no WCAG 2.2 A/AA violation at any state the flow can reach (states taken
//     from the machine built from the real content, resumed through the LMS), with the menu
//     open, and on the learner's plan;
//  2. the whole unit can be done with the keyboard alone, with a visible focus ring;
//  3. at 320 px wide (WCAG 1.4.10 Reflow) nothing scrolls sideways and the primary button fits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import type { Lesson } from '../../src/course/types';
import { COMPLETE, PLAN, createFlowMachine, currentStep, type FlowSnapshot } from '../../src/flow/machine';
import { interactions, lessonById, pageBlocks, sequence } from '../../src/flow/progress';
import { saveFlow } from '../../src/flow/snapshot';
import { encodeSuspendData } from '../../src/lms/suspendData';
import { pageKey, reachableStates, replay } from '../helpers/flow-states';
import { answer, cmi, course, currentPage, currentPlace, currentTitle, firstWords, lessonTitled, open, play, primaryName, questionsOn, startRig, type Rig, type Session } from './learner';
import type { Standard } from '../../src/lms/standard';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STANDARD: Standard = '1.2';
const LMS_KEY = (standard: Standard) => `hqc-preview-lms:${standard}`;

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

/**
 * For the axe audit, which relaunches the LMS page a few hundred times: the LMS, seen through
 * a proxy that lets Chromium cache the scripts and styles (and so their compiled code), and
 * that also serves axe-core's source. The pages and their bytes are the LMS's own.
 */
async function cachingProxy(target: string): Promise<{ url: string; axeUrl: string; close(): Promise<void> }> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    if (req.url === '/__a11y/axe.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }).end(axeSource);
      return;
    }
    const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const headers = { ...answer.headers };
      if (answer.statusCode === 200 && /\.(js|css)$/.test((req.url ?? '').split('?')[0])) headers['cache-control'] = 'public, max-age=3600';
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url, axeUrl: `${url}/__a11y/axe.min.js`, close };
}

/** The unit's own frame (the SCO page inside the LMS page). */
function unitFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/sco/'));
  if (!frame) throw new Error('the unit frame is not there');
  return frame;
}

// ---- 1. axe-core at every reachable state --------------------------------------------------

/** What the LMS holds after a learner suspended at this state: the CMI JSON the test LMS keeps. */
function resumedAttempt(standard: Standard, snapshot: FlowSnapshot): Record<string, unknown> {
  const suspend_data = encodeSuspendData({ seq: 1, data: saveFlow(snapshot) });
  const step = currentStep(snapshot);
  const completed = snapshot.context.completed;
  return standard === '1.2'
    ? { suspend_data, core: { lesson_location: step, lesson_status: completed ? 'completed' : 'incomplete', exit: 'suspend' } }
    : { suspend_data, location: step, completion_status: completed ? 'completed' : 'incomplete', exit: 'suspend' };
}

/** The heading the unit shows at a step. */
function titleOf(step: string): string {
  if (step === COMPLETE) return 'Unit complete';
  if (step === PLAN) return 'My plan';
  return lessonById(course, step)!.title;
}

interface AuditState {
  label: string;
  snapshot: FlowSnapshot;
  /** Something to do on the page before the audit (open the menu). */
  prepare?: (s: Session) => Promise<void>;
}

interface Finding {
  state: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Puts the state into the LMS as a suspended attempt and relaunches the LMS page on it. */
async function launchAt(s: Session, standard: Standard, state: AuditState) {
  await s.page.evaluate(
    ([key, value]) => {
      // Removing the unit's frame ends its session first (pagehide: LMSFinish, which stores the
      // attempt), so nothing it does can overwrite what is written next.
      document.querySelector('iframe')?.remove();
      localStorage.clear();
      localStorage.setItem(key, value);
    },
    [LMS_KEY(standard), JSON.stringify(resumedAttempt(standard, state.snapshot))] as const,
  );
  await s.page.reload();
  const expected = titleOf(currentStep(state.snapshot));
  await unitFrame(s.page).waitForFunction(
    (title) => {
      const root = document.querySelector('hqc-unit')?.shadowRoot;
      const h1 = root?.querySelector('h1');
      // The resumed step is shown, and its prose has arrived (lessons after the first load late).
      return !!root && h1?.textContent?.trim() === title && !root.querySelector('.loading');
    },
    expected,
    { polling: 'raf', timeout: 10_000 },
  );
}

async function runAxe(s: Session, axeUrl: string, label: string): Promise<Finding[]> {
  const frame = unitFrame(s.page);
  await frame.addScriptTag({ url: axeUrl });
  const violations = await frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return (result.violations as any[]).map((v) => ({
      rule: v.id as string,
      impact: String(v.impact),
      help: v.help as string,
      targets: (v.nodes as any[]).map((n) => `${JSON.stringify(n.target)}: ${String(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
  }, WCAG_TAGS);
  return violations.map((v) => ({ state: label, ...v }));
}

/**
 * What decides how a page looks, for the audit: the step, its page, the path and how much of
 * the step is answered everywhere; whether the unit is completed and which path is recommended
 * only where the page shows them (the path lesson, the quick scan, the closing and complete
 * screens). Auditing one state per key keeps the audit within a few minutes on 2 cores.
 */
function auditKey(snapshot: FlowSnapshot): string {
  const key = JSON.parse(pageKey(course, snapshot)) as unknown[];
  const lesson = lessonById(course, currentStep(snapshot));
  const showsOutcome = !lesson || lesson.kind === 'path' || lesson.kind === 'quick-scan' || lesson.kind === 'closing';
  return JSON.stringify(showsOutcome ? key : key.slice(0, 3).concat(key[4]));
}

/** The states to audit: every reachable state of the flow, one per distinct page. */
function statesToAudit(): AuditState[] {
  const machine = createFlowMachine(course);
  const reachable = reachableStates(course, machine);
  const byPage = new Map<string, FlowSnapshot>();
  for (const { snapshot } of reachable) {
    const key = auditKey(snapshot);
    if (!byPage.has(key)) byPage.set(key, snapshot);
  }
  const states: AuditState[] = [...byPage].map(([label, snapshot]) => ({ label, snapshot }));

  // The menu, open, halfway along the full path.
  const full = sequence(course, 'full');
  const middle = full[Math.floor(full.length / 2)].id;
  const mid = reachable.map((r) => r.snapshot).find((s) => currentStep(s) === middle && s.context.path === 'full' && !s.context.completed);
  if (!mid) throw new Error(`no reachable state on "${middle}" of the full path`);
  const openMenu = async (s: Session) => {
    const button = s.unit.getByRole('button', { name: 'Menu', exact: true });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    await s.unit.getByRole('navigation', { name: 'Lessons' }).waitFor();
  };
  states.push({ label: `menu open at ${pageKey(course, mid)}`, snapshot: mid, prepare: openMenu });
  // And after completion, where it lists every lesson.
  const done = [...byPage.values()].find((s) => currentStep(s) === COMPLETE);
  if (done) states.push({ label: `menu open at ${pageKey(course, done)}`, snapshot: done, prepare: openMenu });

  // The plan with the most the learner can have put in it: notes and challenge actions.
  const richest = [...byPage.values()].reduce((a, b) => (Object.keys(b.context.answers).length > Object.keys(a.context.answers).length ? b : a));
  const plan = replay(machine, [{ type: 'nav.plan' }], richest);
  expect(currentStep(plan)).toBe(PLAN);
  expect(Object.values(plan.context.answers)).toContain('adopted');
  states.push({ label: `plan with ${Object.keys(plan.context.answers).length} answers`, snapshot: plan });
  return states;
}

function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => `[${f.rule}] (${f.impact}) ${f.help}\n  state: ${f.state}\n${f.targets.map((t) => `    ${t}`).join('\n')}`)
    .join('\n');
}

/**
 * Runs in the unit's frame: everything axe reads from the page, as one string. The DOM through
 * its shadow roots, attributes, text, the state of form controls and where focus is. Two
 * states that render the same page (the flow state differs only in what this step does not
 * show) get the same fingerprint, and axe's verdict on that page is audited once.
 */
function pageFingerprint(): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      out.push(n.textContent ?? '');
      return;
    }
    if (n instanceof Element) {
      out.push(`<${n.tagName} ${[...n.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ')}`);
      if (n instanceof HTMLInputElement) out.push(`checked=${n.checked} value=${n.value}`);
      if (n instanceof HTMLTextAreaElement) out.push(`value=${n.value}`);
      if (n instanceof HTMLProgressElement) out.push(`value=${n.value}`);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
    if (n instanceof Element) out.push(`</${n.tagName}>`);
  };
  walk(document.documentElement);
  let focus: Element | null = document.activeElement;
  while (focus?.shadowRoot?.activeElement) focus = focus.shadowRoot.activeElement;
  out.push(`focus=${focus?.outerHTML.slice(0, 200) ?? ''}`);
  return out.join('\n');
}

describe('axe-core: WCAG 2.2 A and AA', () => {
  it('no violations at any state the flow can reach, resumed from the LMS; nor with the menu open; nor on the plan', async () => {
    const started = Date.now();
    const states = statesToAudit();
    expect(states.length).toBeGreaterThan(20);
    const findings: Finding[] = [];
    const audited = new Map<string, string>(); // page fingerprint -> the state first audited with it
    const spent = { relaunch: 0, axe: 0 };
    const proxy = await cachingProxy(rig.servers[STANDARD].url);
    const viaProxy: Rig = { ...rig, servers: { ...rig.servers, [STANDARD]: { ...rig.servers[STANDARD], url: proxy.url } } };
    // One context and page for every state: the LMS page is relaunched on each.
    const s = await open(viaProxy, STANDARD, { bypassCSP: true });
    try {
      for (const state of states) {
        const t0 = Date.now();
        await launchAt(s, STANDARD, state);
        await state.prepare?.(s);
        const t1 = Date.now();
        const fingerprint = await unitFrame(s.page).evaluate(pageFingerprint);
        if (!audited.has(fingerprint)) {
          audited.set(fingerprint, state.label);
          findings.push(...(await runAxe(s, proxy.axeUrl, state.label)));
        }
        spent.relaunch += t1 - t0;
        spent.axe += Date.now() - t1;
      }
      expect(s.problems).toEqual([]);
      // The audit does see into the unit's shadow roots: an unlabelled field put there is caught.
      await unitFrame(s.page).evaluate(() => document.querySelector('hqc-unit')!.shadowRoot!.querySelector('main')!.append(document.createElement('textarea')));
      const canary = await runAxe(s, proxy.axeUrl, 'canary');
      expect(canary.map((f) => f.rule)).toContain('label');
    } finally {
      await s.context.close();
      await proxy.close();
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `axe-core (SCORM ${STANDARD}): ${states.length} states resumed from the LMS, ${audited.size} distinct pages audited, ` +
        `in ${seconds(Date.now() - started)} (relaunching ${seconds(spent.relaunch)}, auditing ${seconds(spent.axe)})`,
    );
    if (findings.length) console.log(formatFindings(findings));
    expect(findings, formatFindings(findings)).toEqual([]);
  }, 600_000);
});

// ---- 2. keyboard alone ---------------------------------------------------------------------

/** The element that has focus, through the unit's frame and its shadow roots, as a learner meets it. */
interface Focused {
  role: string;
  name: string;
  /** The legend of the fieldset around it. */
  group: string;
  checked: boolean | null;
  /** The focus ring: outline and box-shadow as computed. */
  outline: string;
  outlineWidth: number;
  boxShadow: string;
}

/** Runs in the unit's frame. Simple, but right for the unit's controls. */
function describeFocus(): Focused | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const text = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return '';
    return [...n.childNodes].map(text).join('');
  };
  const root = el.getRootNode() as Document | ShadowRoot;
  const tag = el.tagName.toLowerCase();
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const implicit = (): string => {
    if (tag === 'button' || tag === 'summary') return 'button';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'input') return type === 'radio' || type === 'checkbox' || type === 'date' ? type : 'textbox';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    return tag;
  };
  const role = el.getAttribute('role') ?? implicit();
  let name = '';
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) name = labelledby.split(/\s+/).map((id) => { const l = root.getElementById(id); return l ? text(l) : ''; }).join(' ');
  if (!norm(name)) name = el.getAttribute('aria-label') ?? '';
  if (!norm(name) && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.labels) name = [...el.labels].map(text).join(' ');
  if (!norm(name) && ['button', 'link', 'heading'].includes(role)) name = text(el);
  if (!norm(name)) name = el.getAttribute('title') ?? '';
  const legend = el.closest('fieldset')?.querySelector('legend');
  const style = getComputedStyle(el);
  return {
    role,
    name: norm(name),
    group: legend ? norm(text(legend)) : '',
    checked: el instanceof HTMLInputElement && (type === 'radio' || type === 'checkbox') ? el.checked : null,
    outline: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    boxShadow: style.boxShadow,
  };
}

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

async function focused(s: Session): Promise<Focused | null> {
  return unitFrame(s.page).evaluate(describeFocus);
}

/** Presses Tab until the focused control is the one wanted; fails after 150 presses. */
async function tabTo(s: Session, what: string, match: (f: Focused) => boolean): Promise<Focused> {
  for (let i = 0; i < 150; i++) {
    await s.page.keyboard.press('Tab');
    const f = await focused(s);
    if (f && match(f)) return f;
  }
  throw new Error(`Tab never reached ${what} on "${await currentTitle(s)}"`);
}

const named = (role: string, name: string) => (f: Focused) => f.role === role && f.name === norm(name);

/** The focus ring is there: a real outline or a box-shadow. */
function expectFocusRing(f: Focused, where: string) {
  const ring = (f.outline !== 'none' && f.outlineWidth > 0) || (f.boxShadow !== 'none' && f.boxShadow !== '');
  expect(ring, `no visible focus on ${f.role} "${f.name}" (${where}): outline ${f.outline} ${f.outlineWidth}px, box-shadow ${f.boxShadow}`).toBe(true);
}

/** Focuses a radio of the group and moves to the wanted option with the arrow keys (or Space on the first). */
async function chooseRadio(s: Session, group: string, option: string, index: number) {
  const first = await tabTo(s, `a radio of "${group}"`, (f) => f.role === 'radio' && f.group === norm(group));
  expectFocusRing(first, `radio of "${group}"`);
  // None is checked yet, so Tab lands on the first option.
  expect(first.checked).toBe(false);
  if (index === 0) await s.page.keyboard.press('Space');
  else for (let i = 0; i < index; i++) await s.page.keyboard.press('ArrowDown');
  const now = await focused(s);
  expect(now?.name).toBe(norm(option));
  expect(now?.checked).toBe(true);
}

/** Answers a lesson with the keyboard only, as `answer` does with the mouse. */
async function answerByKeyboard(s: Session, lesson: Lesson, allYes: boolean, text: string) {
  const blocks = interactions(lesson);
  // A view-all tabs or accordion first (it comes before the page's questions): every panel opened.
  for (const b of pageBlocks(lesson, (await currentPage(s)).page)) {
    if (b.type !== 'panels' || !b.viewAll) continue;
    if (b.style === 'tabs') {
      expectFocusRing(await tabTo(s, 'the selected tab', (f) => f.role === 'tab'), 'a tab');
      for (let i = 1; i < b.panels.length; i++) await s.page.keyboard.press('ArrowRight');
    } else {
      const title = norm(b.panels[0].title.replace(/<[^>]+>/g, ''));
      expectFocusRing(await tabTo(s, `the "${title}" section`, named('button', title)), 'a section');
      for (let i = 0; i < b.panels.length; i++) {
        await s.page.keyboard.press('Enter');
        await s.page.keyboard.press('ArrowDown');
      }
    }
    await expect.poll(() => s.unit.getByText(/^All \d+ (tabs|sections) opened\.$/).count()).toBeGreaterThan(0);
  }
  for (const b of questionsOn(lesson, (await currentPage(s)).page)) {
    if (b.type === 'yes-no') {
      const yes = allYes || b.id !== blocks[0].id;
      await chooseRadio(s, b.text, yes ? 'Yes' : 'No', yes ? 0 : 1);
    } else if (b.type === 'choice') {
      const option = b.options.find((o) => o.correct) ?? b.options[0];
      // Where it is on screen: a shuffled question has an order of its own for each learner.
      const shown = await s.unit.getByRole('group', { name: b.text }).getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await chooseRadio(s, b.text, option.text, shown.indexOf(option.id));
      await expect.poll(() => s.unit.getByText(firstWords(option.feedback)).count()).toBeGreaterThan(0);
    } else if (b.type === 'reflection') {
      const box = await tabTo(s, `the "${b.label}" box`, (f) => f.role === 'textbox' && (f.name === norm(b.label) || f.name.startsWith(`${norm(b.label)} (`)));
      expectFocusRing(box, `"${b.label}"`);
      await s.page.keyboard.type(text.slice(0, b.maxLength));
    } else if (b.type === 'challenge') {
      const box = await tabTo(s, `week ${b.week}'s checkbox`, named('checkbox', `Add week ${b.week} to my plan`));
      expectFocusRing(box, `week ${b.week}`);
      await s.page.keyboard.press('Space');
      expect((await focused(s))?.checked).toBe(true);
    }
  }
}

/** Tabs to a button and presses Enter; the step changes. */
async function pressButton(s: Session, name: string) {
  const before = await currentPlace(s);
  const button = await tabTo(s, `the "${name}" button`, named('button', name));
  expectFocusRing(button, `"${name}"`);
  await s.page.keyboard.press('Enter');
  await expect.poll(() => currentPlace(s)).not.toBe(before);
  // Focus follows to the new step's heading, so the next Tab starts at the top of the new content.
  await expect.poll(async () => (await focused(s))?.role).toBe('heading');
}

async function playByKeyboard(s: Session, allYes: boolean): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < 120; i++) {
    const title = await currentTitle(s);
    // Pages of one lesson keep its title: each title once.
    if (titles.at(-1) !== title) titles.push(title);
    if (title === 'Unit complete') return titles;
    const lesson = lessonTitled(title);
    if (!lesson) throw new Error(`unknown step "${title}"`);
    await answerByKeyboard(s, lesson, allYes, 'I will ask what drew them to their work.');
    const { page, pages } = await currentPage(s);
    await pressButton(s, primaryName(lesson, allYes, page === pages - 1));
  }
  throw new Error('the journey did not end');
}

describe('keyboard alone (SCORM 1.2)', () => {
  for (const [label, allYes] of [['full path', false], ['quick path', true]] as const) {
    it(`${label}: every answer and step with Tab, arrows, Space and Enter; focus visible; completed in the LMS`, async () => {
      const s = await open(rig, '1.2');
      // The first Tab enters the unit at its header: the Menu button, with its focus ring.
      const menu = await tabTo(s, 'the Menu button', named('button', 'Menu'));
      expectFocusRing(menu, 'Menu');
      if (!allYes) {
        // The lesson menu: opened with Enter, walked into with Tab, closed with Escape, which
        // hands focus back to the Menu button.
        const menuButton = s.unit.getByRole('button', { name: 'Menu', exact: true });
        await s.page.keyboard.press('Enter');
        await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('true');
        const first = course.lessons[0].title;
        const entry = await tabTo(s, 'the current lesson in the menu', (f) => f.role === 'button' && f.name.startsWith(first));
        expectFocusRing(entry, 'menu entry');
        await s.page.keyboard.press('Escape');
        await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');
        expect(await focused(s)).toMatchObject({ role: 'button', name: 'Menu' });
      }
      const titles = await playByKeyboard(s, allYes);
      const expected = allYes
        ? [...sequence(course, 'quick').map((l) => l.title), 'Unit complete']
        : [...sequence(course, 'full').map((l) => l.title), 'Unit complete'];
      expect(titles).toEqual(expected);
      await expect.poll(async () => (await cmi(s)).core.lesson_status).toBe('completed');
      expect(s.problems).toEqual([]);
      await s.context.close();
    }, 120_000);
  }
});

// ---- 3. 320 px: reflow ---------------------------------------------------------------------

describe('320 x 500 (WCAG 1.4.10 Reflow)', () => {
  it('the full path scrolls only vertically, and the primary button fits the width at every step', async () => {
    const s = await open(rig, '1.2', { viewport: { width: 320, height: 500 }, query: '&width=320&height=500' });
    const frame = unitFrame(s.page);
    expect(await frame.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([320, 500]);
    const checked: string[] = [];
    const check = async (title: string, moment: string) => {
      const where = `"${title}" (${moment})`;
      const { scrollWidth, clientWidth } = await frame.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, `horizontal scrolling at ${where}: ${scrollWidth} > ${clientWidth}`).toBeLessThanOrEqual(clientWidth);
      const lesson = lessonTitled(title);
      const { page, pages } = await currentPage(s);
      const primary = lesson ? primaryName(lesson, false, page === pages - 1) : 'See my plan';
      const box = await s.unit.getByRole('button', { name: primary, exact: true }).evaluate((el) => {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
      });
      expect(box.left, `"${primary}" starts left of the view at ${where}`).toBeGreaterThanOrEqual(0);
      expect(box.right, `"${primary}" ends right of the view at ${where}`).toBeLessThanOrEqual(box.width);
      checked.push(where);
    };
    await play(s, {
      onStep: async (title) => {
        await check(title, 'as it opens');
        const lesson = lessonTitled(title);
        if (!lesson || questionsOn(lesson, (await currentPage(s)).page).length === 0) return;
        // Answered (choice feedback shown, text written) before `play` answers it the same way again.
        await answer(s, lesson, false, 'I will ask what drew them to their work, and listen to the answer without interrupting.');
        await check(title, 'answered');
      },
    });
    expect(await currentTitle(s)).toBe('Unit complete');
    expect(checked.length).toBeGreaterThan(sequence(course, 'full').length);
    expect(s.problems).toEqual([]);
    await s.context.close();
  }, 120_000);
});
