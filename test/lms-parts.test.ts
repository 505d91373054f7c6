// The LMS runtime's parts, each against the rule it implements: the standards' error tables,
// data model formats and types, the save format, API discovery, the guarded connection and the
// browser copy. The journeys in lms.test.ts and lms-real.test.ts show them working together.
import { describe, expect, it } from 'vitest';
import { BrowserBackup } from '../src/lms/backup';
import { cmiFor, duration2004, invalidValue, shortIdentifier, timespan12, type InteractionRecord } from '../src/lms/cmi';
import { connect } from '../src/lms/connection';
import { discover, findApi, packageStandard, type FoundApi } from '../src/lms/discovery';
import { classifySetRefusal, errorName } from '../src/lms/errors';
import { decodeSuspendData, encodeSuspendData, SUSPEND_BUDGET } from '../src/lms/suspendData';
import { MemoryStorage } from './helpers/lms';

describe('refusals by the standards\' error tables', () => {
  const cases: [string, '1.2' | '2004', string, number][] = [
    ['not-answering', '1.2', 'cmi.core.lesson_location', -1],
    ['not-answering', '1.2', 'cmi.core.lesson_location', 101],
    ['not-answering', '1.2', 'cmi.core.lesson_location', 301],
    ['unsupported', '1.2', 'cmi.interactions.0.id', 401],
    ['unsupported', '1.2', 'cmi.interactions.0.id', 201],
    ['unsupported', '1.2', 'cmi.interactions.0.id', 202],
    ['unsupported', '1.2', 'cmi.interactions.0.id', 203],
    ['too-long', '1.2', 'cmi.suspend_data', 405],
    ['invalid', '1.2', 'cmi.core.lesson_location', 405],
    ['invalid', '1.2', 'cmi.core.lesson_status', 402],
    ['invalid', '1.2', 'cmi.core.lesson_status', 403],
    ['not-answering', '2004', 'cmi.location', -1],
    ['not-answering', '2004', 'cmi.location', 101],
    ['not-answering', '2004', 'cmi.location', 132],
    ['not-answering', '2004', 'cmi.location', 133],
    ['unsupported', '2004', 'cmi.progress_measure', 401],
    ['unsupported', '2004', 'cmi.progress_measure', 402],
    ['too-long', '2004', 'cmi.suspend_data', 406],
    ['too-long', '2004', 'cmi.suspend_data', 407],
    ['too-long', '2004', 'cmi.suspend_data', 351],
    ['invalid', '2004', 'cmi.location', 406],
    ['invalid', '2004', 'cmi.location', 407],
    ['invalid', '2004', 'cmi.location', 351],
    ['invalid', '2004', 'cmi.suspend_data', 404],
    ['invalid', '2004', 'cmi.completion_status', 408],
  ];
  for (const [expected, standard, element, code] of cases) {
    it(`${standard} ${element} refused with ${code}: ${expected}`, () => {
      expect(classifySetRefusal(standard, element, code)).toBe(expected);
    });
  }

  it('names codes in the standard\'s words', () => {
    expect(errorName('1.2', 405)).toBe('Incorrect data type');
    expect(errorName('2004', 406)).toBe('Data model element type mismatch');
    expect(errorName('2004', 391)).toBe('General commit failure');
    expect(errorName('1.2', -1)).toBe('the LMS threw an exception');
    expect(errorName('1.2', 999)).toBe('LMS error 999');
  });
});

