// What tabs and accordions with `view-all` share: which panels the learner has opened, said in
// words under the block (never by the check marks alone), in a polite live region that changes
// only when a panel is opened for the first time.
import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PanelsBlock } from '../course/types';
import { emit } from './events';
import { isSeen, plainTitle } from './panel-words';

export { isSeen, plainTitle } from './panel-words';

/**
 * The panels a tabs or accordion element has shown, for `view-all` (a Lit reactive controller):
 * `show(i)` records panel i and sends `hqc-panel-seen` with `{ index: i }` (the unit passes it
 * to the flow); `opened()` is the mask of panels opened, before (the host's `seen`, from the
 * flow, which may arrive after the first render) or since the element was drawn.
 */
export class PanelsSeen implements ReactiveController {
  /** Panels shown since the host was drawn, as bits (bit i: panel i). */
  private shown = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { seen: number }) {
    host.addController(this);
  }

  hostConnected(): void {}

  show(index: number): void {
    this.shown |= 1 << index;
    emit(this.host, 'hqc-panel-seen', { index });
  }

  opened(): number {
    return this.host.seen | this.shown;
  }
}

/** "Opened 1 of 3 tabs. Still to open: Tensility, Degree of connectivity." or "All 3 tabs opened." */
export function viewAllText(block: PanelsBlock, mask: number, noun: { one: string; many: string }): string {
  const total = block.panels.length;
  const left = block.panels.filter((_, i) => !isSeen(mask, i)).map((p) => plainTitle(p.title));
  if (!left.length) return `All ${total} ${noun.many} opened.`;
  return `Opened ${total - left.length} of ${total} ${noun.many}. Still to open: ${left.join(', ')}.`;
}

/** The status line under a view-all block; nothing for other blocks. */
export function viewAllStatus(block: PanelsBlock, mask: number, noun: { one: string; many: string }) {
  if (!block.viewAll) return null;
  return html`<p class="view-all" part="progress" role="status">${viewAllText(block, mask, noun)}</p>`;
}

export const viewAllStyles = css`
  .view-all {
    margin: 0.75rem 0 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .seen-mark {
    margin-inline-start: 0.375rem;
    color: var(--_brand);
  }

  @media print {
    .view-all,
    .seen-mark {
      display: none;
    }
  }
`;
