// Every page of the unit fits in about two of Moodle's frames on a phone: measured in Chromium
// at 360 px wide, with every question answered (feedback open, the longest a page gets).
// A page over the limit fails with its height, so a designer knows where to add a `::: page`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { createFlowMachine, type FlowSnapshot } from '../../src/flow/machine';
import { pageCount, sequence } from '../../src/flow/progress';
import { saveFlow } from '../../src/flow/snapshot';
import type { Lesson } from '../../src/course/types';
import { encodeSuspendData } from '../../src/lms/suspendData';
import { course, open, startRig, type Rig } from './learner';

/** Two of Moodle's frames: its player makes the unit's frame about 666 px high (500 at the least). */
export const PAGE_LIMIT_PX = 2 * 666;
const WIDTH = 360;
const HEIGHT = 640;

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

/** Every answer given (the option with the longest feedback), every lesson visited, the unit completed. */
function stateAt(lesson: Lesson, page: number): FlowSnapshot {
  const answers: Record<string, string> = {};
  for (const l of course.lessons) {
    for (const b of l.blocks) {
      if (b.type === 'yes-no') answers[b.id] = 'no';
      else if (b.type === 'choice') answers[b.id] = [...b.options].sort((x, y) => y.feedback.length - x.feedback.length)[0].id;
      else if (b.type === 'reflection') answers[b.id] = 'I will ask what drew them to their work, and listen to the answer without interrupting.';
      else if (b.type === 'challenge') answers[b.id] = 'adopted';
    }
  }
  const machine = createFlowMachine(course);
  return machine.resolveState({
    value: lesson.id,
    context: { path: lesson.paths.includes('full') ? 'full' : 'quick', answers, visited: course.lessons.map((l) => l.id), completed: true, returnTo: null, pages: page ? { [lesson.id]: page } : {}, seed: 0 },
  });
}

function unitFrame(s: { page: import('playwright-core').Page }): Frame {
  return s.page.frames().find((f) => f.url().includes('/sco/'))!;
}

const lessons = [...new Set([...sequence(course, 'full'), ...sequence(course, 'quick'), ...course.lessons.filter((l) => l.kind === 'reference')])];

describe(`every page of the unit at ${WIDTH} x ${HEIGHT} is at most ${PAGE_LIMIT_PX} px tall`, () => {
  for (const lesson of lessons) {
    it(`${lesson.title} (${pageCount(lesson)} page${pageCount(lesson) === 1 ? '' : 's'})`, async () => {
      const heights: number[] = [];
      for (let page = 0; page < pageCount(lesson); page++) {
        const snapshot = stateAt(lesson, page);
        const suspend_data = encodeSuspendData({ seq: 1, data: saveFlow(snapshot) });
        const s = await open(rig, '1.2', {
          viewport: { width: WIDTH, height: HEIGHT },
          query: `&width=${WIDTH}&height=${HEIGHT}`,
          lmsData: { suspend_data, core: { lesson_location: lesson.id, lesson_status: "completed", exit: "suspend" } },
        });
        const frame = unitFrame(s);
        await frame.waitForFunction((t) => {
          const unit = document.querySelector('hqc-unit');
          const about = unit?.shadowRoot?.querySelector('#step-about')?.textContent ?? '';
          return unit?.shadowRoot?.querySelector('h1')?.textContent?.trim() === t.title && (t.pages === 1 || about.startsWith(`Page ${t.page + 1} of`)) && !unit.shadowRoot.querySelector('.loading');
        }, { title: lesson.title, page, pages: pageCount(lesson) });
        const height = await frame.evaluate(() => {
          const main = document.querySelector('hqc-unit')!.shadowRoot!.querySelector('main')!;
          return Math.round(main.getBoundingClientRect().height);
        });
        const sideways = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        heights.push(height);
        if (process.env.HQC_PAGE_PARTS) {
          // For a designer deciding where a page break goes: the height of each part of the page.
          console.log(await frame.evaluate(() => [...document.querySelector('hqc-unit')!.shadowRoot!.querySelectorAll('article > *, article .prose > *')].map((e) => `${Math.round(e.getBoundingClientRect().height)} ${e.tagName} ${(e.textContent ?? '').trim().slice(0, 30)}`).join('\n')));
        }
        expect(sideways, `page ${page + 1} scrolls sideways`).toBeLessThanOrEqual(0);
        await s.context.close();
      }
      console.log(`${lesson.id}: ${heights.join(', ')} px`);
      expect(heights.every((h) => h <= PAGE_LIMIT_PX), `page heights ${heights.join(', ')} px; over ${PAGE_LIMIT_PX} px, add a "::: page" line`).toBe(true);
    }, 60_000);
  }
});