describe('data model formats', () => {
  it('SCORM 1.2 timespan and SCORM 2004 duration, rounded to hundredths', () => {
    expect(timespan12(0)).toBe('0000:00:00.00');
    expect(timespan12(59_994)).toBe('0000:00:59.99');
    expect(timespan12(3723_450)).toBe('0001:02:03.45');
    expect(timespan12(36_000_000 * 2 + 61_000)).toBe('0020:01:01.00');
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(500)).toBe('PT0.5S');
    expect(duration2004(3723_450)).toBe('PT1H2M3.45S');
    expect(duration2004(60_000)).toBe('PT1M0S');
    expect(duration2004(3_600_000)).toBe('PT1H0S');
  });

  it('choice responses as short identifiers', () => {
    expect(shortIdentifier('too-short')).toBe('too_short');
    expect(shortIdentifier('a.b_c-d e')).toBe('a.b_c_d_e');
    expect(shortIdentifier('x'.repeat(300))).toHaveLength(250);
  });

  const time = new Date(2026, 10, 29, 9, 5, 7);
  const choice: InteractionRecord = { id: 'temp-markers', type: 'choice', response: 'no-trust', description: 'Which marker?'.repeat(30), correct: 'regard', options: ['regard', 'no-trust', 'engagement'], time };

  it('SCORM 1.2 interactions: letters per option position, t/f, wrong/correct/neutral, time of day', () => {
    const c = cmiFor('1.2');
    expect(c.interaction(3, choice)).toEqual([
      ['cmi.interactions.3.id', 'temp-markers'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.time', '09:05:07'],
      ['cmi.interactions.3.student_response', 'b'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'a'],
      ['cmi.interactions.3.result', 'wrong'],
    ]);
    expect(c.interaction(0, { ...choice, response: 'regard' }).at(-1)).toEqual(['cmi.interactions.0.result', 'correct']);
    const yes = c.interaction(1, { id: 'sa-x', type: 'true-false', response: 'yes', description: 'Q', time });
    expect(yes).toContainEqual(['cmi.interactions.1.student_response', 't']);
    expect(yes.at(-1)).toEqual(['cmi.interactions.1.result', 'neutral']);
    expect(c.interaction(1, { id: 'sa-x', type: 'true-false', response: 'no', description: 'Q', time })).toContainEqual(['cmi.interactions.1.student_response', 'f']);
    expect(c.statusValue(true)).toBe('completed');
    expect(c.statusValue(false)).toBe('incomplete');
    expect(c.isCompleted('passed')).toBe(true);
    expect(c.isCompleted('completed')).toBe(true);
    expect(c.isCompleted('incomplete')).toBe(false);
    expect(c.progress(0.5)).toEqual([]);
    expect([c.location, c.status, c.exit, c.sessionTime, c.interactionCount]).toEqual(['cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.exit', 'cmi.core.session_time', 'cmi.interactions._count']);
  });

  it('SCORM 2004 interactions: short identifiers, true/false, incorrect/correct/neutral, timestamp, description up to 250', () => {
    const c = cmiFor('2004');
    const out = c.interaction(2, choice);
    expect(out).toEqual([
      ['cmi.interactions.2.id', 'temp-markers'],
      ['cmi.interactions.2.type', 'choice'],
      ['cmi.interactions.2.description', choice.description.slice(0, 250)],
      ['cmi.interactions.2.timestamp', '2026-11-29T09:05:07'],
      ['cmi.interactions.2.learner_response', 'no_trust'],
      ['cmi.interactions.2.correct_responses.0.pattern', 'regard'],
      ['cmi.interactions.2.result', 'incorrect'],
    ]);
    expect(c.interaction(0, { ...choice, response: 'regard' }).at(-1)).toEqual(['cmi.interactions.0.result', 'correct']);
    const no = c.interaction(0, { id: 'sa-x', type: 'true-false', response: 'no', description: 'Q', time });
    expect(no).toContainEqual(['cmi.interactions.0.learner_response', 'false']);
    expect(no.at(-1)).toEqual(['cmi.interactions.0.result', 'neutral']);
    expect(c.interaction(0, { id: 'sa-x', type: 'true-false', response: 'yes', description: 'Q', time })).toContainEqual(['cmi.interactions.0.learner_response', 'true']);
    expect(c.isCompleted('completed')).toBe(true);
    expect(c.isCompleted('passed')).toBe(false);
    expect(c.progress(0.25)).toEqual([['cmi.progress_measure', '0.25']]);
    expect([c.location, c.status, c.exit, c.sessionTime]).toEqual(['cmi.location', 'cmi.completion_status', 'cmi.exit', 'cmi.session_time']);
  });

  it('an option beyond 36 in SCORM 1.2 keeps its id (there is no letter for it)', () => {
    const options = Array.from({ length: 40 }, (_, i) => `o${i}`);
    const out = cmiFor('1.2').interaction(0, { id: 'q', type: 'choice', response: 'o38', description: '', options, time });
    expect(out).toContainEqual(['cmi.interactions.0.student_response', 'o38']);
    expect(cmiFor('1.2').interaction(0, { id: 'q', type: 'choice', response: 'o35', description: '', options, time })).toContainEqual(['cmi.interactions.0.student_response', '9']);
    expect(cmiFor('1.2').interaction(0, { id: 'q', type: 'choice', response: 'o36', description: '', options, time })).toContainEqual(['cmi.interactions.0.student_response', 'o36']);
    expect(cmiFor('1.2').interaction(0, { id: 'q', type: 'choice', response: 'x', description: '', time })).toContainEqual(['cmi.interactions.0.student_response', 'x']);
  });
});

