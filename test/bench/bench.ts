// `npm run bench`: builds the unit, then measures it and prints one table. Nothing here is
// asserted; figures (timings especially) depend on the machine. Sections: build time, zip
// sizes, first-screen bytes, time to first content / interactive (1x and 4x CPU), JS heap,
// LMS calls and commits for a full journey, suspend_data with 2,000 characters of writing,
// and the dev server's hot-reload latency. One Chromium for everything.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, arch, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { coursePlugin } from '../../src/course/vite-plugin.ts';
import { previewLmsPlugin } from '../../scorm/preview/vite-plugin.ts';
import { interactions } from '../../src/flow/progress.ts';
import type { Lesson } from '../../src/course/types.ts';
import type { Standard } from '../../src/lms/standard.ts';
import { ROOT } from '../helpers/content.ts';
import { prose } from './prose.ts';
import { READ_RECORDED, RECORDER, firstH1Visible, type Recorded } from './recorder.ts';
import { int, kb, median, ms, renderTable, status, type Row } from './table.ts';

import * as learner from '../e2e/learner.ts';
type Rig = learner.Rig;
type Session = learner.Session;

const TARGETS = { zipKB: 150, firstScreenGzKB: 35, plainRatio4x: 1.3, commitsPerStep: 1, suspendChars: 4096, reflectionChars: 2000 };
const RUNS = 5;
/** `npm run bench -- --first-screen`: build, zips, first-screen bytes and load timings only (about 2 minutes). */
const FIRST_SCREEN_ONLY = process.argv.includes('--first-screen');
const LMS_QUERY = '/lms.html?standard=1.2';
const started = performance.now();
const rows: Row[] = [];
const notes: string[] = [];
const cleanups: (() => Promise<unknown> | unknown)[] = [];

