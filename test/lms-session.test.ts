// The session's rules, one at a time, by the exact calls the LMS receives: what is read
// before the first screen, what a save sends (only what changed), when it runs (after the
// paint, after a pause in typing, at once for a new step, backing off while the LMS fails),
// how a failed Commit is repaired, which copy a relaunch resumes from, and when a tab stops.
import { describe, expect, it } from 'vitest';
import { COMPLETE, currentStep } from '../src/flow/machine';
import { interactions, lessonById } from '../src/flow/progress';
import { encodeSuspendData } from '../src/lms/suspendData';
import { TYPING_SAVE_MS } from '../src/save-policy';
import { realCourse } from './helpers/content';
import { MemoryStorage, launch, type Launch } from './helpers/lms';
import { openPanels } from './helpers/flow-states';

const course = realCourse();
const fresh = () => ({ lmsStorage: new MemoryStorage(), browser: new MemoryStorage() });

/** The calls after `from`, without the error look-ups: "LMSSetValue cmi.core.exit=suspend". */
function callsSince(l: Launch, from = 0): string[] {
  return l.calls
    .slice(from)
    .filter((c) => !/Error|Diagnostic/.test(c.call))
    .map((c) => {
      const [el, v] = c.args;
      if (/SetValue$/.test(c.call)) return `${c.call} ${el}=${el === 'cmi.suspend_data' ? 'H1…' : /session_time$/.test(el) ? 'T' : v}`;
      return el ? `${c.call} ${el}` : c.call;
    });
}

function answerAll(l: Launch, yes = true) {
  const lesson = lessonById(course, currentStep(l.app.actor.getSnapshot()))!;
  for (const b of interactions(lesson)) {
    const value = b.type === 'yes-no' ? (yes ? 'yes' : 'no') : b.type === 'choice' ? b.options[0].id : b.type === 'reflection' ? 'A note.' : 'adopted';
    l.app.actor.send({ type: 'answer.set', id: b.id, value });
  }
}

/** Answers and presses Continue until the step changes (a lesson's pages turn first). */
function nextStep(l: Launch, yes = false) {
  const step = currentStep(l.app.actor.getSnapshot());
  for (let i = 0; i < 20 && currentStep(l.app.actor.getSnapshot()) === step; i++) {
    answerAll(l, yes);
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
  }
}

const firstQuestion = () => interactions(course.lessons[0])[0].id;

describe('what a save sends', () => {
  it('before the first screen: Initialize and the three values resume needs; after it: status, bookmark, exit, suspend_data, then Commit and a read-back', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    expect(callsSince(l)).toEqual(['LMSInitialize', 'LMSGetValue cmi.core.student_id', 'LMSGetValue cmi.core.lesson_status', 'LMSGetValue cmi.suspend_data']);
    const n = l.calls.length;
    l.settle();
    expect(callsSince(l, n)).toEqual([
      'LMSSetValue cmi.core.lesson_status=incomplete',
      `LMSSetValue cmi.core.lesson_location=${course.lessons[0].id}`,
      'LMSSetValue cmi.core.exit=suspend',
      'LMSGetValue cmi.interactions._count',
      'LMSSetValue cmi.suspend_data=H1…',
      'LMSSetValue cmi.core.session_time=T',
      'LMSCommit',
      'LMSGetValue cmi.suspend_data',
    ]);
    expect(l.view.saveStatus?.kind).toBe('saved');
  });

  it('an answer: after a pause in typing, only the new interaction and suspend_data, never the unchanged status or bookmark', () => {
    const l = launch(course, { standard: '2004', ...fresh() });
    l.settle();
    const n = l.calls.length;
    l.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'no' });
    expect(l.view.saveStatus?.kind).toBe('unsaved');
    l.settle(TYPING_SAVE_MS - 1);
    expect(callsSince(l, n)).toEqual([]);
    l.settle(1);
    expect(callsSince(l, n)).toEqual([
      'SetValue cmi.interactions.0.id=sa-have-hqc',
      'SetValue cmi.interactions.0.type=true-false',
      `SetValue cmi.interactions.0.description=${interactions(course.lessons[0])[0].type === 'yes-no' ? (interactions(course.lessons[0])[0] as { text: string }).text : ''}`,
      expect.stringMatching(/^SetValue cmi\.interactions\.0\.timestamp=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      'SetValue cmi.interactions.0.learner_response=false',
      'SetValue cmi.interactions.0.result=neutral',
      'SetValue cmi.suspend_data=H1…',
      'SetValue cmi.session_time=T',
      'Commit',
      'GetValue cmi.suspend_data',
    ]);
    expect(l.view.saveStatus?.kind).toBe('saved');
  });

  it('nothing changed: no call at all, also when the page is hidden and shown', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    l.settle();
    const n = l.calls.length;
    l.app.session.requestSave();
    l.settle(60_000);
    l.hide();
    l.show();
    l.settle(60_000);
    expect(callsSince(l, n)).toEqual([]);
  });

  it('a second interaction goes to the next index; an answer already sent is not sent again', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    l.settle();
    const [q1, q2] = interactions(course.lessons[0]);
    l.app.actor.send({ type: 'answer.set', id: q1.id, value: 'no' });
    l.settle(TYPING_SAVE_MS);
    l.app.actor.send({ type: 'answer.set', id: q2.id, value: 'yes' });
    l.settle(TYPING_SAVE_MS);
    const ids = l.calls.filter((c) => c.call === 'LMSSetValue' && /\.id$/.test(c.args[0])).map((c) => `${c.args[0]}=${c.args[1]}`);
    expect(ids).toEqual([`cmi.interactions.0.id=${q1.id}`, `cmi.interactions.1.id=${q2.id}`]);
  });
});

