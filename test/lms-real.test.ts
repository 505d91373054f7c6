// Saving against LMSs that behave as real ones do (../shared/RECIPES.md, "How real LMSs
// behave"): each "What was seen" item of the saving issue is a test here, and every assertion
// reads what the LMS server kept (`server()`), never the runtime's memory.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileName } from '../scorm/preview/lms-host';
import { createFlowMachine, COMPLETE, currentStep } from '../src/flow/machine';
import { interactions, lessonById, pageCount } from '../src/flow/progress';
import { restoreFlow } from '../src/flow/snapshot';
import { interactionRecords } from '../src/interactions';
import { cmiFor, invalidValue } from '../src/lms/cmi';
import { decodeSuspendData, encodeSuspendData } from '../src/lms/suspendData';
import { findApi } from '../src/lms/discovery';
import { ROOT, realCourse } from './helpers/content';
import { MemoryStorage, launch, type Launch, type LaunchOptions } from './helpers/lms';
import { openPanels } from './helpers/flow-states';

const course = realCourse();
type Std = '1.2' | '2004';

/** A learner: "No" to the first self-assessment question (full path) or all "Yes" (quick), the second option everywhere, `text` in every box. */
function play(l: Launch, opts: { path?: 'full' | 'quick'; text?: string; stopAt?: string; each?: (step: string) => void } = {}) {
  for (let i = 0; i < 60; i++) {
    const step = currentStep(l.app.actor.getSnapshot());
    if (step === COMPLETE || step === opts.stopAt) return;
    opts.each?.(step);
    const lesson = lessonById(course, step);
    for (const b of lesson ? interactions(lesson) : []) {
      const value =
        b.type === 'yes-no'
          ? b.id === 'sa-have-hqc' && opts.path !== 'quick'
            ? 'no'
            : 'yes'
          : b.type === 'choice'
            ? b.options[1].id
            : b.type === 'reflection'
              ? (opts.text ?? 'I asked what drew them to this work.').slice(0, b.maxLength)
              : 'adopted';
      l.app.actor.send({ type: 'answer.set', id: b.id, value });
    }
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
    l.settle();
  }
  throw new Error('the journey did not end');
}

function answerHere(l: Launch) {
  const lesson = lessonById(course, currentStep(l.app.actor.getSnapshot()));
  for (const b of lesson ? interactions(lesson) : []) {
    const value = b.type === 'yes-no' ? 'yes' : b.type === 'choice' ? b.options[0].id : b.type === 'reflection' ? 'A note.' : 'adopted';
    l.app.actor.send({ type: 'answer.set', id: b.id, value });
  }
}

