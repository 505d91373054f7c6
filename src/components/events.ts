// The events the components send up to hqc-unit (and out of it to the app). Each one is a
// typed CustomEvent registered in GlobalEventHandlersEventMap, so `addEventListener('hqc-answer', e => e.detail.id)`
// is checked by the compiler. All of them bubble and cross shadow roots: use emit().
import type { FlowEvent, PlainFlowEvent } from '../flow/steps';

/** A learner's answer to one question: yes-no "yes"/"no", a choice option id, reflection text, challenge "adopted" or "". */
export interface HqcAnswerDetail {
  id: string;
  value: string;
}

/** The learner asked to open a lesson (menu entry, in-lesson link, "Back to ..."). */
export interface HqcNavigateDetail {
  id: string;
}

/** The learner activated the action of a notice; `event` is the flow event the app gave the action. */
export interface HqcNoticeActionDetail {
  id: string;
  event: PlainFlowEvent;
}

/** The learner asked for the lesson menu to open or close. */
export interface HqcMenuToggleDetail {
  open: boolean;
  /** Move focus into the menu, to the current lesson's entry ("Review the lessons"). */
  focusEntry: boolean;
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
  /** A part of the unit asks it to send this flow event (Back, My plan, a path chosen). */
  'hqc-flow': FlowEvent;
  /** The learner activated Continue (or Finish): the unit checks what is still missing first. */
  'hqc-continue': Record<string, never>;
  'hqc-menu-toggle': HqcMenuToggleDetail;
}

export type HqcEventName = keyof HqcEventDetails;
export type HqcAnswerEvent = CustomEvent<HqcAnswerDetail>;
export type HqcNavigateEvent = CustomEvent<HqcNavigateDetail>;
export type HqcPanelSeenEvent = CustomEvent<HqcPanelSeenDetail>;
export type HqcCloseEvent = CustomEvent<Record<string, never>>;
export type HqcNoticeActionEvent = CustomEvent<HqcNoticeActionDetail>;
export type HqcFlowEvent = CustomEvent<FlowEvent>;
export type HqcContinueEvent = CustomEvent<Record<string, never>>;
export type HqcMenuToggleEvent = CustomEvent<HqcMenuToggleDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'hqc-answer': HqcAnswerEvent;
    'hqc-navigate': HqcNavigateEvent;
    'hqc-panel-seen': HqcPanelSeenEvent;
    'hqc-close': HqcCloseEvent;
    'hqc-notice-action': HqcNoticeActionEvent;
    'hqc-flow': HqcFlowEvent;
    'hqc-continue': HqcContinueEvent;
    'hqc-menu-toggle': HqcMenuToggleEvent;
  }
}

/** Sends a component event that bubbles and crosses shadow roots. Returns false if a listener cancelled it. */
export function emit<K extends HqcEventName>(el: HTMLElement, name: K, detail: HqcEventDetails[K]): boolean {
  return el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
