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

/** A panel of a tabs or accordion block was shown (a tab selected, a section opened). */
export interface HqcPanelSeenDetail {
  /** The panel's index in the block (0 first). */
  index: number;
}

export interface HqcEventDetails {
  'hqc-answer': HqcAnswerDetail;
  'hqc-panel-seen': HqcPanelSeenDetail;
  'hqc-navigate': HqcNavigateDetail;
  /** A disclosure (the lesson menu) asks to be closed, e.g. on Escape. */
  'hqc-close': Record<string, never>;
  'hqc-notice-action': HqcNoticeActionDetail;
}

export type HqcEventName = keyof HqcEventDetails;
export type HqcAnswerEvent = CustomEvent<HqcAnswerDetail>;
export type HqcNavigateEvent = CustomEvent<HqcNavigateDetail>;
export type HqcPanelSeenEvent = CustomEvent<HqcPanelSeenDetail>;
export type HqcCloseEvent = CustomEvent<Record<string, never>>;
export type HqcNoticeActionEvent = CustomEvent<HqcNoticeActionDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hqc-answer': HqcAnswerEvent;
    'hqc-navigate': HqcNavigateEvent;
    'hqc-panel-seen': HqcPanelSeenEvent;
    'hqc-close': HqcCloseEvent;
    'hqc-notice-action': HqcNoticeActionEvent;
  }
}

/** Sends a component event that bubbles and crosses shadow roots. Returns false if a listener cancelled it. */
export function emit<K extends HqcEventName>(el: HTMLElement, name: K, detail: HqcEventDetails[K]): boolean {
  return el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
