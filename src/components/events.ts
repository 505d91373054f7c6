// The events the components send up to hqc-unit (and out of it to the app). Each one is a
// typed CustomEvent registered in GlobalEventHandlersEventMap, so `addEventListener('hqc-answer', e => e.detail.id)`
// is checked by the compiler. All of them bubble and cross shadow roots: use emit().

/** A learner's answer to one question: yes-no "yes"/"no", a choice option id, reflection text, challenge "adopted" or "". */
export interface HqcAnswerDetail {
  id: string;
  value: string;
}

/** The learner asked to open a lesson (menu entry, in-lesson link). */
export interface HqcNavigateDetail {
  id: string;
}

/** The learner activated the action of a notice; `event` is the name the app gave the action. */
export interface HqcNoticeActionDetail {
  id: string;
  event: string;
}

export interface HqcEventDetails {
  'hqc-answer': HqcAnswerDetail;
  'hqc-navigate': HqcNavigateDetail;
  /** A disclosure (the lesson menu) asks to be closed, e.g. on Escape. */
  'hqc-close': Record<string, never>;
  'hqc-notice-action': HqcNoticeActionDetail;
}

export type HqcEventName = keyof HqcEventDetails;
export type HqcAnswerEvent = CustomEvent<HqcAnswerDetail>;
export type HqcNavigateEvent = CustomEvent<HqcNavigateDetail>;
export type HqcCloseEvent = CustomEvent<Record<string, never>>;
export type HqcNoticeActionEvent = CustomEvent<HqcNoticeActionDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hqc-answer': HqcAnswerEvent;
    'hqc-navigate': HqcNavigateEvent;
    'hqc-close': HqcCloseEvent;
    'hqc-notice-action': HqcNoticeActionEvent;
  }
}

/** Sends a component event that bubbles and crosses shadow roots. Returns false if a listener cancelled it. */
export function emit<K extends HqcEventName>(el: HTMLElement, name: K, detail: HqcEventDetails[K]): boolean {
  return el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