function withTimeout<T>(p: Promise<T>, msLimit: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${msLimit / 1000} s`)), msLimit);
    }),
  ]);
}

/** Runs a section; a failure becomes an "error" row and the bench goes on. */
async function section(title: string, msLimit: number, fn: () => Promise<Row[]>) {
  rows.push({ section: title });
  try {
    rows.push(...(await withTimeout(fn(), msLimit, title)));
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 110);
    rows.push({ label: `${title}: failed`, value: '-', detail: message, status: 'error' });
  }
}

// ---------------------------------------------------------------------------------------------
// Build and zips

let buildFailed = false;

async function runBuild(): Promise<Row[]> {
  const t0 = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    child.stdout.on('data', (d) => output.push(String(d)));
    child.stderr.on('data', (d) => output.push(String(d)));
    const timer = setTimeout(() => child.kill('SIGTERM'), 150_000);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  const wall = performance.now() - t0;
  if (code !== 0) {
    buildFailed = true;
    const tail = output.join('').trim().split('\n').filter((l) => !/^npm warn/i.test(l)).slice(-8);
    notes.push(`npm run build FAILED (exit ${code}); the figures below use the zips already in dist/ (if any). Last lines:\n      ${tail.join('\n      ')}`);
    return [{ label: 'npm run build', value: `${(wall / 1000).toFixed(1)} s`, detail: `exit code ${code}: build failed`, status: 'error' }];
  }
  return [{ label: 'npm run build (wall time)', value: `${(wall / 1000).toFixed(1)} s`, detail: 'vite build + scorm/package.ts' }];
}

async function zipSizes(): Promise<Row[]> {
  return Object.values(learner.ZIPS).map((file) => {
    if (!existsSync(file)) return { label: `dist/${basename(file)}`, value: '-', detail: 'missing', status: 'error' as const };
    const bytes = statSync(file).size;
    return {
      label: `dist/${basename(file)}`,
      value: `${int(bytes)} B`,
      detail: `${kb(bytes)}${buildFailed ? ' (earlier build)' : ''}`,
      target: `<= ${TARGETS.zipKB} KB`,
      status: status(bytes, TARGETS.zipKB * 1024),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Loads in Chromium

const VIEWPORT = { width: 1000, height: 700 };

async function unitFrame(page: Page, timeout = 30_000): Promise<Frame> {
  const end = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => /\/sco\/index\.html/.test(f.url()));
    if (frame) return frame;
    if (Date.now() > end) throw new Error('the unit frame never appeared');
    await page.waitForTimeout(10);
  }
}

/** The first yes/no radio of the first lesson, found as the learner finds it. */
function firstRadio(page: Page) {
  const lesson = learner.course.lessons[0];
  const block = interactions(lesson).find((b) => b.type === 'yes-no');
  if (!block || block.type !== 'yes-no') throw new Error(`lesson "${lesson.title}" has no yes/no question`);
  return page.frameLocator('iframe[title="Course content"]').getByRole('group', { name: block.text }).getByRole('radio', { name: 'Yes', exact: true });
}

interface FirstScreen {
  rows: Row[];
}

async function firstScreen(browser: Browser, lmsUrl: string): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(RECORDER);
    const page = await context.newPage();
    const bodies = new Map<string, Promise<Buffer | null>>();
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/sco/')) bodies.set(r.url(), r.body().catch(() => null));
    });
    await page.goto(lmsUrl + LMS_QUERY);
    await page.frameLocator('iframe[title="Course content"]').getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    const frame = await unitFrame(page);
    const rec = (await frame.evaluate(READ_RECORDED)) as Recorded;
    if (!rec.h1.length) throw new Error('the recorder saw no h1');
    const h1At = firstH1Visible(rec);
    // Resource Timing of the unit's document, on its own clock: which responses had ended
    // when the h1 was first seen.
    const entries = (await frame.evaluate(
      `performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map((e) => ({ name: e.name, end: e.responseEnd }))`,
    )) as { name: string; end: number }[];
    const before = new Set(entries.filter((e) => e.end > 0 && e.end <= h1At).map((e) => e.name));

    type F = { path: string; type: string; raw: number; gz: number; before: boolean; body: Buffer };
    const files: F[] = [];
    for (const [url, bodyP] of bodies) {
      const body = await bodyP;
      if (!body) continue;
      const path = new URL(url).pathname.slice('/sco/'.length);
      const ext = path.split('.').pop() ?? '';
      const type = ['html', 'js', 'css'].includes(ext) ? ext : ext === 'mjs' ? 'js' : 'other';
      files.push({ path, type, raw: body.byteLength, gz: gzipSync(body, { level: 9 }).byteLength, before: before.has(url), body });
    }
    // What the first screen needs: index.html and what it references, and the static imports of
    // those scripts, transitively. A chunk reached only by import() is lazy (fetched on purpose
    // after the first render, even if it lands before the first paint).
    const needed = new Set(['index.html']);
    const queue = ['index.html'];
    while (queue.length) {
      const from = queue.shift()!;
      const f = files.find((x) => x.path === from);
      if (!f) continue;
      const text = f.body.toString('utf8');
      const refs = from.endsWith('.html')
        ? [...text.matchAll(/(?:src|href)="\.?\/?([^"]+)"/g)].map((m) => m[1])
        : [...text.matchAll(/(?:\bimport\s*|\bfrom\s*)["']\.\/([^"']+)["']/g)].map((m) => from.replace(/[^/]*$/, '') + m[1]);
      for (const r of refs) {
        if (needed.has(r)) continue;
        needed.add(r);
        queue.push(r);
      }
    }
    const shown = files.filter((f) => f.before);
    const later = files.filter((f) => !f.before);
    const out: Row[] = [];
    for (const type of ['html', 'js', 'css', 'other']) {
      const of = shown.filter((f) => f.type === type);
      const raw = of.reduce((s, f) => s + f.raw, 0);
      const gz = of.reduce((s, f) => s + f.gz, 0);
      out.push({ label: `  ${type}`, value: `${int(gz)} B gz`, detail: `${int(raw)} B raw, ${of.length} file${of.length === 1 ? '' : 's'}` });
    }
    out.push({
      label: '  total fetched before the h1 was painted',
      value: `${int(shown.reduce((s, f) => s + f.gz, 0))} B gz`,
      detail: `${int(shown.reduce((s, f) => s + f.raw, 0))} B raw; pictures included when they arrived first`,
    });
    // The budget is for the page and its code: a picture is content, fetched beside them and
    // never waited for (whether it lands before the paint is a race), as in test/build.test.ts.
    const code = shown.filter((f) => f.type !== 'other');
    const raw = code.reduce((s, f) => s + f.raw, 0);
    const gz = code.reduce((s, f) => s + f.gz, 0);
    out.push({
      label: '  of which the page and its code (html, js, css)',
      value: `${int(gz)} B gz`,
      detail: `${kb(gz)} gzip; ${int(raw)} B (${kb(raw)}) raw`,
      target: `<= ${TARGETS.firstScreenGzKB} KB gz`,
      status: status(gz, TARGETS.firstScreenGzKB * 1024),
    });
    const lazy = code.filter((f) => !needed.has(f.path));
    if (lazy.length) {
      const lraw = lazy.reduce((s, f) => s + f.raw, 0);
      const lgz = lazy.reduce((s, f) => s + f.gz, 0);
      out.push({
        label: '  of which needed to render it',
        value: `${int(gz - lgz)} B gz`,
        detail: `${kb(gz - lgz)} gzip; ${int(raw - lraw)} B raw (without lazy import() chunks)`,
        target: `<= ${TARGETS.firstScreenGzKB} KB gz`,
        status: status(gz - lgz, TARGETS.firstScreenGzKB * 1024),
      });
    }
    for (const f of shown) out.push({ label: `    file: ${f.path}`, value: `${int(f.gz)} B gz`, detail: `${int(f.raw)} B raw${needed.has(f.path) ? '' : '; lazy: import() after the first render'}` });
    for (const f of later) out.push({ label: `    later: ${f.path}`, value: `${int(f.gz)} B gz`, detail: `${int(f.raw)} B raw; fetched after the first screen` });
    if (!later.length) out.push({ label: '    later: (none)', detail: 'nothing else fetched from /sco/ in the next ~1 s' });

    // JS heap of the page (one renderer: the LMS page with scorm-again and the unit's frame).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN);
    const heap = await metric();
    await cdp.send('HeapProfiler.collectGarbage');
    const heapGc = await metric();
    out.push({ section: 'JS heap after load (LMS page incl. scorm-again + unit frame)' });
    out.push({ label: 'JSHeapUsedSize', value: `${(heap / 1048576).toFixed(2)} MB`, detail: `${int(heap)} B; ${(heapGc / 1048576).toFixed(2)} MB after a forced GC` });
    return { rows: out };
  } finally {
    await context.close().catch(() => undefined);
  }
}

interface Timing {
  firstContent: number;
  interactive: number;
}

/** One cold load in a fresh context: first content and interactive, in ms from the LMS page's navigation start. */
async function timedLoad(browser: Browser, lmsUrl: string, rate: number): Promise<Timing> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(RECORDER);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const radio = firstRadio(page);
    await page.goto(lmsUrl + LMS_QUERY, { waitUntil: 'commit' });
    // The first lesson may open on a page before its first question: Continue to it first.
    for (let p = 0; !learner.questionsOn(learner.course.lessons[0], p).some((b) => b.type === 'yes-no'); p++) {
      await page.frameLocator('iframe[title="Course content"]').getByRole('button', { name: 'Continue', exact: true }).click({ timeout: 30_000 });
    }
    // Clicked as soon as Playwright finds it visible, enabled and stable.
    await radio.click({ timeout: 30_000 });
    for (let i = 0; !(await radio.isChecked()); i++) {
      if (i > 50) throw new Error('the first radio never reported checked');
      // A click before the app was wired may have been undone by a render: click again.
      if (i % 10 === 9) await radio.click({ timeout: 5_000 });
      await page.waitForTimeout(20);
    }
    const frame = await unitFrame(page);
    const rec = (await frame.evaluate(READ_RECORDED)) as Recorded;
    if (!rec.h1.length || !rec.radioChecked.length) throw new Error('the recorder missed the h1 or the click');
    const shift = rec.origin - rec.parentOrigin; // unit frame's clock -> LMS page's clock
    return { firstContent: firstH1Visible(rec) + shift, interactive: rec.radioChecked[rec.radioChecked.length - 1] + shift };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Where the bench's plain page is served, beside the unit's index.html in /sco/. */
const PLAIN_PAGE = 'plain/index.html';

/**
 * A plain HTML page with the unit's first screen: the text and structure the unit draws (its
 * shadow root's HTML, Lit's markers removed) and the rules it draws them with, as one static
 * page and one stylesheet, no script. Taken from a real load, added to the test LMS's /sco/
 * files, so it is served the same way, in the same frame of the same LMS page.
 */
async function addPlainPage(browser: Browser, lmsUrl: string, files: Map<string, Uint8Array>): Promise<string> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(lmsUrl + LMS_QUERY);
    await page.frameLocator('iframe[title="Course content"]').getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    const frame = await unitFrame(page);
    const { body, css, title } = (await frame.evaluate(`(() => {
      const root = document.querySelector('hqc-unit').shadowRoot;
      const css = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n');
      return { body: root.innerHTML.replace(/<!--[^]*?-->/g, ''), css, title: document.title };
    })()`)) as { body: string; css: string; title: string };
    const enc = new TextEncoder();
    const html = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="./first-screen.css"></head>\n<body><hqc-plain>${body}</hqc-plain></body></html>`;
    files.set(PLAIN_PAGE, enc.encode(html));
    files.set('plain/first-screen.css', enc.encode(css.replace(/:host/g, 'hqc-plain')));
    return html;
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** One cold load of the plain page in a fresh context: first content, in ms from the LMS page's navigation start. */
async function timedPlainLoad(browser: Browser, lmsUrl: string, rate: number): Promise<number> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(RECORDER);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(`${lmsUrl}${LMS_QUERY}&page=${encodeURIComponent(PLAIN_PAGE)}`, { waitUntil: 'commit' });
    await page.frameLocator('iframe[title="Course content"]').getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    const frame = page.frames().find((f) => f.url().includes(PLAIN_PAGE));
    if (!frame) throw new Error('the plain page frame never appeared');
    let rec = (await frame.evaluate(READ_RECORDED)) as Recorded;
    for (let i = 0; !rec.h1.length && i < 50; i++) {
      await page.waitForTimeout(20);
      rec = (await frame.evaluate(READ_RECORDED)) as Recorded;
    }
    if (!rec.h1.length) throw new Error('the recorder saw no h1 on the plain page');
    return firstH1Visible(rec) + rec.origin - rec.parentOrigin;
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function loadTimings(browser: Browser, lmsUrl: string, files: Map<string, Uint8Array>): Promise<Row[]> {
  const plainHtml = await addPlainPage(browser, lmsUrl, files);
  await timedLoad(browser, lmsUrl, 1); // warm-up (Chromium's own caches, the server's first responses); not counted
  await timedPlainLoad(browser, lmsUrl, 1);
  const out: Row[] = [];
  const all: Record<number, Timing[]> = { 1: [], 4: [] };
  const plain: Record<number, number[]> = { 1: [], 4: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const rate of [1, 4]) {
      // interleaved: unit, plain page, at each rate
      all[rate].push(await timedLoad(browser, lmsUrl, rate));
      plain[rate].push(await timedPlainLoad(browser, lmsUrl, rate));
    }
  }
  for (const key of ['firstContent', 'interactive'] as const) {
    for (const rate of [1, 4]) {
      const xs = all[rate].map((t) => t[key]);
      out.push({
        label: `${key === 'firstContent' ? 'Time to first content' : 'Time to interactive (first question answered)'}, ${rate}x CPU`,
        value: `${ms(median(xs))} med`,
        detail: `min-max ${int(Math.min(...xs))}-${int(Math.max(...xs))} ms, ${RUNS} runs`,
      });
    }
  }
  for (const rate of [1, 4]) {
    const xs = plain[rate];
    out.push({
      label: `Plain HTML page, same first-screen text: first content, ${rate}x CPU`,
      value: `${ms(median(xs))} med`,
      detail: `min-max ${int(Math.min(...xs))}-${int(Math.max(...xs))} ms, ${RUNS} runs; ${int(gzipSync(plainHtml, { level: 9 }).byteLength)} B gz html, no script`,
    });
  }
  for (const rate of [1, 4]) {
    const ratio = median(all[rate].map((t) => t.firstContent)) / median(plain[rate]);
    out.push({
      label: `First content, unit / plain page, ${rate}x CPU`,
      value: `${ratio.toFixed(2)}x`,
      detail: 'ratio of the medians above, same run',
      ...(rate === 4 ? { target: `<= ${TARGETS.plainRatio4x}x`, status: status(ratio, TARGETS.plainRatio4x) } : {}),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Journeys

async function lmsLog(s: Session): Promise<{ call: string; args: string[] }[]> {
  return (await s.page.evaluate(`window.lmsCalls.map((c) => ({ call: c.call, args: c.args }))`)) as { call: string; args: string[] }[];
}

let visitedLessons: Lesson[] = [];

async function fullJourney(rig: Rig): Promise<Row[]> {
  const s = await learner.open(rig, '1.2');
  try {
    const titles: string[] = [];
    let launchCommits = 0;
    await learner.play(s, {
      onStep: async (t) => {
        if (!titles.length) launchCommits = (await s.page.evaluate(`window.lms.commits()`)) as number;
        titles.push(t);
      },
    });
    await s.page.waitForTimeout(500); // anything the last step change still sends
    visitedLessons = titles.map((t) => learner.lessonTitled(t)).filter((l): l is Lesson => !!l);
    const log = await lmsLog(s);
    const commits = (await s.page.evaluate(`window.lms.commits()`)) as number;
    const steps = titles.length - 1;
    const byName = new Map<string, number>();
    for (const c of log) byName.set(c.call, (byName.get(c.call) ?? 0) + 1);
    const out: Row[] = [
      { label: 'Learner steps (step changes)', value: int(steps), detail: `${titles.length} screens, "${titles[0]}" to "${titles[titles.length - 1]}"` },
      { label: 'LMS API calls, all', value: int(log.length), detail: 'until the completion screen (no unload yet)' },
    ];
    for (const [name, n] of [...byName].sort((a, b) => b[1] - a[1])) out.push({ label: `  ${name}`, value: int(n) });
    const setKeys = new Map<string, number>();
    for (const c of log) if (/SetValue$/.test(c.call)) setKeys.set(c.args[0], (setKeys.get(c.args[0]) ?? 0) + 1);
    const topKeys = [...setKeys].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => `${k} ${n}`).join(', ');
    if (topKeys) out.push({ label: '  most-set elements', detail: topKeys });
    out.push({ label: 'Commits (window.lms.commits())', value: int(commits), detail: `${launchCommits} at launch, ${commits - launchCommits} over the ${steps} step changes; ${int(log.filter((c) => /Commit$/.test(c.call)).length)} Commit calls` });
    // A learner step is a screen they reach: the launch screen (whose commit records the
    // attempt as "incomplete" at once) and each screen after a step change.
    const screens = titles.length;
    out.push({
      label: 'Commits per learner step (screen)',
      value: screens ? (commits / screens).toFixed(2) : '-',
      detail: `${commits} commits / ${screens} screens (${(commits / Math.max(steps, 1)).toFixed(2)} per step change)`,
      target: `<= ${TARGETS.commitsPerStep}`,
      status: screens ? status(commits / screens, TARGETS.commitsPerStep) : 'error',
    });
    return out;
  } finally {
    await s.context.close().catch(() => undefined);
  }
}

async function suspendDataJourney(rig: Rig): Promise<Row[]> {
  if (!visitedLessons.length) throw new Error('needs the full journey above (it failed)');
  // The reflection boxes on the path, and per-box lengths whose sum first reaches 2,000.
  const boxes = visitedLessons.flatMap((l) => interactions(l)).filter((b) => b.type === 'reflection');
  const maxima = boxes.map((b) => (b.type === 'reflection' ? b.maxLength : 0));
  let perBox = 0;
  while (perBox < Math.max(0, ...maxima) && maxima.reduce((sum, m) => sum + Math.min(m, perBox), 0) < TARGETS.reflectionChars) perBox++;
  // Some boxes are optional ("now or later") and on pages: fill what each box takes, up to 500.
  perBox = Math.max(perBox, 500);

  const s = await learner.open(rig, '1.2');
  try {
    let written = 0;
    let filled = 0;
    let steps = 0;
    for (let i = 0; i < 120; i++) {
      const title = await learner.currentTitle(s);
      if (title === 'Unit complete') break;
      const lesson = learner.lessonTitled(title);
      if (!lesson) throw new Error(`unknown step "${title}"`);
      const place = await learner.currentPlace(s);
      await learner.answer(s, lesson, false, 'x');
      for (const b of learner.questionsOn(lesson, (await learner.currentPage(s)).page)) {
        if (b.type !== 'reflection') continue;
        const box = s.unit.getByRole('textbox', { name: b.label });
        await box.fill(prose(++filled, Math.min(b.maxLength, perBox)));
        written += (await box.inputValue()).length;
      }
      const { page: at, pages } = await learner.currentPage(s);
      const primary = at < pages - 1 ? 'Continue' : learner.primaryName(lesson, false);
      await s.unit.getByRole('button', { name: primary, exact: true }).click();
      const end = Date.now() + 10_000;
      while ((await learner.currentPlace(s)) === place) {
        if (Date.now() > end) throw new Error(`stuck on "${place}"`);
        await s.page.waitForTimeout(25);
      }
      if ((await learner.currentTitle(s)) !== title) steps++;
    }
    await s.page.waitForTimeout(500);
    const cmi = (await s.page.evaluate(`window.lms.cmi()`)) as { suspend_data?: string };
    const log = await lmsLog(s);
    const sets = log.filter((c) => /SetValue$/.test(c.call) && c.args[0] === 'cmi.suspend_data').map((c) => (c.args[1] ?? '').length);
    const final = cmi.suspend_data ?? '';
    const peak = Math.max(final.length, ...sets);
    return [
      {
        label: 'Reflection text written',
        value: `${int(written)} chars`,
        detail: `${filled} boxes x up to ${perBox} chars (distinct prose each), ${steps} steps`,
        target: `>= ${int(TARGETS.reflectionChars)}`,
        status: written >= TARGETS.reflectionChars ? 'ok' : 'over',
      },
      {
        label: 'cmi.suspend_data length at the end',
        value: `${int(final.length)} chars`,
        detail: `peak over the journey ${int(peak)} chars`,
        target: `<= ${int(TARGETS.suspendChars)}`,
        status: status(peak, TARGETS.suspendChars),
      },
    ];
  } finally {
    await s.context.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Hot reload in the dev server

/** Profiles of real LMSs (scorm/preview/lms-host.ts) timed with every API call taking 2 s. */
const SLOW_PROFILES: [string, Standard][] = [
  ['kind', '1.2'],
  ['moodle-5', '1.2'],
  ['moodle-5', '2004'],
  ['strict-2004', '2004'],
  ['no-interactions', '1.2'],
  ['truncating', '1.2'],
  ['flaky', '2004'],
];
const SLOW_CALL_MS = 2000;

/**
 * Per profile, with an LMS that takes 2 s for every call: time from navigation until the first
 * screen's heading is shown, and from the Continue click until the next step's heading is
 * drawn (read in the unit's frame at each animation frame, so a save that blocked the page
 * before the paint would show here).
 */
async function slowLms(rig: Rig): Promise<Row[]> {
  const out: Row[] = [];
  for (const [profile, standard] of SLOW_PROFILES) {
    // bypassCSP: Playwright polls string predicates with eval, which the unit's CSP forbids.
    const context = await rig.browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
    try {
      await context.addInitScript(RECORDER);
      const page = await context.newPage();
      const faults = encodeURIComponent(JSON.stringify({ profile, delayMs: SLOW_CALL_MS }));
      await page.goto(`${rig.servers[standard].url}/lms.html?standard=${standard}&faults=${faults}`);
      const frame = await unitFrame(page, 90_000);
      // Scripts as strings: tsx's helpers (__name) do not exist in the page.
      await frame.waitForFunction(`!!document.querySelector('hqc-unit')?.shadowRoot?.querySelector('h1')`, undefined, { timeout: 90_000 });
      // The first paint as the page's own recorder saw it (the save after it blocks polling from outside).
      const rec = (await frame.evaluate(READ_RECORDED)) as Recorded;
      const firstPaint = firstH1Visible(rec) + rec.origin - rec.parentOrigin;
      // The unit's own first screen (it answers): after the LMS calls at launch.
      await frame.waitForFunction(`(() => { const r = document.querySelector('hqc-unit')?.shadowRoot; return !!r?.querySelector('h1') && !r.querySelector('[inert]'); })()`, undefined, { timeout: 90_000 });
      await frame.waitForFunction(`window.__bench.live !== null`, undefined, { timeout: 10_000 });
      const live = ((await frame.evaluate(READ_RECORDED)) as Recorded).live! + rec.origin - rec.parentOrigin;
      await frame.evaluate(`(() => {
        const t = (window.__t = {});
        const h1 = () => document.querySelector('hqc-unit')?.shadowRoot?.querySelector('h1')?.textContent ?? '';
        let last = h1();
        const loop = () => {
          const now = h1();
          if (now !== last && t.click !== undefined && t.drawn === undefined) t.drawn = performance.now();
          last = now;
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
        document.addEventListener('click', () => (t.click ??= performance.now()), true);
      })()`);
      const s = { page, unit: page.frameLocator('iframe[title="Course content"]') } as unknown as Session;
      // Page through the first lesson to its last page, then time the Continue that changes the step.
      const first = learner.course.lessons[0];
      for (let guard = 0; guard < 10; guard++) {
        const { page: at, pages } = await learner.currentPage(s);
        await learner.answer(s, first, false, '');
        if (at >= pages - 1) break;
        await s.unit.getByRole('button', { name: 'Continue', exact: true }).click({ timeout: 60_000 });
        await frame.waitForFunction(`!!document.querySelector('hqc-unit')`, undefined, { timeout: 60_000 });
      }
      await frame.evaluate(`window.__t.click = undefined; window.__t.drawn = undefined;`);
      await s.unit.getByRole('button', { name: learner.primaryName(first, false), exact: true }).click({ timeout: 60_000 });
      await frame.waitForFunction(`window.__t.drawn !== undefined`, undefined, { timeout: 60_000 });
      const t = (await frame.evaluate(`window.__t`)) as { click: number; drawn: number };
      out.push({ label: `${profile}, SCORM ${standard}`, value: `${ms(firstPaint)} / ${ms(live)} / ${ms(t.drawn - t.click)}`, detail: "first screen drawn / the unit's own (it answers) / Continue to next step" });
    } catch (e) {
      out.push({ label: `${profile}, SCORM ${standard}`, value: '-', detail: (e instanceof Error ? e.message : String(e)).split('\n')[0], status: 'error' });
    } finally {
      await context.close().catch(() => undefined);
    }
  }
  return out;
}

async function hotReload(browser: Browser): Promise<Row[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'hqc-bench-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  cpSync(join(ROOT, 'content'), join(tmp, 'content'), { recursive: true });
  const lessonFile = join(tmp, learner.course.lessons[0].source); // content/lessons/01-….md
  const original = readFileSync(lessonFile, 'utf8');
  if (!/^title: .*$/m.test(original)) throw new Error(`no "title:" line in ${basename(lessonFile)}`);

  const t0 = performance.now();
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: join(ROOT, 'src'),
    base: '/',
    publicDir: false,
    logLevel: 'silent',
    clearScreen: false,
    cacheDir: join(tmp, '.vite'),
    plugins: [coursePlugin({ root: tmp }), previewLmsPlugin({ root: ROOT })],
    server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [ROOT, tmp] } },
  });
  cleanups.push(() => server.close());
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/index.html`;

  const context = await browser.newContext({ viewport: VIEWPORT });
  cleanups.push(() => context.close().catch(() => undefined));
  await context.addInitScript(RECORDER);
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
  const coldStart = performance.now() - t0;
  // Let the dependency optimizer settle (it may reload the page once on a cold cache).
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(1_000);

  const change = async (title: string): Promise<number> => {
    const before = Date.now();
    writeFileSync(lessonFile, original.replace(/^title: .*$/m, `title: "${title}"`));
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor({ timeout: 20_000 });
    const seen = Date.now();
    const rec = (await page.evaluate(READ_RECORDED)) as Recorded;
    const entry = rec.h1.find((e) => e.text === title);
    if (!entry) return seen - before;
    // The reloaded document's first h1 is normally the new title: then use its first paint.
    return entry.wall + (entry === rec.h1[0] ? firstH1Visible(rec) - entry.at : 0) - before;
  };
  await change('Bench warm-up title'); // not counted: first compile paths, first reload
  await page.waitForTimeout(300);
  const xs: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    xs.push(await change(`Bench title ${i}`));
    await page.waitForTimeout(300);
  }
  writeFileSync(lessonFile, original);
  return [
    { label: 'Dev server start to first h1', value: ms(coldStart), detail: 'createServer + listen + first page load (cold)' },
    {
      label: 'Hot reload: save lesson 01 -> new h1',
      value: `${ms(median(xs))} med`,
      detail: `min-max ${int(Math.min(...xs))}-${int(Math.max(...xs))} ms, ${RUNS} runs (full page reload)`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------

async function cleanup() {
  for (const c of cleanups.splice(0).reverse()) {
    try {
      await withTimeout(Promise.resolve(c()), 10_000, 'cleanup');
    } catch {
      // best effort
    }
  }
}

const watchdog = setTimeout(async () => {
  console.error('\nbench: stopped after 10 minutes (something hung). Partial results:\n');
  console.log(renderTable(rows));
  await cleanup();
  process.exit(1);
}, 600_000);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

async function main() {
  const cpu = cpus();
  const header = `Bench: ${learner.course.title} ${learner.course.version} | node ${process.version}, ${platform()} ${arch()}, ${cpu.length} CPU${cpu.length === 1 ? '' : 's'} (${cpu[0]?.model.trim() ?? 'unknown'})`;
  process.stdout.write(`${header}\nBuilding and measuring (about 3-4 minutes)...\n`);

  await section('Build', 180_000, runBuild);
  await section('Zip sizes', 5_000, zipSizes);

  let rig: Rig | null = null;
  try {
    rig = await withTimeout(learner.startRig(), 60_000, 'starting Chromium and the test LMS');
    const r = rig;
    cleanups.push(() => r.close());
  } catch (e) {
    rows.push({ label: 'Chromium / test LMS', value: '-', detail: (e instanceof Error ? e.message : String(e)).split('\n')[0], status: 'error' });
  }
  let chromiumVersion = '?';
  if (rig) {
    const r = rig;
    chromiumVersion = r.browser.version();
    const lmsUrl = r.servers['1.2'].url;
    let heapRows: Row[] = [];
    await section('First-screen bytes from /sco/ (SCORM 1.2 zip; gzip = zlib level 9 per file)', 60_000, async () => {
      const fs = await firstScreen(r.browser, lmsUrl);
      const i = fs.rows.findIndex((x) => 'section' in x);
      heapRows = fs.rows.slice(i);
      return fs.rows.slice(0, i);
    });
    await section(`Load timing (median of ${RUNS}, fresh context each, viewport 1000x700; unit and a plain page)`, 300_000, () => loadTimings(r.browser, lmsUrl, r.servers['1.2'].files));
    rows.push(...heapRows);
  }
  if (rig && !FIRST_SCREEN_ONLY) {
    const r = rig;
    await section('Full journey, SCORM 1.2 (play(s): first answer No -> full path)', 90_000, () => fullJourney(r));
    await section('suspend_data, full journey with >= 2,000 chars of reflections', 90_000, () => suspendDataJourney(r));
    await section('Hot reload (Vite dev server, temp copy of content/)', 120_000, () => hotReload(r.browser));
    await section(`A slow LMS (${SLOW_CALL_MS / 1000} s per API call), per real-LMS profile: first screen drawn / the unit's own / Continue to next step`, 400_000, () => slowLms(r));
  }

  const total = (performance.now() - started) / 1000;
  const out = [
    '',
    header,
    `Chromium ${chromiumVersion} (playwright-core, headless). Timings vary between machines and runs: compare figures from the same machine.`,
    '',
    renderTable(rows),
    '',
    'Notes',
    '  First content: from the LMS page\'s navigation start (its performance.timeOrigin) to the paint that shows the unit\'s <h1>:',
    '    a recorder injected in the unit\'s iframe sees the <h1> laid out (non-zero box) at the start of an animation frame; the',
    '    frame\'s first-contentful-paint, when not earlier, is that paint. All performance.now() in the iframe, shifted by the',
    '    difference of the two documents\' timeOrigins: not Playwright timestamps, so no test-side polling delay.',
    '  Interactive: same clock, to the click (issued by Playwright as soon as the first "Yes" radio was visible, enabled and',
    '    stable) after which that radio reports checked. Includes Playwright\'s actionability checks (a few ms). CPU throttling via',
    '    CDP Emulation.setCPUThrottlingRate; 1x and 4x runs interleaved, after one uncounted warm-up load.',
    '  Plain page: the unit\'s first screen as a static page (its shadow root\'s HTML and style rules, taken from a real load, no',
    '    script), served from the same /sco/ in the same LMS frame; its runs interleave with the unit\'s. Ratio = unit median /',
    '    plain median. The first screen is the first lesson\'s first page; the first question may be a Continue away.',
    '  First-screen bytes: every /sco/ response body recorded in a real 1x load; a file counts when its Resource Timing responseEnd',
    '    (in the unit frame) is before the first-content moment. "Needed to render" leaves out chunks reached only by import()',
    '    (found by reading index.html and the static imports of its scripts). The local server sends no compression: gzip is',
    '    computed here per file. The budget counts the page and its code: pictures are content, fetched beside them and never',
    '    waited for, so whether one lands before the paint is a race (they are listed, not counted).',
    '  LMS calls: window.lmsCalls on the test LMS page (scorm-again) from launch to the completion screen; commits = successful',
    '    LMSCommit calls. Steps = screen changes the learner made.',
    '  suspend_data: each reflection box gets its own seeded English-like prose (suspend_data is lz-string compressed, so one',
    '    repeated string would flatter it); "written" is what the boxes held after filling. Peak = longest value ever set.',
    '  Hot reload: wall clock (Date.now()) from just before the lesson file is written to the paint of the new <h1> in the',
    '    reloaded page (same recorder); dev server from the plugins in vite.config.ts over a temp copy of content/. One uncounted',
    '    warm-up change first.',
    ...notes.map((n) => `  ${n}`),
    `  Bench took ${total.toFixed(0)} s.`,
  ];
  console.log(out.join('\n'));
}

try {
  await main();
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
