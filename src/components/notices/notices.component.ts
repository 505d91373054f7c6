import { html } from 'lit';
import type { UnitNotice } from '../../flow/notices';
import { emit } from '../events';
import { UnitPart } from '../unit-part';

/**
 * @summary The app's messages for the learner (no LMS, recovered work, notes near the LMS's
 * limit): information in a polite `role="status"` region, warnings in a `role="alert"` region.
 * Both regions exist before any notice arrives, so a new one is read out.
 *
 * A part of hqc-unit: it draws into the unit's shadow root (no shadow root of its own); the
 * unit's `notices` CSS part is its wrapper.
 *
 * @event {CustomEvent<{ id: string; event: { type: 'nav.plan' | 'step.continue' | 'step.back' } }>} hqc-notice-action - The learner activated a notice's button (cancelable: preventDefault() keeps its flow event from being sent).
 * @event {CustomEvent<{ type: 'nav.plan' | 'step.continue' | 'step.back' }>} hqc-flow - The notice's flow event, for the unit to send, unless hqc-notice-action was cancelled.
 */
export default class HqcNotices extends UnitPart {
  static properties = {
    notices: { attribute: false },
  };

  /** The notices, in the order the app gave them. */
  declare notices: UnitNotice[];

  constructor() {
    super();
    this.notices = [];
  }

  private act(notice: UnitNotice) {
    const event = notice.action!.event;
    if (emit(this, 'hqc-notice-action', { id: notice.id, event })) emit(this, 'hqc-flow', event);
  }

  render() {
    const notice = (n: UnitNotice) => html`
      <div class=${`notice notice--${n.kind}`}>
        <p>${n.text}</p>
        ${n.action ? html`<button type="button" class="button" @click=${() => this.act(n)}>${n.action.label}</button>` : null}
      </div>
    `;
    return html`
      <div class="notices" part="notices">
        <div role="status">${this.notices.filter((n) => n.kind === 'info').map(notice)}</div>
        <div role="alert">${this.notices.filter((n) => n.kind === 'warning').map(notice)}</div>
      </div>
    `;
  }
}
