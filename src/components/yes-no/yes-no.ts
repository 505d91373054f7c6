import HqcYesNo from './yes-no.component';

export * from './yes-no.component';
export default HqcYesNo;

if (!customElements.get('hqc-yes-no')) customElements.define('hqc-yes-no', HqcYesNo);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-yes-no': HqcYesNo;
  }
}
