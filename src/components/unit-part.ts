import { LitElement } from 'lit';

/**
 * A part of hqc-unit (header, notices, step bar, end screen). It draws into the unit's shadow
 * root instead of a shadow root of its own, so the ids that tie the parts together resolve
 * (the Menu button's aria-controls names the drawer, Continue's aria-describedby the hint, an
 * article's aria-labelledby its h1) and hqc-unit's styles, which include each part's
 * `<name>.styles.ts`, apply. A part keeps no flow state: the unit gives it properties and it
 * answers with hqc-* events.
 */
export class UnitPart extends LitElement {
  protected createRenderRoot(): HTMLElement {
    return this;
  }
}