describe('when a save runs', () => {
  it('a new step saves at once, even while a typing save waits', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    l.settle();
    answerAll(l, false);
    const n = l.calls.length;
    nextStep(l);
    l.settle(0);
    expect(callsSince(l, n)).toContain(`LMSSetValue cmi.core.lesson_location=${currentStep(l.app.actor.getSnapshot())}`);
  });

  it('typing after a step does not postpone the step\'s save', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    l.settle();
    answerAll(l, false);
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
    l.app.session.requestSave(TYPING_SAVE_MS);
    const n = l.calls.length;
    l.settle(0);
    expect(callsSince(l, n)).toContain('LMSCommit');
  });

  it('while the LMS fails: typing waits for the retry, a new step is tried at once, and the retries back off', () => {
    const l = launch(course, { standard: '1.2', faults: { commitFailures: 100 }, ...fresh() });
    l.settle();
    expect(l.view.saveStatus).toMatchObject({ kind: 'retrying', attempt: 1 });
    const commitsAt = () => l.calls.filter((c) => c.call === 'LMSCommit').map((c) => c.at);
    let n = l.calls.length;
    l.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'no' });
    l.settle(500);
    expect(callsSince(l, n)).toEqual([]);
    answerAll(l, false);
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
    n = l.calls.length;
    l.settle(0);
    expect(callsSince(l, n)).toContain('LMSCommit');
    // Then 1, 2, 4, 8... seconds apart: count the Commits in the next 20 s.
    const before = commitsAt().length;
    l.settle(20_000);
    const later = commitsAt().length - before;
    expect(later).toBeGreaterThan(2);
    expect(later).toBeLessThan(12);
  });

  it('"Saving…" only when a save has taken 300 ms', () => {
    for (const [commitMs, shows] of [[299, false], [300, true]] as const) {
      const l = launch(course, { standard: '1.2', ...fresh() });
      l.settle();
      const api = l.lms!.api;
      const commit = api.LMSCommit;
      api.LMSCommit = (...a: string[]) => {
        l.clock.time += commitMs;
        return commit(...a);
      };
      const seen: string[] = [];
      l.app.session.onStatus((s) => seen.push(s.kind));
      answerAll(l, false);
      openPanels(l.app.actor, course);
      l.app.actor.send({ type: 'step.continue' });
      l.settle(5000);
      expect(seen.includes('saving'), `commit taking ${commitMs} ms`).toBe(shows);
      expect(seen.at(-1)).toBe('saved');
    }
  });

  it('saving now (the page is hidden) finishes a save under way and then saves what is newer', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    l.settle();
    answerAll(l, false);
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
    l.clock.run(0); // only the first call of the save runs... then the page is hidden
    l.app.actor.send({ type: 'nav.plan' });
    l.hide();
    const server = l.server();
    expect(server.core.lesson_location).toBe('plan');
  });
});

