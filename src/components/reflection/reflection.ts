import HqcReflection from './reflection.component';

export * from './reflection.component';
export default HqcReflection;

if (!customElements.get('hqc-reflection')) customElements.define('hqc-reflection', HqcReflection);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-reflection': HqcReflection;
  }
}