/** Varied text that compresses like real writing (not a repeated sentence). */
function naturalText(alphabet: string, length: number, seed = 11): string {
  let out = '';
  let x = seed;
  while (out.length < length) {
    x = (x * 48271) % 2147483647;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const status = (l: Launch) => {
  const cmi = l.server();
  return l.lms!.standard === '1.2' ? cmi.core?.lesson_status : cmi.completion_status;
};
const location = (l: Launch) => (l.lms!.standard === '1.2' ? l.server().core?.lesson_location : l.server().location);
const exit = (l: Launch) => (l.lms!.standard === '1.2' ? l.server().core?.exit : l.server().exit);
const storedData = (l: Launch) => {
  const d = decodeSuspendData(l.server().suspend_data ?? '');
  return d.kind === 'ok' ? d.envelope : null;
};
const fresh = () => ({ lmsStorage: new MemoryStorage(), browser: new MemoryStorage() });
const profiles: ProfileName[] = ['kind', 'strict-2004', 'moodle-5', 'moodle-5-strict', 'no-interactions', 'truncating', 'flaky'];

describe('both zips complete full and quick paths on every LMS profile, with nothing lost', () => {
  for (const profile of profiles) {
    for (const standard of ['1.2', '2004'] as Std[]) {
      for (const path of ['full', 'quick'] as const) {
        it(`${profile}, SCORM ${standard}, ${path} path`, () => {
          const s = fresh();
          const l = launch(course, { standard, faults: { profile }, ...s });
          const text = 'I asked Sam what the project means to her, and listened to the end.';
          play(l, { path, text });
          l.settle(60_000);
          expect(status(l)).toBe('completed');
          expect(location(l)).toBe(COMPLETE);
          expect(exit(l)).toBe('suspend');
          expect(l.view.saveStatus?.kind).toBe('saved');
          const saved = storedData(l)!;
          expect(saved, 'suspend_data reads back').not.toBeNull();
          const answers = l.app.actor.getSnapshot().context.answers;
          expect((saved.data as { a: Record<string, string> }).a).toEqual(answers);
          // Another device: only the LMS has the attempt, and it comes back whole.
          l.close();
          const again = launch(course, { standard, faults: { profile: profile === 'flaky' ? 'kind' : profile }, lmsStorage: s.lmsStorage, browser: new MemoryStorage() });
          expect(again.app.actor.getSnapshot().context.answers).toEqual(answers);
          expect(currentStep(again.app.actor.getSnapshot())).toBe(COMPLETE);
          if (profile !== 'no-interactions') {
            const ids = Object.values(l.server().interactions ?? {}).map((i: any) => i.id);
            expect(new Set(ids)).toEqual(new Set(interactionRecords(course, answers, new Map()).map((r) => r.id)));
          }
        });
      }
    }
  }
});

describe('1. the SCORM 2004 zip in Moodle 5: every answer is in a form Moodle takes', () => {
  it('no SetValue is refused on the full path, and completion reaches the server', () => {
    const l = launch(course, { standard: '2004', faults: { profile: 'moodle-5' }, ...fresh() });
    play(l);
    const refused = l.calls.filter((c) => c.call === 'SetValue' && c.result !== 'true');
    expect(refused).toEqual([]);
    expect(status(l)).toBe('completed');
    const choices = Object.values(l.server().interactions).filter((i: any) => i.type === 'choice') as any[];
    expect(choices.length).toBeGreaterThan(5);
    for (const c of choices) expect(c.learner_response).toMatch(/^[\w.]{1,250}$/);
  });

  it('every interaction of the course, with every option, passes both standards and Moodle\'s patterns', () => {
    const checked: string[] = [];
    for (const lesson of course.lessons) {
      for (const b of interactions(lesson)) {
        const values = b.type === 'yes-no' ? ['yes', 'no'] : b.type === 'choice' ? b.options.map((o) => o.id) : [];
        for (const value of values) {
          const [record] = interactionRecords(course, { [b.id]: value }, new Map([[b.id, new Date(2026, 10, 29, 9, 5, 7)]]));
          for (const standard of ['1.2', '2004'] as Std[]) {
            for (const [element, v] of cmiFor(standard).interaction(0, record)) {
              expect(invalidValue(standard, element, v, record.type), `${standard} ${element}=${v}`).toBeNull();
              checked.push(element);
            }
          }
        }
      }
    }
    expect(checked.length).toBeGreaterThan(200);
  });

  it('the validator refuses what Moodle refuses (so the test above can fail)', () => {
    expect(invalidValue('2004', 'cmi.interactions.6.learner_response', 'intro-check-too-short', 'choice')).not.toBeNull();
    expect(invalidValue('2004', 'cmi.interactions.0.id', 'ends-with-dash-')).not.toBeNull();
    expect(invalidValue('1.2', 'cmi.interactions.0.id', 'has space')).not.toBeNull();
    expect(invalidValue('1.2', 'cmi.core.lesson_status', 'not attempted')).not.toBeNull();
    expect(invalidValue('2004', 'cmi.session_time', 'PT1.234S')).not.toBeNull();
    expect(invalidValue('1.2', 'cmi.suspend_data', 'x'.repeat(4097))).not.toBeNull();
  });
});

describe('2. one refused element never stops the others', () => {
  it('SCORM 1.2 LMS without interactions (401): status, bookmark and notes reach it at every step', () => {
    const l = launch(course, { standard: '1.2', faults: { profile: 'no-interactions' }, ...fresh() });
    l.settle();
    play(l, {
      stopAt: 'introduction',
      each: (step) => {
        if (step !== 'is-this-for-you') expect(location(l)).toBe(step);
      },
    });
    expect(status(l)).toBe('incomplete');
    expect(l.lms!.commits()).toBeGreaterThan(3);
    play(l);
    expect(status(l)).toBe('completed');
    // Skipped for the session after the first 401: not retried at every step.
    expect(l.calls.filter((c) => c.call === 'LMSSetValue' && c.args[0].startsWith('cmi.interactions.')).length).toBe(1);
    expect(l.app.session.getProblems().join(' ')).toMatch(/does not keep it/);
  });

  it('SCORM 2004 LMS refusing progress_measure (401): exit and completion still arrive', () => {
    const l = launch(course, { standard: '2004', faults: { refuse: { element: 'cmi.progress_measure', code: '401' } }, ...fresh() });
    play(l);
    expect(exit(l)).toBe('suspend');
    expect(status(l)).toBe('completed');
    expect(l.view.saveStatus?.kind).toBe('saved');
  });

  it('SetValue of suspend_data throwing: status and bookmark still committed; the learner is told it is not all saved', () => {
    const l = launch(course, { standard: '1.2', faults: { throwsOn: 'cmi.suspend_data' }, ...fresh() });
    play(l, { stopAt: 'scenario-temp' });
    expect(l.lms!.commits()).toBeGreaterThan(0);
    expect(location(l)).toBe('scenario-temp');
    expect(status(l)).toBe('incomplete');
    expect(l.view.saveStatus?.kind).toBe('retrying');
    // Retries back off instead of hammering the LMS.
    const before = l.calls.length;
    l.settle(10_000);
    expect(l.calls.length - before).toBeLessThan(60);
  });

  it('a value the LMS calls invalid is recorded and skipped, never looped', () => {
    const l = launch(course, { standard: '2004', faults: { refuse: { element: 'cmi.location', code: '406' } }, ...fresh() });
    play(l, { stopAt: 'introduction' });
    l.settle(120_000);
    const tries = l.calls.filter((c) => c.call === 'SetValue' && c.args[0] === 'cmi.location');
    const distinct = new Set(tries.map((c) => c.args[1]));
    expect(tries.length).toBe(distinct.size);
    expect(l.app.session.getProblems().join(' ')).toMatch(/cmi\.location: 406 Data model element type mismatch/);
    expect(l.view.saveStatus?.kind).toBe('saved');
  });
});

describe('3. "too long" in every standard\'s words', () => {
  for (const [standard, code] of [['2004', '406'], ['2004', '407'], ['2004', '351'], ['1.2', '405']] as [Std, string][]) {
    it(`SCORM ${standard} refusing long suspend_data with ${code}: notes shortened to fit, status, exit and Commit still go`, () => {
      const s = fresh();
      // The LMS keeps at most 1,200 characters and says so with `code`.
      const limitRefuse: LaunchOptions['faults'] = code === '405' || code === '406' ? { suspendLimit: 1200 } : { suspendLimit: 1200 };
      const l = launch(course, { standard, faults: limitRefuse, ...s });
      if (code === '407' || code === '351') patchRefusalCode(l, code);
      const long = 'We talked about the harbour project, her first month and what she hopes to learn. '.repeat(12);
      play(l, { text: long });
      expect(status(l)).toBe('completed');
      expect(exit(l)).toBe('suspend');
      expect(l.view.saveStatus?.kind).toBe('too-long');
      const saved = storedData(l)!;
      expect(saved.shortened).toBe(true);
      expect(l.server().suspend_data.length).toBeLessThanOrEqual(1200);
      // Another device says so too; this browser still has every word.
      const other = launch(course, { standard, lmsStorage: s.lmsStorage, browser: new MemoryStorage() });
      expect(other.view.notices.map((n) => n.id)).toContain('shortened');
      const here = launch(course, { standard, lmsStorage: s.lmsStorage, browser: s.browser });
      expect(here.app.session.resume.source).toBe('backup');
      expect(Object.values(here.app.actor.getSnapshot().context.answers)).toContain(long.slice(0, 2000).slice(0, Object.values(here.app.actor.getSnapshot().context.answers).find((v) => v.startsWith('We talked'))!.length));
      expect(Object.values(here.app.actor.getSnapshot().context.answers).some((v) => v.startsWith('We talked') && !v.endsWith('…'))).toBe(true);
    });
  }
});

/** Makes the LMS answer a different code for its suspend_data refusal (2004: 407 or 351). */
function patchRefusalCode(l: Launch, code: string) {
  const api = l.lms!.api;
  const set = api.SetValue;
  const lastError = api.GetLastError;
  let forced: string | null = null;
  api.SetValue = (e: string, v: string) => {
    const r = set(e, v);
    forced = r === 'false' && e === 'cmi.suspend_data' ? code : null;
    return r;
  };
  api.GetLastError = () => forced ?? lastError();
}

describe('4. read before writing', () => {
  const completedWith = (standard: Std, suspend: string) => {
    const s = fresh();
    const first = launch(course, { standard, ...s });
    play(first);
    first.close();
    const key = `hqc-preview-lms:${standard}`;
    const server = JSON.parse(s.lmsStorage.getItem(key)!);
    server['cmi.suspend_data'] = suspend;
    s.lmsStorage.setItem(key, JSON.stringify(server));
    return { ...s, browser: new MemoryStorage(), original: first };
  };

  for (const standard of ['1.2', '2004'] as Std[]) {
    for (const [name, value] of [
      ['empty', ''],
      ['"null"', 'null'],
      ['cut at 4,000', null],
      ['cut at 4,096', null],
      ['unreadable', 'not ours: {"x":1}'],
    ] as [string, string | null][]) {
      it(`${standard}: a completed learner whose suspend_data is ${name} stays completed, and unreadable data is not overwritten by the launch`, () => {
        const long = encodeSuspendData({ seq: 9, data: { v: 1, note: 'x'.repeat(9000).replace(/x/g, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))) } });
        const suspend = value ?? long.slice(0, name.includes('4,000') ? 4000 : 4096);
        const s = completedWith(standard, suspend);
        const l = launch(course, { standard, lmsStorage: s.lmsStorage, browser: s.browser });
        l.settle(60_000);
        expect(status(l)).toBe('completed');
        const readable = suspend === '' || suspend === 'null';
        if (!readable) {
          expect(l.server().suspend_data).toBe(suspend);
          expect(l.view.notices.map((n) => n.id)).toContain('unreadable-lms');
          expect(l.view.notices.find((n) => n.id === 'unreadable-lms')!.text).toMatch(/Your completion stays recorded/);
          expect(s.browser.getItem([...Array(s.browser.length).keys()].map((i) => s.browser.key(i)!).find((k) => k.endsWith(':unreadable'))!)).toBe(suspend);
          // The learner goes on: once they answer, their new work is saved.
          l.app.actor.send({ type: 'answer.set', id: 'sa-have-hqc', value: 'no' });
          l.settle(5000);
          expect(storedData(l)).not.toBeNull();
        } else {
          expect(l.view.notices.map((n) => n.id)).toEqual(['completed-before']);
        }
        expect(status(l)).toBe('completed');
      });
    }
  }

  for (const [standard, empty] of [['1.2', 'undefined'], ['2004', 'null']] as [Std, string][]) {
    it(`${standard}: a first launch where the LMS answers "${empty}" for empty values starts without a warning`, () => {
      const l = launch(course, { standard, faults: { emptyAs: empty }, ...fresh() });
      expect(l.view.notices).toEqual([]);
      l.settle();
      expect(status(l)).toBe('incomplete');
    });
  }

  it('a status is never lowered: a learner completed in the LMS whose browser holds an older state stays completed', () => {
    const s = fresh();
    const l = launch(course, { standard: '1.2', ...s });
    play(l);
    l.close();
    const server = JSON.parse(s.lmsStorage.getItem('hqc-preview-lms:1.2')!);
    server['cmi.suspend_data'] = encodeSuspendData({ seq: 1, data: { v: 1, s: 'your-path', a: { 'sa-have-hqc': 'no' }, n: ['is-this-for-you'], p: 'f' } });
    s.lmsStorage.setItem('hqc-preview-lms:1.2', JSON.stringify(server));
    const again = launch(course, { standard: '1.2', lmsStorage: s.lmsStorage, browser: new MemoryStorage() });
    again.settle();
    expect(again.calls.filter((c) => c.call === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status').map((c) => c.args[1])).toEqual(['completed']);
    expect(status(again)).toBe('completed');
  });

  it('the launch reads only what resume needs before the first screen', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    expect(l.calls.map((c) => c.call).filter((c) => !/Error/.test(c))).toEqual(['LMSInitialize', 'LMSGetValue', 'LMSGetValue', 'LMSGetValue']);
  });
});

describe('5. back/forward cache', () => {
  it('pagehide with persisted saves without finishing; after pageshow, work is saved again', () => {
    const l = launch(course, { standard: '1.2', faults: { profile: 'moodle-5' }, ...fresh() });
    play(l, { stopAt: 'introduction' });
    l.bfcacheOut();
    expect(l.calls.some((c) => c.call === 'LMSFinish')).toBe(false);
    l.bfcacheIn();
    const before = l.calls.length;
    play(l, { stopAt: 'scenario-temp' });
    expect(l.calls.length).toBeGreaterThan(before);
    expect(location(l)).toBe('scenario-temp');
    expect(l.view.saveStatus?.kind).toBe('saved');
  });

  it('a save made while hidden is confirmed after the page is shown (Moodle answers beacons "true" unread)', () => {
    const l = launch(course, { standard: '1.2', faults: { profile: 'moodle-5', beaconsLost: true }, ...fresh() });
    play(l, { stopAt: 'introduction' });
    answerHere(l);
    // Through the introduction's pages to the next lesson: the bookmark (location) changes.
    for (let k = 1; k < pageCount(lessonById(course, 'introduction')!); k++) l.app.actor.send({ type: 'step.continue' });
    l.settle();
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
    l.hide(); // the save goes by beacon, and is lost
    expect(location(l)).not.toBe(currentStep(l.app.actor.getSnapshot()));
    l.show();
    l.settle();
    expect(location(l)).toBe(currentStep(l.app.actor.getSnapshot()));
    expect(l.view.saveStatus?.kind).toBe('saved');
  });
});

describe('6. a commit that fails once in Moodle, then is retried', () => {
  for (const standard of ['1.2', '2004'] as Std[]) {
    it(`${standard}: completion reaches Moodle even though Moodle recorded it as sent before the failed request`, () => {
      const l = launch(course, { standard, faults: { profile: 'moodle-5' }, ...fresh() });
      play(l, { stopAt: 'closing' });
      const last = lessonById(course, 'closing');
      for (const b of last ? interactions(last) : []) if (b.type === 'reflection') l.app.actor.send({ type: 'answer.set', id: b.id, value: 'ok' });
      // On to the closing's last page, where Finish completes the unit.
      for (let k = 1; k < (last ? pageCount(last) : 1); k++) l.app.actor.send({ type: 'step.continue' });
      l.settle();
      l.lms!.failNext(1);
      play(l);
      expect(l.view.saveStatus?.kind).toBe('retrying');
      expect(status(l)).toBe('incomplete');
      l.settle(1000);
      expect(status(l)).toBe('completed');
      expect(location(l)).toBe(COMPLETE);
      expect(l.view.saveStatus?.kind).toBe('saved');
    });
  }
});

describe('7. two tabs on one attempt', () => {
  it('the older tab stops saving and says which tab is live; the newer tab\'s notes survive', async () => {
    const s = fresh();
    const a = launch(course, { standard: '1.2', ...s });
    play(a, { stopAt: 'developing-connections' });
    const b = launch(course, { standard: '1.2', ...s });
    await new Promise((r) => setTimeout(r, 20));
    const box = interactions(lessonById(course, 'developing-connections')!).find((x) => x.type === 'reflection')!;
    b.app.actor.send({ type: 'answer.set', id: box.id, value: 'Written in the newer tab.' });
    b.settle(5000);
    a.app.actor.send({ type: 'answer.set', id: box.id, value: 'Older tab text.' });
    a.settle(5000);
    expect(a.view.saveStatus?.kind).toBe('other-tab');
    expect((storedData(b)!.data as any).a[box.id]).toBe('Written in the newer tab.');
    const backup = JSON.parse(s.browser.getItem(`hqc:${course.id}:local`)!);
    expect(backup.data.a[box.id]).toBe('Written in the newer tab.');
    a.app.stop();
    b.app.stop();
  });

  it('without a channel between tabs, the browser copy\'s sequence finds the newer tab', () => {
    const s = fresh();
    const a = launch(course, { standard: '1.2', ...s });
    play(a, { stopAt: 'introduction' });
    a.app.session.close(); // no messages reach `a`
    const b = launch(course, { standard: '1.2', ...s });
    b.app.actor.send({ type: 'step.continue' });
    b.settle();
    a.app.actor.send({ type: 'nav.plan' });
    a.settle();
    expect(a.view.saveStatus?.kind).toBe('other-tab');
    b.app.stop();
  });
});

describe('8. no LMS and a browser that refuses to store', () => {
  it('the learner is not told their work is kept', () => {
    const browser = new MemoryStorage();
    browser.full = true;
    const l = launch(course, { standard: 'none', lmsStorage: new MemoryStorage(), browser });
    expect(l.view.notices[0].text).not.toMatch(/kept in this browser/);
    expect(l.view.notices[0].text).toMatch(/download your plan/);
    play(l, { stopAt: 'introduction' });
    expect(l.view.saveStatus?.kind).toBe('not-kept');
  });
});

describe('8b. a failing LMS and a browser that refuses to store', () => {
  it('the retrying status does not claim a browser copy', () => {
    const browser = new MemoryStorage();
    browser.full = true;
    const l = launch(course, { standard: '1.2', faults: { commitFailures: 100 }, lmsStorage: new MemoryStorage(), browser });
    play(l, { stopAt: 'introduction' });
    expect(l.view.saveStatus).toMatchObject({ kind: 'retrying', keptInBrowser: false });
    const ok = launch(course, { standard: '1.2', faults: { commitFailures: 100 }, ...fresh() });
    play(ok, { stopAt: 'introduction' });
    expect(ok.view.saveStatus).toMatchObject({ kind: 'retrying', keptInBrowser: true });
  });
});

describe('9. content updated between attempts keeps the learner\'s words', () => {
  it('an answer whose question went, and a note longer than the new limit, are both kept', () => {
    const box = interactions(lessonById(course, 'developing-connections')!).find((x) => x.type === 'reflection')!;
    if (box.type !== 'reflection') throw new Error('a reflection');
    const tooLong = 'a '.repeat(box.maxLength);
    const old = { v: 1, s: 'developing-connections', p: 'f', a: { 'sa-have-hqc': 'no', 'retired-prompt': 'What I wrote for a prompt that is gone.', [box.id]: tooLong }, n: ['is-this-for-you'] };
    const restored = restoreFlow(createFlowMachine(course), course, old)!;
    expect(restored.snapshot.context.answers[box.id]).toBe(tooLong);
    expect(restored.kept).toEqual({ 'retired-prompt': 'What I wrote for a prompt that is gone.' });
    const s = fresh();
    s.lmsStorage.setItem('hqc-preview-lms:1.2', JSON.stringify({ 'cmi.suspend_data': encodeSuspendData({ seq: 3, data: old }), 'cmi.core.exit': 'suspend' }));
    const l = launch(course, { standard: '1.2', ...s });
    expect(l.view.earlierAnswers).toEqual({ 'retired-prompt': 'What I wrote for a prompt that is gone.' });
    expect(l.view.notices.map((n) => n.text).join(' ')).toMatch(/From an earlier version/);
    l.settle();
    expect((storedData(l)!.data as any).o).toEqual({ 'retired-prompt': 'What I wrote for a prompt that is gone.' });
  });
});

describe('10. past the SCORM 1.2 limit', () => {
  it('natural Chinese text: status, bookmark and answers stay; the notes are shortened and every device says so', () => {
    const s = fresh();
    const l = launch(course, { standard: '1.2', faults: { profile: 'moodle-5-strict' }, ...s });
    const zh = '我问她为什么选择这份工作她说喜欢和不同的人一起解决问题认真听完没有打断下周会再聊项目进展团队新同事午饭时间介绍自己关系信任尊重，。';
    play(l, { text: naturalText(zh, 700) });
    expect(status(l)).toBe('completed');
    expect(location(l)).toBe(COMPLETE);
    expect(l.server().suspend_data.length).toBeLessThanOrEqual(4096);
    expect(storedData(l)!.shortened).toBe(true);
    expect(l.view.saveStatus?.kind).toBe('too-long');
    const other = launch(course, { standard: '1.2', faults: { profile: 'moodle-5-strict' }, lmsStorage: s.lmsStorage, browser: new MemoryStorage() });
    expect(other.view.notices.map((n) => n.id)).toContain('shortened');
    const answers = other.app.actor.getSnapshot().context.answers;
    expect(answers['sa-have-hqc']).toBe('no');
    other.settle();
    expect(status(other)).toBe('completed');
  });
});

describe('11. a slow LMS never holds the learner up', () => {
  it('Continue draws the next step before any LMS call; "Saving…" shows only when a save takes over 300 ms', () => {
    const l = launch(course, { standard: '1.2', faults: { delayMs: 0 }, ...fresh() });
    l.settle();
    const before = l.calls.length;
    l.app.actor.send({ type: 'answer.set', id: 'sa-have-hqc', value: 'no' });
    expect(l.calls.length).toBe(before);
    const seen: string[] = [];
    l.app.session.onStatus((st) => seen.push(st.kind));
    // Each LMS call takes 400 ms of the clock.
    const api = l.lms!.api;
    for (const name of ['LMSSetValue', 'LMSCommit']) {
      const real = api[name];
      api[name] = (...args: string[]) => {
        l.clock.time += 400;
        return real(...args);
      };
    }
    l.settle(20_000);
    expect(seen).toContain('saving');
    expect(seen[seen.length - 1]).toBe('saved');
  });

  it('writing is saved after a pause in typing, without waiting for Continue', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    play(l, { stopAt: 'developing-connections' });
    const box = interactions(lessonById(course, 'developing-connections')!).find((x) => x.type === 'reflection')!;
    l.app.actor.send({ type: 'answer.set', id: box.id, value: 'Half a thought' });
    l.settle(500);
    expect((storedData(l)!.data as any).a[box.id]).toBeUndefined();
    l.settle(2000);
    expect((storedData(l)!.data as any).a[box.id]).toBe('Half a thought');
  });
});

