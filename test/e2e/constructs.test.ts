// Tabs, accordion and cards in the built unit, in Chromium: on the lesson pages that use them,
// at 320 x 500 and Moodle's 360 x 640 phone frame with nothing scrolling sideways, every panel
// shown when printed, and in forced colours (Windows high contrast) the selected tab and the
// cards' edges still drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { createFlowMachine } from '../../src/flow/machine';
import { lessonById, pageBlocks, pageCount } from '../../src/flow/progress';
import { saveFlow } from '../../src/flow/snapshot';
import { encodeSuspendData } from '../../src/lms/suspendData';
import { course, open, startRig, type Rig, type Session } from './learner';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

/** The first lesson page that holds a construct of this style. */
function pageWith(style: 'tabs' | 'accordion' | 'cards'): { lesson: string; page: number } {
  for (const lesson of course.lessons) {
    for (let page = 0; page < pageCount(lesson); page++) {
      if (pageBlocks(lesson, page).some((b) => b.type === 'panels' && b.style === style)) return { lesson: lesson.id, page };
    }
  }
  throw new Error(`no ${style} in the content`);
}

async function openAt(where: { lesson: string; page: number }, viewport: { width: number; height: number }): Promise<{ s: Session; frame: Frame }> {
  const snapshot = createFlowMachine(course).resolveState({
    value: where.lesson,
    context: { path: 'full', answers: {}, visited: course.lessons.map((l) => l.id), completed: true, returnTo: null, pages: { [where.lesson]: where.page }, seed: 0 },
  });
  const s = await open(rig, '1.2', {
    viewport,
    query: `&width=${viewport.width}&height=${viewport.height}`,
    lmsData: { suspend_data: encodeSuspendData({ seq: 1, data: saveFlow(snapshot) }), core: { lesson_location: where.lesson, lesson_status: 'completed', exit: 'suspend' } },
  });
  const frame = s.page.frames().find((f) => f.url().includes('/sco/'))!;
  const title = lessonById(course, where.lesson)!.title;
  await frame.waitForFunction(
    (t) => {
      const root = document.querySelector('hqc-unit')?.shadowRoot;
      const el = root?.querySelector(t.tag);
      return root?.querySelector('h1')?.textContent?.trim() === t.title && !!el?.shadowRoot?.firstElementChild;
    },
    { title, tag: `hqc-${style(where)}` },
  );
  return { s, frame };
}

function style(where: { lesson: string; page: number }): string {
  const block = pageBlocks(lessonById(course, where.lesson)!, where.page).find((b) => b.type === 'panels');
  return block && block.type === 'panels' ? block.style : '';
}

/** Heights of each panel of the construct on the page, and whether the page scrolls sideways. */
async function measure(frame: Frame, tag: string) {
  return frame.evaluate((t) => {
    const el = document.querySelector('hqc-unit')!.shadowRoot!.querySelector(t)!;
    const panels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=tabpanel], [role=region], li')];
    return {
      panels: panels.map((p) => p.getBoundingClientRect().height),
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, tag);
}

for (const construct of ['tabs', 'accordion', 'cards'] as const) {
  describe(`${construct} in the built unit`, () => {
    const where = pageWith(construct);
    const tag = `hqc-${construct}`;

    for (const viewport of [{ width: 320, height: 500 }, { width: 360, height: 640 }]) {
      it(`${viewport.width} x ${viewport.height}: nothing scrolls sideways`, async () => {
        const { s, frame } = await openAt(where, viewport);
        expect((await measure(frame, tag)).sideways).toBeLessThanOrEqual(0);
        expect(s.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
        await s.context.close();
      });
    }

    it('printed: every panel is shown', async () => {
      const { s, frame } = await openAt(where, { width: 1000, height: 700 });
      await s.page.emulateMedia({ media: 'print' });
      const { panels } = await measure(frame, tag);
      expect(panels.length).toBeGreaterThan(1);
      expect(panels.every((h) => h > 0), `panel heights in print: ${panels.join(', ')}`).toBe(true);
      await s.context.close();
    });

    it('forced colours: the construct keeps visible edges and its state', async () => {
      const { s, frame } = await openAt(where, { width: 1000, height: 700 });
      await s.page.emulateMedia({ forcedColors: 'active' });
      const look = await frame.evaluate((t) => {
        const root = document.querySelector('hqc-unit')!.shadowRoot!.querySelector(t)!.shadowRoot!;
        const css = (sel: string) => {
          const e = root.querySelector(sel);
          return e ? getComputedStyle(e) : null;
        };
        return {
          selectedTab: css('[role=tab][aria-selected=true]')?.borderBottomStyle ?? null,
          card: css('li')?.borderTopStyle ?? null,
          accordion: css('.section')?.borderBottomStyle ?? null,
          marker: css('.marker')?.borderRightStyle ?? null,
        };
      }, tag);
      if (construct === 'tabs') expect(look.selectedTab).toBe('solid');
      if (construct === 'cards') expect(look.card).toBe('solid');
      if (construct === 'accordion') {
        expect(look.accordion).toBe('solid');
        expect(look.marker, 'the open/closed chevron is drawn with borders').toBe('solid');
      }
      await s.context.close();
    });
  });
}
