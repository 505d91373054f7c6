// What the learner is told once the saved flow is restored (after the flow machine loads): saved
// progress from a version that can no longer be read, a unit updated since their last visit,
// work recovered from this browser.
import type { UnitNotice } from './flow/notices';
import type { Restored } from './flow/snapshot';
import type { LmsSession } from './lms/session';

/** Notices about restoring the saved flow (`restored`: null when there was nothing to restore or it could not be read). */
export function restoreNotices(session: LmsSession, restored: Restored | null): UnitNotice[] {
  const notices: UnitNotice[] = [];
  if (session.resume.data !== null && !restored) {
    notices.push({ id: 'unreadable', kind: 'warning', text: 'Your saved progress is from a version of this unit that can no longer be read, so the unit starts from the beginning.' });
  } else if (restored && Object.keys(restored.kept).length > 0) {
    notices.push({
      id: 'updated',
      kind: 'info',
      text: 'This unit has been updated since your last visit. Your answers are kept; what you wrote for questions that have changed is in My plan, under "From an earlier version".',
      action: { label: 'Open my plan', event: { type: 'nav.plan' } },
    });
  } else if (restored?.dropped.some((d) => !d.startsWith('step '))) {
    notices.push({ id: 'updated', kind: 'info', text: 'This unit has been updated since your last visit. Your answers are kept; a few choices for questions that have changed need answering again.' });
  }
  if (restored && session.resume.source === 'backup' && session.connected) {
    notices.push({ id: 'recovered', kind: 'info', text: 'Work from your last visit that had not reached the learning system was recovered from this browser and is being saved now.' });
  }
  return notices;
}
