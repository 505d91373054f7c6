import HqcAccordion from './accordion.component';

export * from './accordion.component';
export default HqcAccordion;

if (!customElements.get('hqc-accordion')) customElements.define('hqc-accordion', HqcAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-accordion': HqcAccordion;
  }
}