describe('12. discovery by ADL\'s algorithm', () => {
  it('a 1.2 package in a frame that offers both APIs talks SCORM 1.2', () => {
    const l = launch(course, { standard: '1.2', bothApis: true, ...fresh() });
    expect(l.app.session.standard).toBe('1.2');
    const l2 = launch(course, { standard: '2004', bothApis: true, ...fresh() });
    expect(l2.app.session.standard).toBe('2004');
  });

  it('looks past 10 parents, up to the top, then in top.opener and its parents', () => {
    const api = { LMSInitialize: () => 'true' };
    const opener: any = { API: api };
    opener.parent = opener;
    let win: any = { opener: null };
    win.parent = win;
    const top = win;
    for (let i = 0; i < 30; i++) {
      const child: any = { opener: null, top };
      child.parent = win;
      win = child;
    }
    top.top = top;
    expect(findApi(win as Window, '1.2')).toBeNull();
    top.opener = opener;
    expect(findApi(win as Window, '1.2')?.api).toBe(api);
    const deep: any = { API: api };
    deep.parent = deep;
    let w: any = deep;
    for (let i = 0; i < 20; i++) {
      const child: any = { parent: w };
      w = child;
    }
    expect(findApi(w as Window, '1.2')?.api).toBe(api);
    expect(findApi(w as Window, '2004')).toBeNull();
  });
});

describe('save format', () => {
  it('strings written by earlier versions restore for ever', () => {
    const fixtures = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/suspend-data-h1.json'), 'utf8')) as { samples: Record<string, string> };
    const machine = createFlowMachine(course);
    for (const [step, raw] of Object.entries(fixtures.samples)) {
      const decoded = decodeSuspendData(raw);
      expect(decoded.kind, step).toBe('ok');
      if (decoded.kind !== 'ok') continue;
      const restored = restoreFlow(machine, course, decoded.envelope.data)!;
      expect(restored, step).not.toBeNull();
      expect(currentStep(restored.snapshot)).toBe(step);
      expect(restored.snapshot.context.answers['sa-have-hqc']).toBe('no');
    }
  });
});
