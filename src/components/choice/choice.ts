import HqcChoice from './choice.component';

export * from './choice.component';
export default HqcChoice;

if (!customElements.get('hqc-choice')) customElements.define('hqc-choice', HqcChoice);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-choice': HqcChoice;
  }
}
