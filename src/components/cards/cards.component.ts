import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { PanelsBlock } from '../../course/types';
import styles from './cards.styles';

/**
 * @summary Cards: short parts of a lesson side by side (one column on a phone), as a list
 * (`role="list"`, so screen readers say how many there are) of cards, each with a heading of
 * the level the designer wrote. Nothing to operate: every card is always open, on screen
 * and in print.
 *
 * @csspart list - The list of cards.
 * @csspart card - Each card.
 *
 * @cssproperty --hqc-brand - Colour of each card's top edge.
 * @cssproperty --hqc-font - Font family.
 */
export default class HqcCards extends LitElement {
  static styles = styles;
  static properties = {
    block: { attribute: false },
  };

  /** The cards as compiled from the lesson (`::: cards`). */
  declare block: PanelsBlock;

  render() {
    if (!this.block) return null;
    const level = Math.min(Math.max(this.block.level, 2), 6);
    return html`<ul role="list" part="list" aria-label=${this.block.label || nothing}>
      ${this.block.panels.map(
        (p) => html`<li class="card" part="card">
          <div role="heading" aria-level=${level} class="title">${unsafeHTML(p.title)}</div>
          <div class="prose">${unsafeHTML(p.html)}</div>
        </li>`,
      )}
    </ul>`;
  }
}