describe('a failed Commit is repaired on an LMS that sends only what changed', () => {
  it('the retry first sets the values the LMS holds and commits, then the current ones', () => {
    const l = launch(course, { standard: '1.2', faults: { profile: 'moodle-5' }, ...fresh() });
    l.settle();
    nextStep(l);
    l.settle();
    const heldLocation = l.server().core.lesson_location;
    l.lms!.failNext(1);
    nextStep(l);
    l.settle();
    expect(l.view.saveStatus?.kind).toBe('retrying');
    const n = l.calls.length;
    l.settle(1000);
    const sent = callsSince(l, n);
    const bridge = sent.slice(0, sent.indexOf('LMSCommit') + 1);
    expect(bridge).toEqual([`LMSSetValue cmi.core.lesson_location=${heldLocation}`, 'LMSCommit']);
    expect(sent.slice(bridge.length)).toEqual(
      expect.arrayContaining(['LMSSetValue cmi.core.lesson_status=incomplete', `LMSSetValue cmi.core.lesson_location=${currentStep(l.app.actor.getSnapshot())}`, 'LMSSetValue cmi.core.exit=suspend', 'LMSCommit']),
    );
    expect(l.server().core.lesson_location).toBe(currentStep(l.app.actor.getSnapshot()));
    expect(l.view.saveStatus?.kind).toBe('saved');
  });
});

