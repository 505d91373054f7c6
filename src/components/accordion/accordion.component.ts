import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PanelsBlock } from '../../course/types';
import { PanelsSeen, isSeen, viewAllStatus } from '../view-all';
import styles from './accordion.styles';

let instances = 0;

/**
 * @summary An accordion, after the WAI-ARIA Authoring Practices "Accordion" pattern: each
 * section's title is a button inside a heading of the level the designer wrote, with
 * `aria-expanded`, controlling a region named by it. Enter or Space opens and closes a
 * section (several may be open); Down and Up Arrow move between the section buttons, Home
 * and End to the first and last. Every section starts closed; all are open when printed.
 *
 * With `view-all` (the designer's `::: accordion view-all`), each section opened once has a
 * check mark and a line under the sections says, in a polite live region, how many are opened
 * and which are still to open; the unit keeps Continue from moving on until all are.
 *
 * @event {CustomEvent<{ index: number }>} hqc-panel-seen - A section was opened.
 *
 * @csspart heading - Each section's heading.
 * @csspart button - Each section's button.
 * @csspart panel - Each section's content.
 * @csspart progress - With view-all: the line saying which sections are opened.
 *
 * @cssproperty --hqc-brand - Colour of the open section's marker and of the focus ring.
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcAccordion extends LitElement {
  static styles = styles;
  static properties = {
    block: { attribute: false },
    open: { attribute: false },
    seen: { attribute: false },
  };

  /** The sections as compiled from the lesson (`::: accordion`). */
  declare block: PanelsBlock;
  /** The indices of the open sections. */
  declare open: ReadonlySet<number>;
  /** With view-all: the sections opened before, as bits (bit i: section i), from the flow. Open sections count as opened. */
  declare seen: number;

  private readonly idBase = `hqc-accordion-${++instances}`;
  private readonly panelsSeen = new PanelsSeen(this);

  constructor() {
    super();
    this.open = new Set();
    this.seen = 0;
  }

  /** Opens section `index` and moves focus to its button (the unit's "still to open" links). */
  async showPanel(index: number) {
    if (!this.open.has(index)) this.toggle(index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idBase}-button-${index}`)?.focus();
  }

  private toggle(index: number) {
    const open = new Set(this.open);
    if (open.has(index)) open.delete(index);
    else {
      open.add(index);
      this.panelsSeen.show(index);
    }
    this.open = open;
  }

  private onKeydown(e: KeyboardEvent) {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
    const at = buttons.indexOf(e.composedPath()[0] as HTMLButtonElement);
    if (at === -1) return;
    const moves: Record<string, number> = { ArrowDown: (at + 1) % buttons.length, ArrowUp: (at - 1 + buttons.length) % buttons.length, Home: 0, End: buttons.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    buttons[moves[e.key]].focus();
  }

  render() {
    if (!this.block) return null;
    const level = Math.min(Math.max(this.block.level, 2), 6);
    const opened = this.panelsSeen.opened();
    return html`<div class="accordion" @keydown=${this.onKeydown}>
      ${this.block.panels.map((p, i) => {
        const open = this.open.has(i);
        return html`
          <div class="section">
            <div role="heading" aria-level=${level} part="heading" class="heading">
              <button
                type="button"
                part="button"
                id=${`${this.idBase}-button-${i}`}
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${`${this.idBase}-panel-${i}`}
                @click=${() => this.toggle(i)}
              >
                <span class="marker" aria-hidden="true"></span>
                <span>${unsafeHTML(p.title)}</span>
                ${this.block.viewAll && isSeen(opened, i) ? html`<span class="seen-mark" aria-hidden="true">✓</span>` : null}
              </button>
            </div>
            <div role="region" part="panel" class="panel prose" id=${`${this.idBase}-panel-${i}`} aria-labelledby=${`${this.idBase}-button-${i}`} ?hidden=${!open}>
              ${unsafeHTML(p.html)}
            </div>
          </div>
        `;
      })}
    </div>
    ${viewAllStatus(this.block, opened, { one: 'section', many: 'sections' })}`;
  }
}
