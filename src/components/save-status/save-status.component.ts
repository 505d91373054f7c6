import { LitElement, html, type PropertyValues } from 'lit';
import type { SaveStatus, SaveStatusKind } from '../../flow/save-status';
import styles from './save-status.styles';

/** What each save status means, in the learner's words. */
export const SAVE_STATUS_TEXT: Record<SaveStatusKind, string> = {
  saved: 'All changes saved',
  unsaved: 'Changes not saved yet',
  saving: 'Saving…',
  retrying: 'Not saved yet: the LMS did not respond. Your work is kept in this browser and we are retrying.',
  local: 'Saved in this browser only (no LMS connection)',
  'not-kept': 'Not saved: there is no LMS connection and this browser refuses to store your work. Download your plan to keep a copy.',
  'too-long': 'Saved, but the LMS keeps only part of your notes: it has a shortened copy. The full text is in this browser and in your plan download.',
  'other-tab': 'Not saved here: this unit is open in another tab or window, which saves your work. Continue there, or reload this page to continue here.',
};

/** "retrying" when this browser could not keep a copy either: never claim a copy that was not written. */
export const RETRYING_NOT_KEPT = 'Not saved yet: the LMS did not respond, and this browser cannot keep a copy. We are retrying; download your plan to keep your notes.';

/** Statuses a learner must hear about; the routine ones are only shown. */
const PROBLEMS: SaveStatusKind[] = ['retrying', 'local', 'not-kept', 'too-long', 'other-tab'];

/**
 * @summary Where the learner's work is saved, in plain words, inside a role="status" region.
 *
 * Screen readers hear a change only when it matters: a problem (retrying, browser only,
 * too long) and the "All changes saved" that ends one. The routine unsaved -> saving -> saved
 * cycle after each answer is shown but not read out (the region's aria-live is "off" then),
 * which would otherwise interrupt the learner after every click.
 *
 * @csspart base - The status line.
 *
 * @cssproperty --hqc-text-color - Text (default: the palette's --hqc-ink, #1b1b1b).
 * @cssproperty --hqc-muted-text-color - Secondary text (the status line) (default: --hqc-ink-soft, #4b4b4b).
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcSaveStatus extends LitElement {
  static styles = styles;
  static properties = {
    status: { attribute: false },
  };

  /** The session's status; null renders an empty region (no LMS session yet). */
  declare status: SaveStatus | null;

  private live: 'polite' | 'off' = 'off';
  private hadProblem = false;

  constructor() {
    super();
    this.status = null;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('status')) return;
    const kind = this.status?.kind;
    const problem = !!kind && PROBLEMS.includes(kind);
    this.live = problem || (kind === 'saved' && this.hadProblem) ? 'polite' : 'off';
    if (problem) this.hadProblem = true;
    else if (kind === 'saved') this.hadProblem = false;
  }

  render() {
    const kind = this.status?.kind;
    return html`
      <p part="base" class=${`status ${kind ? `status--${kind}` : ''}`} role="status" aria-live=${this.live}>
        ${kind ? html`<span class="icon" aria-hidden="true">${ICON[kind]}</span><span class="text">${kind === 'retrying' && this.status?.keptInBrowser === false ? RETRYING_NOT_KEPT : SAVE_STATUS_TEXT[kind]}</span>` : null}
      </p>
    `;
  }
}

const ICON: Record<SaveStatusKind, string> = {
  saved: '✓',
  unsaved: '•',
  saving: '…',
  retrying: '!',
  local: 'i',
  'not-kept': '!',
  'too-long': '!',
  'other-tab': '!',
};