describe('valid values: the data model types and Moodle 5\'s patterns', () => {
  const valid: [string, '1.2' | '2004', string, InteractionRecord['type']?][] = [
    ['cmi.core.lesson_status', '1.2', 'completed'],
    ['cmi.core.lesson_status', '1.2', 'incomplete'],
    ['cmi.core.exit', '1.2', 'suspend'],
    ['cmi.core.exit', '1.2', ''],
    ['cmi.core.lesson_location', '1.2', 'x'.repeat(255)],
    ['cmi.core.session_time', '1.2', '0001:02:03.45'],
    ['cmi.suspend_data', '1.2', 'x'.repeat(4096)],
    ['cmi.interactions.0.id', '1.2', 'sa-have-hqc'],
    ['cmi.interactions.0.type', '1.2', 'true-false'],
    ['cmi.interactions.0.time', '1.2', '09:05:07'],
    ['cmi.interactions.0.student_response', '1.2', 't', 'true-false'],
    ['cmi.interactions.0.student_response', '1.2', 'b', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', '1.2', 'a', 'choice'],
    ['cmi.interactions.0.result', '1.2', 'wrong'],
    ['cmi.completion_status', '2004', 'completed'],
    ['cmi.exit', '2004', 'suspend'],
    ['cmi.location', '2004', 'x'.repeat(1000)],
    ['cmi.progress_measure', '2004', '0.5'],
    ['cmi.progress_measure', '2004', '1'],
    ['cmi.progress_measure', '2004', '0'],
    ['cmi.session_time', '2004', 'PT1H2M3.45S'],
    ['cmi.session_time', '2004', 'PT0S'],
    ['cmi.suspend_data', '2004', 'x'.repeat(64000)],
    ['cmi.interactions.0.id', '2004', 'sa-have-hqc'],
    ['cmi.interactions.0.type', '2004', 'choice'],
    ['cmi.interactions.0.description', '2004', 'x'.repeat(250)],
    ['cmi.interactions.0.timestamp', '2004', '2026-11-29T09:05:07'],
    ['cmi.interactions.0.learner_response', '2004', 'true', 'true-false'],
    ['cmi.interactions.0.learner_response', '2004', 'too_short', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', '2004', 'regard', 'choice'],
    ['cmi.interactions.0.result', '2004', 'incorrect'],
    ['cmi.launch_data', '2004', 'anything: no rule'],
  ];
  const invalid: [string, '1.2' | '2004', string, InteractionRecord['type']?][] = [
    ['cmi.core.lesson_status', '1.2', 'not attempted'],
    ['cmi.core.lesson_status', '1.2', 'unknown'],
    ['cmi.core.exit', '1.2', 'normal'],
    ['cmi.core.lesson_location', '1.2', 'x'.repeat(256)],
    ['cmi.core.session_time', '1.2', 'PT1S'],
    ['cmi.core.session_time', '1.2', '1:02:03'],
    ['cmi.suspend_data', '1.2', 'x'.repeat(4097)],
    ['cmi.interactions.0.id', '1.2', 'has space'],
    ['cmi.interactions.0.id', '1.2', ''],
    ['cmi.interactions.0.type', '1.2', 'long-fill-in'],
    ['cmi.interactions.0.time', '1.2', '2026-11-29T09:05:07'],
    ['cmi.interactions.0.student_response', '1.2', 'true', 'true-false'],
    ['cmi.interactions.0.student_response', '1.2', 'too-short', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', '1.2', 'regard', 'choice'],
    ['cmi.interactions.0.result', '1.2', 'incorrect'],
    ['cmi.completion_status', '2004', 'passed'],
    ['cmi.exit', '2004', 'finished'],
    ['cmi.location', '2004', 'x'.repeat(1001)],
    ['cmi.progress_measure', '2004', '1.5'],
    ['cmi.progress_measure', '2004', '-0.1'],
    ['cmi.progress_measure', '2004', ''],
    ['cmi.session_time', '2004', 'PT1.234S'],
    ['cmi.session_time', '2004', 'P'],
    ['cmi.session_time', '2004', '00:00:01'],
    ['cmi.suspend_data', '2004', 'x'.repeat(64001)],
    ['cmi.interactions.0.id', '2004', 'ends-with-dash-'],
    ['cmi.interactions.0.id', '2004', 'has space1'],
    ['cmi.interactions.0.type', '2004', 'essay'],
    ['cmi.interactions.0.description', '2004', 'x'.repeat(251)],
    ['cmi.interactions.0.timestamp', '2004', '09:05:07'],
    ['cmi.interactions.0.learner_response', '2004', 't', 'true-false'],
    ['cmi.interactions.0.learner_response', '2004', 'too-short', 'choice'],
    ['cmi.interactions.0.learner_response', '2004', '', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', '2004', 'a b', 'choice'],
    ['cmi.interactions.0.result', '2004', 'wrong'],
  ];
  for (const [element, standard, value, type] of valid) {
    it(`${standard} ${element} takes ${JSON.stringify(value.length > 20 ? `${value.length} characters` : value)}`, () => {
      expect(invalidValue(standard, element, value, type)).toBeNull();
    });
  }
  for (const [element, standard, value, type] of invalid) {
    it(`${standard} ${element} refuses ${JSON.stringify(value.length > 20 ? `${value.length} characters` : value)}`, () => {
      const why = invalidValue(standard, element, value, type);
      expect(why).toMatch(new RegExp(element.replace(/\./g, '\\.')));
    });
  }
  it('reads interaction fields at any index, and anchors every pattern at both ends', () => {
    expect(invalidValue('2004', 'cmi.interactions.12.learner_response', 'a-b', 'choice')).not.toBeNull();
    expect(invalidValue('2004', 'cmi.interactions.3.correct_responses.10.pattern', 'a-b', 'choice')).not.toBeNull();
    expect(invalidValue('2004', 'cmi.interactions.12.id', 'ends-')).not.toBeNull();
    expect(invalidValue('2004', 'cmi.interactions.0.learner_response', 'xtrue', 'true-false')).not.toBeNull();
    expect(invalidValue('2004', 'cmi.interactions.0.learner_response', 'truex', 'true-false')).not.toBeNull();
    expect(invalidValue('1.2', 'cmi.interactions.0.student_response', 'xt', 'true-false')).not.toBeNull();
    expect(invalidValue('1.2', 'cmi.interactions.0.student_response', 'tx', 'true-false')).not.toBeNull();
    expect(invalidValue('1.2', 'cmi.interactions.0.student_response', 'a,b', 'choice')).toBeNull();
    expect(invalidValue('1.2', 'cmi.interactions.0.correct_responses.0.pattern', 'a,b', 'choice')).toBeNull();
    expect(invalidValue('1.2', 'xcmi.core.exit', 'anything')).toBeNull();
    expect(invalidValue('1.2', 'cmi.core.exit', 'z'.repeat(40))).toBe(`cmi.core.exit does not accept "${'z'.repeat(40)}" (40 characters)`);
  });

  it('says what a response must be', () => {
    expect(invalidValue('2004', 'cmi.interactions.0.learner_response', 'x', 'true-false')).toBe('cmi.interactions.0.learner_response must be "true" or "false"');
    expect(invalidValue('2004', 'cmi.interactions.0.learner_response', 'a-b', 'choice')).toBe('cmi.interactions.0.learner_response must be a short identifier (letters, digits, _ and .)');
    expect(invalidValue('1.2', 'cmi.interactions.0.student_response', 'x', 'true-false')).toBe('cmi.interactions.0.student_response must be "t" or "f"');
    expect(invalidValue('1.2', 'cmi.interactions.0.student_response', 'ab', 'choice')).toBe('cmi.interactions.0.student_response must be one character per option (a-z, 0-9)');
    expect(invalidValue('1.2', 'cmi.core.exit', 'normal')).toBe('cmi.core.exit does not accept "normal" (6 characters)');
    expect(invalidValue('1.2', 'cmi.core.lesson_location', 'y'.repeat(300))).toBe(`cmi.core.lesson_location does not accept "${'y'.repeat(40)}…" (300 characters)`);
  });
});

describe('suspend_data format', () => {
  it('round-trips seq, data, attempt and the shortened flag; old two-part strings still read', () => {
    const full = decodeSuspendData(encodeSuspendData({ seq: 7, data: { a: 1 }, attempt: 'att1', shortened: true }));
    expect(full).toEqual({ kind: 'ok', envelope: { seq: 7, data: { a: 1 }, attempt: 'att1', shortened: true } });
    const plain = decodeSuspendData(encodeSuspendData({ seq: 2, data: 'x' }));
    expect(plain).toEqual({ kind: 'ok', envelope: { seq: 2, data: 'x', attempt: null, shortened: false } });
  });

  it('tells empty (as LMSs spell it) from ours and from unreadable', () => {
    for (const empty of ['', 'null', 'undefined', '  ']) expect(decodeSuspendData(empty)).toEqual({ kind: 'empty' });
    expect(decodeSuspendData('{"other":"course"}')).toEqual({ kind: 'corrupt', raw: '{"other":"course"}' });
    expect(decodeSuspendData('H1:@@@')).toEqual({ kind: 'corrupt', raw: 'H1:@@@' });
    const notEnvelope = encodeSuspendData({ seq: 1, data: 1 }).replace(/^H1:/, '');
    expect(decodeSuspendData(`H1:${notEnvelope.slice(0, 8)}`).kind).toBe('corrupt');
  });

  it('budgets: 4,096 characters in SCORM 1.2, 64,000 in 2004', () => {
    expect(SUSPEND_BUDGET).toEqual({ '1.2': 4096, '2004': 64000 });
  });
});

describe('API discovery', () => {
  const api12 = { LMSInitialize: () => 'true' };
  const api2004 = { Initialize: () => 'true' };
  const frame = (props: Record<string, unknown>, parent?: unknown): any => {
    const w: any = { ...props };
    w.parent = parent ?? w;
    return w;
  };

  it('the package\'s standard comes from the launch URL', () => {
    expect(packageStandard({ location: { search: '?scorm=1.2' } } as unknown as Window)).toBe('1.2');
    expect(packageStandard({ location: { search: '?x=1&scorm=2004' } } as unknown as Window)).toBe('2004');
    expect(packageStandard({ location: { search: '?scorm=3' } } as unknown as Window)).toBeNull();
    expect(packageStandard({} as unknown as Window)).toBeNull();
  });

  it('without a standard in the URL, 2004 is preferred, then 1.2', () => {
    const both = frame({ API: api12, API_1484_11: api2004 });
    const child = frame({ location: { search: '' } }, both);
    expect(discover(child)?.standard).toBe('2004');
    const only12 = frame({ location: { search: '' } }, frame({ API: api12 }));
    expect(discover(only12)?.standard).toBe('1.2');
    const with12 = frame({ location: { search: '?scorm=1.2' } }, both);
    expect(discover(with12)?.api).toBe(api12);
  });

  it('an object without the API\'s functions is not an API; a frame that throws is skipped', () => {
    const fake = frame({ API: { LMSInitialize: 'not a function' }, API_1484_11: {} });
    expect(findApi(frame({}, fake), '1.2')).toBeNull();
    expect(findApi(frame({}, fake), '2004')).toBeNull();
    const hostile: any = {};
    Object.defineProperty(hostile, 'API', { get: () => { throw new Error('cross-origin'); } });
    hostile.parent = frame({ API: api12 });
    expect(findApi(hostile, '1.2')?.api).toBe(api12);
    const noParent: any = {};
    Object.defineProperty(noParent, 'parent', { get: () => { throw new Error('cross-origin'); } });
    expect(findApi(noParent, '1.2')).toBeNull();
  });

  it('looks up to 500 parent hops (ADL) and no further, so a broken chain cannot loop', () => {
    let w: any = frame({ API: api12 });
    for (let i = 0; i < 501; i++) w = frame({}, w);
    expect(findApi(w, '1.2')).toBeNull();
    w = frame({ API: api12 });
    for (let i = 0; i < 500; i++) w = frame({}, w);
    expect(findApi(w, '1.2')?.api).toBe(api12);
  });

  it('a window without a parent, or whose opener is itself, ends the search', () => {
    const orphan: any = { parent: null, top: null, opener: null };
    expect(findApi(orphan, '1.2')).toBeNull();
    const self: any = { parent: null };
    self.top = self;
    self.opener = self;
    expect(findApi(self, '1.2')).toBeNull();
  });
});

describe('the connection: every call guarded', () => {
  function fakeApi(answers: { get?: unknown; err?: unknown; set?: unknown; throws?: boolean }) {
    const api = {
      LMSInitialize: () => 'true',
      LMSFinish: () => true,
      LMSGetValue: () => {
        if (answers.throws) throw new Error('boom');
        return answers.get;
      },
      LMSSetValue: () => {
        if (answers.throws) throw new Error('boom');
        return answers.set;
      },
      LMSCommit: () => 'false',
      LMSGetLastError: () => answers.err,
      LMSGetErrorString: (c: string) => `text for ${c}`,
    };
    return connect({ standard: '1.2', api } as FoundApi);
  }

  it('reads: "" with an error is unknown; a value, or no error, is known; a throw is unknown', () => {
    expect(fakeApi({ get: '', err: '0' }).read('x')).toEqual({ value: '', known: true });
    expect(fakeApi({ get: '', err: '301' }).read('x')).toEqual({ value: '', known: false });
    expect(fakeApi({ get: 'v', err: '101' }).read('x')).toEqual({ value: 'v', known: true });
    expect(fakeApi({ get: 12, err: 0 }).read('x')).toEqual({ value: '12', known: true });
    expect(fakeApi({ get: null, err: 0 }).read('x')).toEqual({ value: '', known: true });
    expect(fakeApi({ throws: true }).read('x')).toEqual({ value: '', known: false });
  });

  it('SCORM 2004 "not initialized" (403) reads as an empty, known value; in 1.2, and for other codes, "" is unknown', () => {
    const api = (code: string) => ({ GetValue: () => '', GetLastError: () => code });
    expect(connect({ standard: '2004', api: api('403') } as unknown as FoundApi).read('cmi.location')).toEqual({ value: '', known: true });
    expect(connect({ standard: '2004', api: api('301') } as unknown as FoundApi).read('cmi.location')).toEqual({ value: '', known: false });
    expect(fakeApi({ get: '', err: '403' }).read('x')).toEqual({ value: '', known: false });
    expect(fakeApi({ get: undefined, err: '0' }).read('x')).toEqual({ value: '', known: true });
  });

  it('SCORM 2004 calls: Commit and Terminate with "", the LMS\'s own words for an error', () => {
    const seen: string[] = [];
    const api = {
      Initialize: (a: string) => (seen.push(`Initialize(${JSON.stringify(a)})`), 'true'),
      Commit: (a: string) => (seen.push(`Commit(${JSON.stringify(a)})`), 'false'),
      Terminate: (a: string) => (seen.push(`Terminate(${JSON.stringify(a)})`), 'true'),
      GetLastError: () => '391',
      GetErrorString: (c: string) => `words for ${c}`,
    };
    const c = connect({ standard: '2004', api } as unknown as FoundApi);
    c.initialize();
    expect(c.commit()).toEqual({ ok: false, code: 391, message: 'words for 391' });
    expect(c.terminate()).toEqual({ ok: true, code: 391, message: '' });
    expect(seen).toEqual(['Initialize("")', 'Commit("")', 'Terminate("")']);
  });

  it('writes: true or "true" is success; anything else carries the code and the LMS\'s words', () => {
    expect(fakeApi({ set: true, err: '0' }).set('a', 'b')).toEqual({ ok: true, code: 0, message: '' });
    expect(fakeApi({ set: 'true', err: '0' }).set('a', 'b').ok).toBe(true);
    expect(fakeApi({ set: 'false', err: '405' }).set('a', 'b')).toEqual({ ok: false, code: 405, message: 'text for 405' });
    expect(fakeApi({ set: undefined, err: undefined }).set('a', 'b')).toEqual({ ok: false, code: 0, message: 'text for 0' });
    expect(fakeApi({ throws: true }).set('a', 'b')).toEqual({ ok: false, code: -1, message: 'boom' });
    expect(fakeApi({ err: '0' }).commit()).toMatchObject({ ok: false });
    expect(fakeApi({ err: '0' }).terminate()).toMatchObject({ ok: true });
    expect(fakeApi({ err: '0' }).initialize()).toMatchObject({ ok: true });
  });
});

describe('the browser copy', () => {
  it('writes, reads back, and knows copies from before attempts were recorded', () => {
    const storage = new MemoryStorage();
    const backup = new BrowserBackup(storage, 'k');
    expect(backup.works()).toBe(true);
    expect(storage.getItem('k:probe')).toBeNull();
    expect(backup.read()).toBeNull();
    expect(backup.write({ seq: 3, data: { a: 1 }, attempt: 'x', confirmed: 2, tab: 't' })).toBe(true);
    expect(backup.read()).toEqual({ seq: 3, data: { a: 1 }, attempt: 'x', confirmed: 2, tab: 't' });
    storage.setItem('k', JSON.stringify({ seq: 5, data: 1, synced: true }));
    expect(backup.read()).toEqual({ seq: 5, data: 1, attempt: null, confirmed: 5, tab: '' });
    storage.setItem('k', JSON.stringify({ seq: 5, data: 1, synced: false }));
    expect(backup.read()?.confirmed).toBe(0);
    storage.setItem('k', JSON.stringify({ data: 1 }));
    expect(backup.read()).toBeNull();
    storage.setItem('k', JSON.stringify({ seq: 1 }));
    expect(backup.read()).toBeNull();
    storage.setItem('k', '{not json');
    expect(backup.read()).toBeNull();
    expect(backup.keepUnreadable('raw')).toBe(true);
    expect(storage.getItem('k:unreadable')).toBe('raw');
    backup.clear();
    expect(storage.getItem('k')).toBeNull();
  });

  it('a full or missing storage is reported, never thrown', () => {
    const full = new MemoryStorage();
    full.full = true;
    const backup = new BrowserBackup(full, 'k');
    expect(backup.works()).toBe(false);
    expect(backup.write({ seq: 1, data: 1, attempt: null, confirmed: 0, tab: '' })).toBe(false);
    expect(backup.keepUnreadable('raw')).toBe(false);
    const none = new BrowserBackup(null, 'k');
    expect(none.works()).toBe(false);
    expect(none.read()).toBeNull();
    expect(none.write({ seq: 1, data: 1, attempt: null, confirmed: 0, tab: '' })).toBe(false);
    expect(none.keepUnreadable('raw')).toBe(false);
    expect(() => none.clear()).not.toThrow();
  });

  it('a browser that accepts and drops a write is caught by reading it back', () => {
    const liar = new MemoryStorage();
    liar.setItem = () => undefined;
    expect(new BrowserBackup(liar, 'k').write({ seq: 1, data: 1, attempt: null, confirmed: 0, tab: '' })).toBe(false);
    expect(new BrowserBackup(liar, 'k').works()).toBe(false);
  });
});
