// Edges of the LMS runtime that the journeys do not reach: strings that look like ours but are
// not, the exact calls of SCORM 1.2, and a value the unit's own checks refuse before sending.
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { createPreviewLms, type CallLogEntry } from '../scorm/preview/lms-host';
import { connect } from '../src/lms/connection';
import type { FoundApi } from '../src/lms/discovery';
import { LmsSession } from '../src/lms/session';
import { decodeSuspendData, encodeSuspendData } from '../src/lms/suspendData';
import { ManualClock, MemoryStorage } from './helpers/lms';

const h1 = (json: string) => `H1:${LZString.compressToBase64(json)}`;

describe('suspend_data that looks like ours but is not', () => {
  it('needs the prefix, an array of at least seq and data, and a whole-number seq', () => {
    const ours = encodeSuspendData({ seq: 1, data: { a: 1 } });
    expect(decodeSuspendData(`H2:${ours.slice(3)}`).kind).toBe('corrupt');
    expect(decodeSuspendData(h1('{"seq":1,"data":{}}')).kind).toBe('corrupt');
    expect(decodeSuspendData(h1('[1]')).kind).toBe('corrupt');
    expect(decodeSuspendData(h1('["1",{}]')).kind).toBe('corrupt');
    expect(decodeSuspendData(h1('[1.5,{}]')).kind).toBe('corrupt');
    expect(decodeSuspendData(h1('[3,{"a":1},7,0]'))).toEqual({ kind: 'ok', envelope: { seq: 3, data: { a: 1 }, attempt: null, shortened: false } });
  });
});

describe('SCORM 1.2 calls', () => {
  it('LMSInitialize, LMSCommit and LMSFinish with "" (the standard\'s only argument)', () => {
    const seen: string[] = [];
    const rec = (name: string, answer: unknown) => (a: string) => (seen.push(`${name}(${JSON.stringify(a)})`), answer);
    const api = { LMSInitialize: rec('LMSInitialize', 'true'), LMSCommit: rec('LMSCommit', 'true'), LMSFinish: rec('LMSFinish', 'true'), LMSGetLastError: () => '0', LMSGetErrorString: () => '' };
    const c = connect({ standard: '1.2', api } as unknown as FoundApi);
    c.initialize();
    c.commit();
    c.terminate();
    expect(seen).toEqual(['LMSInitialize("")', 'LMSCommit("")', 'LMSFinish("")']);
  });
});

describe('a value the unit\'s own checks refuse', () => {
  it('is not sent, is recorded once, and the rest of the save goes on', () => {
    const calls: CallLogEntry[] = [];
    const lms = createPreviewLms({ standard: '2004', storage: new MemoryStorage(), onCall: (c) => calls.push(c) });
    const parent: Record<string, unknown> = { API_1484_11: lms.api };
    parent.parent = parent;
    const win = { parent, top: parent, opener: null, location: { search: '?scorm=2004' } } as unknown as Window;
    const clock = new ManualClock();
    const session = new LmsSession({ win, storage: new MemoryStorage(), courseId: 'c', now: clock.now, schedule: clock.schedule, cancel: clock.cancel, openChannel: null });
    const bad = { id: 'has space-', type: 'choice' as const, response: 'x', description: 'Q', options: ['x'], time: new Date(2026, 0, 1) };
    const good = { ...bad, id: 'fine-id' };
    session.update({ data: { n: 1 }, location: 'a', completed: false, progress: 0.5, interactions: [bad, good] });
    session.requestSave();
    clock.run(0);
    session.update({ data: { n: 2 }, location: 'b', completed: false, progress: 0.5, interactions: [bad, good] });
    session.requestSave();
    clock.run(0);
    const ids = calls.filter((c) => c.call === 'SetValue' && c.args[0].endsWith('.id')).map((c) => c.args[1]);
    expect(ids).toEqual(['fine-id']);
    expect(session.getProblems()).toEqual(['Not sent: cmi.interactions.0.id does not accept "has space-" (10 characters).']);
    expect(lms.cmi().location).toBe('b');
    expect(session.getStatus().kind).toBe('saved');
  });
});