describe('which copy a relaunch resumes from', () => {
  const seeded = (lmsEnvelope: Parameters<typeof encodeSuspendData>[0] | null, backup: object | null) => {
    const s = fresh();
    if (lmsEnvelope) s.lmsStorage.setItem('hqc-preview-lms:1.2', JSON.stringify({ 'cmi.suspend_data': encodeSuspendData(lmsEnvelope), 'cmi.core.exit': 'suspend', 'cmi.core.lesson_status': 'incomplete' }));
    if (backup) s.browser.setItem(`hqc:${course.id}:local`, JSON.stringify(backup));
    return launch(course, { standard: '1.2', ...s });
  };
  const selfAssessment = Object.fromEntries(interactions(course.lessons[0]).map((b, i) => [b.id, i === 0 ? 'no' : 'yes']));
  const flowAt = (step: string) => ({ v: 1, s: step, p: 'f', a: selfAssessment, n: [course.lessons[0].id] });
  const second = course.lessons[1].id;

  it('the LMS copy, when the browser copy is older or from another attempt', () => {
    expect(seeded({ seq: 5, data: flowAt(second), attempt: 'A' }, { seq: 4, data: flowAt(course.lessons[0].id), attempt: 'A', confirmed: 4, tab: 't' }).app.session.resume.source).toBe('lms');
    expect(seeded({ seq: 5, data: flowAt(second), attempt: 'A' }, { seq: 9, data: flowAt(course.lessons[0].id), attempt: 'B', confirmed: 0, tab: 't' }).app.session.resume.source).toBe('lms');
    expect(seeded({ seq: 5, data: flowAt(second), attempt: 'A' }, { seq: 5, data: flowAt(course.lessons[0].id), attempt: 'A', confirmed: 5, tab: 't' }).app.session.resume.source).toBe('lms');
  });

  it('the browser copy, when it is newer in the same attempt, or as new but whole where the LMS has shortened notes', () => {
    const newer = seeded({ seq: 5, data: flowAt(second), attempt: 'A' }, { seq: 6, data: flowAt(course.lessons[0].id), attempt: 'A', confirmed: 5, tab: 't' });
    expect(newer.app.session.resume.source).toBe('backup');
    expect(newer.view.notices.map((x) => x.id)).toContain('recovered');
    const whole = seeded({ seq: 5, data: flowAt(second), attempt: 'A', shortened: true }, { seq: 5, data: flowAt(second), attempt: 'A', confirmed: 5, tab: 't' });
    expect(whole.app.session.resume.source).toBe('backup');
    expect(whole.view.notices.map((x) => x.id)).not.toContain('shortened');
  });

  it('an empty LMS: work that never reached it is recovered; a copy it once confirmed belongs to an ended attempt and is dropped', () => {
    const lost = seeded(null, { seq: 3, data: flowAt(second), attempt: 'A', confirmed: 0, tab: 't' });
    expect(lost.app.session.resume.source).toBe('backup');
    expect(currentStep(lost.app.actor.getSnapshot())).toBe(second);
    const s = fresh();
    s.browser.setItem(`hqc:${course.id}:local`, JSON.stringify({ seq: 3, data: flowAt(second), attempt: 'A', confirmed: 3, tab: 't' }));
    const ended = launch(course, { standard: '1.2', ...s });
    expect(ended.app.session.resume.source).toBe('none');
    expect(currentStep(ended.app.actor.getSnapshot())).toBe(course.lessons[0].id);
    expect(JSON.parse(s.browser.getItem(`hqc:${course.id}:local`)!).seq).toBe(1);
  });

  it('unreadable LMS data with a browser copy: the browser copy, and the LMS data is still not overwritten until the learner acts', () => {
    const s = fresh();
    s.lmsStorage.setItem('hqc-preview-lms:1.2', JSON.stringify({ 'cmi.suspend_data': 'garbled', 'cmi.core.lesson_location': 'x', 'cmi.core.exit': 'suspend' }));
    s.browser.setItem(`hqc:${course.id}:local`, JSON.stringify({ seq: 3, data: flowAt(second), attempt: 'A', confirmed: 3, tab: 't' }));
    const l = launch(course, { standard: '1.2', ...s });
    expect(l.app.session.resume).toMatchObject({ source: 'backup', unreadable: true });
    l.settle();
    expect(l.server().suspend_data).toBe('garbled');
    expect(l.server().core.lesson_location).toBe('x');
    answerAll(l, false);
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
    l.settle(TYPING_SAVE_MS);
    expect(currentStep(l.app.actor.getSnapshot())).not.toBe(second);
    expect(l.server().suspend_data).not.toBe('garbled');
    expect(l.server().core.lesson_location).toBe(currentStep(l.app.actor.getSnapshot()));
  });
});

describe('tabs and the end of the session', () => {
  it('the "opened" message alone stops an older tab of the same attempt, not a tab of another attempt', async () => {
    const s = fresh();
    const a = launch(course, { standard: '1.2', ...s });
    a.settle();
    const other = launch(course, { standard: '1.2', lmsStorage: new MemoryStorage(), browser: new MemoryStorage() });
    await new Promise((r) => setTimeout(r, 20));
    expect(a.view.saveStatus?.kind).toBe('saved');
    const b = launch(course, { standard: '1.2', lmsStorage: s.lmsStorage, browser: new MemoryStorage() });
    await new Promise((r) => setTimeout(r, 20));
    expect(a.view.saveStatus?.kind).toBe('other-tab');
    const n = a.calls.length;
    a.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'no' });
    a.settle(60_000);
    a.hide();
    expect(a.calls.length).toBe(n);
    expect(a.view.saveStatus?.kind).toBe('other-tab');
    for (const x of [a, b, other]) x.app.stop();
  });

  it('after finishing, nothing more is sent, and Finish goes once', () => {
    const l = launch(course, { standard: '2004', ...fresh() });
    l.settle();
    play(l);
    l.close();
    const n = l.calls.length;
    l.app.session.update({ data: {}, location: 'x', completed: false, progress: 0, interactions: [] });
    l.app.session.requestSave();
    l.app.session.saveNow();
    l.app.session.pageHidden();
    l.app.session.finish();
    l.settle(60_000);
    expect(l.calls.length).toBe(n);
    expect(l.calls.filter((c) => c.call === 'Terminate')).toHaveLength(1);
  });
});

