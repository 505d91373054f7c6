// Messages from the app to the learner (no LMS, work recovered from the browser, notes near the
// LMS's limit), shown by hqc-notices. A view type: the app writes them, the unit shows them.
import type { PlainFlowEvent } from './steps';

export interface UnitNotice {
  /** Stable id: "no-lms", "lms-refused", "unreadable-lms", "completed-before", "shortened", "unreadable", "updated", "recovered", "budget". */
  id: string;
  /** "info" is read politely (role="status"); "warning" interrupts (role="alert"). */
  kind: 'info' | 'warning';
  text: string;
  /**
   * An optional button. Activating it emits hqc-notice-action with this `event`; unless a
   * listener cancels that, the unit sends `event` to the flow.
   */
  action?: { label: string; event: PlainFlowEvent };
}
