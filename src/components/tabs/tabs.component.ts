import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PanelsBlock } from '../../course/types';
import { PanelsSeen, isSeen, viewAllStatus } from '../view-all';
import styles from './tabs.styles';

let instances = 0;

/**
 * @summary Tabs, after the WAI-ARIA Authoring Practices "Tabs" pattern with automatic
 * activation: a tab list (`role="tablist"`, named by the block's label) and one panel at a
 * time. Tab moves into the list to the selected tab and on into its panel; Left and Right
 * Arrow move between tabs (wrapping) and show each at once; Home and End go to the first and
 * last. When printed, every panel shows under its own title.
 *
 * With `view-all` (the designer's `::: tabs view-all`), each opened tab has a check mark and a
 * line under the panels says, in a polite live region, how many tabs are opened and which are
 * still to open; the unit keeps Continue from moving on until all are.
 *
 * @event {CustomEvent<{ index: number }>} hqc-panel-seen - A tab's panel was shown (on first render for the selected tab, then on each selection).
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart panel - Each panel.
 * @csspart progress - With view-all: the line saying which tabs are opened.
 *
 * @cssproperty --hqc-brand - Colour of the selected tab's marker and of the focus ring.
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcTabs extends LitElement {
  static styles = styles;
  static properties = {
    block: { attribute: false },
    selected: { type: Number },
    seen: { attribute: false },
  };

  /** The tabs as compiled from the lesson (`::: tabs`). */
  declare block: PanelsBlock;
  /** The index of the tab shown (0 first). */
  declare selected: number;
  /** With view-all: the tabs opened before, as bits (bit i: tab i), from the flow. The selected tab counts as opened. */
  declare seen: number;

  private readonly idBase = `hqc-tabs-${++instances}`;
  private readonly panelsSeen = new PanelsSeen(this);

  constructor() {
    super();
    this.selected = 0;
    this.seen = 0;
  }

  protected firstUpdated() {
    if (this.block) this.panelsSeen.show(this.selected);
  }

  private select(index: number, focus: boolean) {
    const count = this.block.panels.length;
    this.selected = (index + count) % count;
    this.panelsSeen.show(this.selected);
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.idBase}-tab-${this.selected}`)?.focus());
  }

  private onKeydown(e: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowRight: this.selected + 1, ArrowLeft: this.selected - 1, Home: 0, End: this.block.panels.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    this.select(moves[e.key], true);
  }

  /** Shows tab `index` and moves focus to it (the unit's "still to open" links). */
  showPanel(index: number) {
    this.select(index, true);
  }

  render() {
    if (!this.block) return null;
    const { panels, label, viewAll } = this.block;
    const opened = this.panelsSeen.opened() | (1 << this.selected);
    return html`
      <div role="tablist" part="tablist" aria-label=${label || 'Sections'} @keydown=${this.onKeydown}>
        ${panels.map(
          (p, i) => html`<button
            type="button"
            role="tab"
            part="tab"
            id=${`${this.idBase}-tab-${i}`}
            aria-selected=${i === this.selected ? 'true' : 'false'}
            aria-controls=${`${this.idBase}-panel-${i}`}
            tabindex=${i === this.selected ? '0' : '-1'}
            @click=${() => this.select(i, false)}
          >
            ${unsafeHTML(p.title)}${viewAll && isSeen(opened, i) ? html`<span class="seen-mark" aria-hidden="true">✓</span>` : null}
          </button>`,
        )}
      </div>
      ${panels.map(
        (p, i) => html`<div
          role="tabpanel"
          part="panel"
          class="panel prose"
          id=${`${this.idBase}-panel-${i}`}
          aria-labelledby=${`${this.idBase}-tab-${i}`}
          tabindex="0"
          ?hidden=${i !== this.selected}
        >
          <p class="print-title" aria-hidden="true">${unsafeHTML(p.title)}</p>
          ${unsafeHTML(p.html)}
        </div>`,
      )}
      ${viewAllStatus(this.block, opened, { one: 'tab', many: 'tabs' })}
    `;
  }
}
