// The built zips played in Chromium against LMSs that behave as real ones do (the test LMS's
// profiles: Moodle 5 with its patterns and "send only what changed", an LMS without
// interactions, one that cuts suspend_data, one failed request...). Each journey ends with
// what the LMS server kept, as a teacher's report and the next launch see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileName } from '../../scorm/preview/lms-host';
import { decodeSuspendData } from '../../src/lms/suspendData';
import { cmi, open, play, startRig, waitUntil, type Rig } from './learner';
import type { Standard } from '../../src/lms/standard';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const profiles: [ProfileName, Standard, 'full' | 'quick'][] = [
  ['moodle-5', '1.2', 'full'],
  ['moodle-5', '2004', 'full'],
  ['moodle-5', '2004', 'quick'],
  ['moodle-5-strict', '1.2', 'full'],
  ['strict-2004', '2004', 'full'],
  ['no-interactions', '1.2', 'full'],
  ['truncating', '1.2', 'full'],
  ['flaky', '2004', 'full'],
];

describe('the built zips on real-LMS profiles, played by role and name in Chromium', () => {
  for (const [profile, standard, path] of profiles) {
    it(`${profile}, SCORM ${standard}, ${path} path: completed, bookmarked, every answer kept, and "All changes saved" is true`, async () => {
      const s = await open(rig, standard, { query: `&faults=${encodeURIComponent(JSON.stringify({ profile }))}` });
      await play(s, { allYes: path === 'quick', text: 'I asked what drew them to this work, and listened.' });
      await s.unit.getByText('All changes saved').waitFor({ timeout: 10_000 });
      await waitUntil(async () => {
        const data = await cmi(s);
        return (standard === '1.2' ? data.core?.lesson_status : data.completion_status) === 'completed';
      }, 'completion on the LMS server', 10_000);
      const data = await cmi(s);
      expect(standard === '1.2' ? data.core.lesson_location : data.location).toBe('complete');
      expect(standard === '1.2' ? data.core.exit : data.exit).toBe('suspend');
      expect(decodeSuspendData(data.suspend_data).kind).toBe('ok');
      const refused = await s.page.evaluate(() => (window as any).lmsCalls.filter((c: any) => /SetValue$/.test(c.call) && c.result !== 'true' && !c.args[0].startsWith('cmi.interactions.')).map((c: any) => `${c.args[0]} ${c.error}`));
      expect(refused).toEqual([]);
      if (profile !== 'no-interactions') expect(Object.keys(data.interactions ?? {}).length).toBeGreaterThan(path === 'quick' ? 5 : 10);
      expect(s.problems).toEqual([]);
      await s.context.close();
    }, 120_000);
  }
});
