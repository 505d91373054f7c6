// The page's lifecycle as the LMS needs it. Moodle's frame blocks `unload`, and a beacon at
// unload is answered "true" unread: save when the page is hidden, confirm when it is shown
// again, and finish the session only when the page really goes (not when it enters the
// back/forward cache).
import type { LmsSession } from './lms/session';

/**
 * Listens to visibilitychange, pagehide and pageshow on `win`; `flush` sends text still being
 * typed to the flow first. Returns a function that stops listening.
 */
export function followPageLifecycle(win: Window, session: LmsSession, flush: () => void): () => void {
  const doc = win.document;
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      flush();
      session.pageHidden();
    } else session.pageShown();
  };
  const onPageHide = (event: Event) => {
    flush();
    if ((event as PageTransitionEvent).persisted) session.pageHidden();
    else session.finish();
  };
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) session.pageShown();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('pageshow', onPageShow);
  };
}
