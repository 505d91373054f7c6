// The theme in the built unit, as the learner sees it: the tinted panels (an option under the
// pointer, the checked option, a choice's feedback, the "next unit" card) stand out from the
// page behind them. Component tests cannot catch a page-level token that overrides the
// components' defaults (as --hqc-surface once made every tint white on white), so this reads
// the computed colours in the shipped unit, in Chromium, inside the LMS frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { interactions } from '../../src/flow/progress';
import { answer, course, currentPage, firstWords, open, play, questionsOn, startRig, type Rig, type Session } from './learner';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const background = (l: Locator, selector: string) =>
  l.evaluate((el, sel) => getComputedStyle(el.closest(sel) ?? el).backgroundColor, selector);

/** The page behind the unit: the unit document's body and the hqc-unit element. */
async function pageBackgrounds(s: Session): Promise<string[]> {
  return [await background(s.unit.locator('body'), 'body'), await background(s.unit.locator('hqc-unit'), 'hqc-unit')];
}

function expectTint(tint: string, page: string[], what: string) {
  expect(tint, `${what}: no background at all`).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  for (const p of page) expect(tint, `${what} is the page's own colour`).not.toBe(p);
}

describe('theme in the built unit', () => {
  it('hover, checked option, feedback and the "next" card are tinted, unlike the page', async () => {
    const s = await open(rig, '1.2');
    const page = await pageBackgrounds(s);
    expect(page[0]).toBe('rgb(255, 255, 255)');

    const first = interactions(course.lessons[0])[0];
    if (first.type !== 'yes-no') throw new Error('the first lesson starts with a yes/no question');
    // The first question may be on a later page of the first lesson.
    for (let p = 0; !questionsOn(course.lessons[0], p).some((b) => b.id === first.id); p++) {
      await s.unit.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    const no = s.unit.getByRole('group', { name: first.text }).getByRole('radio', { name: 'No', exact: true });
    await no.hover();
    expectTint(await background(no, '.option'), page, 'an option under the pointer');
    await no.check();
    await s.page.mouse.move(0, 0);
    expectTint(await background(no, '.option'), page, 'the checked option');

    const scenario = course.lessons.find((l) => interactions(l).some((b) => b.type === 'choice'))!;
    await play(s, { stopAt: scenario.id });
    // Page through the scenario to its first choice, answering on the way.
    for (let i = 0; i < 10 && !questionsOn(scenario, (await currentPage(s)).page).some((b) => b.type === 'choice'); i++) {
      await answer(s, scenario, false, '');
      await s.unit.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await answer(s, scenario, false, '');
    const choice = questionsOn(scenario, (await currentPage(s)).page).find((b) => b.type === 'choice')!;
    if (choice?.type !== 'choice') throw new Error('no choice on this page');
    const option = choice.options.find((o) => o.correct) ?? choice.options[0];
    expectTint(await background(s.unit.getByText(firstWords(option.feedback)).first(), '.feedback'), page, 'the feedback');

    await play(s);
    const next = s.unit.getByRole('region', { name: /A unit you could take next/ });
    expectTint(await background(next, '.next'), page, 'the "next unit" card');
    await s.context.close();
  });
});