function play(l: Launch) {
  for (let i = 0; i < 60 && currentStep(l.app.actor.getSnapshot()) !== COMPLETE; i++) {
    answerAll(l, i > 0);
    openPanels(l.app.actor, course);
    l.app.actor.send({ type: 'step.continue' });
    l.settle();
  }
}

describe('more of the rules, each with the case that needs it', () => {
  it('an LMS that cuts suspend_data and answers "true" is found by reading back: the notes are shortened until the whole copy fits', () => {
    const s = fresh();
    const l = launch(course, { standard: '1.2', faults: { profile: 'truncating', truncateAt: 1500 }, ...s });
    l.settle();
    let x = 5;
    const varied = () => Array.from({ length: 900 }, () => String.fromCharCode(97 + ((x = (x * 48271) % 2147483647) % 26))).join('');
    for (let i = 0; i < 40 && currentStep(l.app.actor.getSnapshot()) !== COMPLETE; i++) {
      const lesson = lessonById(course, currentStep(l.app.actor.getSnapshot()))!;
      for (const b of interactions(lesson)) {
        const value = b.type === 'yes-no' ? (b.id === firstQuestion() ? 'no' : 'yes') : b.type === 'choice' ? b.options[0].id : b.type === 'reflection' ? varied().slice(0, b.maxLength) : 'adopted';
        l.app.actor.send({ type: 'answer.set', id: b.id, value });
      }
      openPanels(l.app.actor, course);
      l.app.actor.send({ type: 'step.continue' });
      l.settle(5000);
    }
    const stored = l.server().suspend_data as string;
    expect(stored.length).toBeLessThanOrEqual(1500);
    const again = launch(course, { standard: '1.2', lmsStorage: s.lmsStorage, browser: new MemoryStorage() });
    expect(again.app.session.resume.source).toBe('lms');
    expect(again.view.notices.map((n) => n.id)).toContain('shortened');
    expect(l.view.saveStatus?.kind).toBe('too-long');
    expect(l.app.session.getProblems().join(' ')).toMatch(/The LMS kept 1500 of \d+ characters of suspend_data/);
  });

  it('a state that changes while a save is under way is saved right after it', () => {
    const l = launch(course, { standard: '1.2', ...fresh() });
    const api = l.lms!.api;
    const set = api.LMSSetValue;
    let once = true;
    api.LMSSetValue = (...a: string[]) => {
      if (once && a[0] === 'cmi.core.exit') {
        once = false;
        l.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'no' });
      }
      return set(...a);
    };
    l.settle(0);
    expect(l.server().interactions?.['0']?.id).toBe(firstQuestion());
    expect(l.view.saveStatus?.kind).toBe('saved');
  });

  it('hidden while a retry waits: saved at once, and the waiting retry is dropped', () => {
    const l = launch(course, { standard: '1.2', faults: { commitFailures: 1 }, ...fresh() });
    l.settle();
    expect(l.view.saveStatus?.kind).toBe('retrying');
    l.hide();
    expect(l.server().core?.lesson_status).toBe('incomplete');
    const commits = l.calls.filter((c) => c.call === 'LMSCommit').length;
    l.settle(60_000);
    expect(l.calls.filter((c) => c.call === 'LMSCommit').length).toBe(commits);
  });

  it('hidden while the LMS keeps failing: one attempt, not a burst', () => {
    const l = launch(course, { standard: '1.2', faults: { commitFailures: 100 }, ...fresh() });
    l.settle();
    const n = l.calls.filter((c) => c.call === 'LMSCommit').length;
    l.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'no' });
    l.hide();
    expect(l.calls.filter((c) => c.call === 'LMSCommit').length - n).toBeLessThanOrEqual(2);
  });

  it('while retrying, a new answer keeps the status at "retrying" (it is not just unsaved)', () => {
    const l = launch(course, { standard: '1.2', faults: { commitFailures: 100 }, ...fresh() });
    l.settle();
    l.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'no' });
    expect(l.view.saveStatus?.kind).toBe('retrying');
    const n = l.calls.length;
    l.settle(999 - 0);
    expect(callsSince(l, n)).toEqual([]);
    l.settle(1);
    expect(callsSince(l, n)).toContain('LMSCommit');
  });

  it('the very first Commit fails: the retry sets exit back to what the LMS holds (""), commits, then "suspend"', () => {
    const l = launch(course, { standard: '1.2', faults: { commitFailures: 1 }, ...fresh() });
    l.settle();
    const n = l.calls.length;
    l.settle(1000);
    const sent = callsSince(l, n);
    expect(sent.slice(0, 2)).toEqual(['LMSSetValue cmi.core.exit=', 'LMSCommit']);
    expect(sent).toContain('LMSSetValue cmi.core.exit=suspend');
    expect(l.server().core.exit).toBe('suspend');
  });

  it('the browser copy is keyed by the learner the LMS names, and records what the LMS confirmed', () => {
    for (const [standard, key] of [['1.2', 'cmi.core.student_id'], ['2004', 'cmi.learner_id']] as const) {
      const s = fresh();
      s.lmsStorage.setItem(`hqc-preview-lms:${standard}`, JSON.stringify({ [key]: 'u42' }));
      const l = launch(course, { standard, ...s });
      l.settle();
      const copy = JSON.parse(s.browser.getItem(`hqc:${course.id}:u42`)!);
      expect(copy.confirmed).toBe(copy.seq);
      expect(s.browser.getItem(`hqc:${course.id}:local`)).toBeNull();
    }
  });

  it('no LMS, and the browser stops keeping mid-way (quota): the status turns to "not kept"', () => {
    const browser = new MemoryStorage();
    const l = launch(course, { standard: 'none', lmsStorage: new MemoryStorage(), browser });
    expect(l.view.saveStatus?.kind).toBe('local');
    browser.full = true;
    l.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'no' });
    expect(l.view.saveStatus?.kind).toBe('not-kept');
    browser.full = false;
    l.app.actor.send({ type: 'answer.set', id: firstQuestion(), value: 'yes' });
    expect(l.view.saveStatus?.kind).toBe('local');
  });

  it('after finishing, the browser copy is not touched either', () => {
    const s = fresh();
    const l = launch(course, { standard: '1.2', ...s });
    l.settle();
    l.close();
    const before = s.browser.getItem(`hqc:${course.id}:local`);
    l.app.session.update({ data: { changed: true }, location: 'x', completed: false, progress: 0, interactions: [] });
    expect(s.browser.getItem(`hqc:${course.id}:local`)).toBe(before);
  });

  it('an interaction id the LMS refuses as invalid: its other fields are not sent, the next answer takes its index, and it is recorded', () => {
    const l = launch(course, { standard: '2004', ...fresh() });
    const api = l.lms!.api;
    const set = api.SetValue;
    const lastError = api.GetLastError;
    let forced: string | null = null;
    const refusedAt: string[] = [];
    api.SetValue = (e: string, v: string) => {
      forced = /\.id$/.test(e) && v === firstQuestion() ? '406' : null;
      if (forced) refusedAt.push(e);
      return forced ? 'false' : set(e, v);
    };
    api.GetLastError = () => forced ?? lastError();
    l.settle();
    const [q1, q2] = interactions(course.lessons[0]);
    l.app.actor.send({ type: 'answer.set', id: q1.id, value: 'no' });
    l.settle(TYPING_SAVE_MS);
    l.app.actor.send({ type: 'answer.set', id: q2.id, value: 'yes' });
    l.settle(TYPING_SAVE_MS);
    const fieldsOf0 = l.calls.filter((c) => c.call === 'SetValue' && c.args[0].startsWith('cmi.interactions.0.')).map((c) => `${c.args[0]}=${c.args[1]}`);
    expect(refusedAt).toEqual(['cmi.interactions.0.id']);
    expect(fieldsOf0[0]).toBe(`cmi.interactions.0.id=${q2.id}`);
    expect(fieldsOf0.filter((f) => f.includes(q1.id))).toEqual([]);
    expect(l.server().interactions['0'].id).toBe(q2.id);
    expect(l.app.session.getProblems().join(' ')).toMatch(/cmi\.interactions\.0\.id: 406/);
    expect(l.view.saveStatus?.kind).toBe('saved');
  });
});
