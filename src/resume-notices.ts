// What the learner is told at launch about where their work is, from the LMS session alone: no
// LMS, an LMS that refused the session, saved progress that could not be read, shortened notes.
// What restoring the saved flow finds is told by ./restore-notices.ts, once the machine is there.
import type { UnitNotice } from './flow/notices';
import type { LmsSession } from './lms/session';

/** Notices known from the session alone (before the saved flow is restored). */
export function sessionNotices(session: LmsSession): UnitNotice[] {
  const notices: UnitNotice[] = [];
  const keptHere = session.browserKeeps
    ? 'so your progress is kept in this browser only'
    : 'and this browser does not let the unit store anything, so your work is not kept when you close this page: download your plan from My plan before you leave';
  if (session.offlineReason === 'no-api') {
    notices.push({ id: 'no-lms', kind: session.browserKeeps ? 'info' : 'warning', text: `No learning system (LMS) was found, ${keptHere}. Open the unit from your course page to have it recorded.` });
  } else if (session.offlineReason === 'init-failed') {
    notices.push({ id: 'lms-refused', kind: 'warning', text: `The learning system did not start a session, ${keptHere}. Reload the page to try again; if it keeps happening, tell your course administrator.` });
  }
  const completedNote = session.resume.lmsCompleted ? ' Your completion stays recorded.' : '';
  if (session.resume.unreadable && session.resume.data === null) {
    notices.push({
      id: 'unreadable-lms',
      kind: 'warning',
      text: `Your saved progress in the learning system could not be read, so the unit starts from the beginning. Nothing is overwritten until you answer something here, and a copy of what the system held is kept in this browser.${completedNote}`,
    });
  } else if (session.resume.unreadable) {
    notices.push({ id: 'unreadable-lms', kind: 'info', text: 'Your saved progress in the learning system could not be read, so your work was restored from this browser instead.' });
  } else if (session.resume.data === null && session.resume.lmsCompleted) {
    notices.push({ id: 'completed-before', kind: 'info', text: 'You have completed this unit before; your completion stays recorded. Your earlier answers are not stored, so the unit starts from the beginning.' });
  }
  if (session.resume.shortened) {
    notices.push({ id: 'shortened', kind: 'warning', text: 'Some of your notes were longer than the learning system can store, so it kept a shortened copy; that is what you see here. The full text is in the browser where you wrote them, and in the plan you download there.' });
  }
  return notices;
}
