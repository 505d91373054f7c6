import HqcStepNav from './step-nav.component';

export * from './step-nav.component';
export default HqcStepNav;

if (!customElements.get('hqc-step-nav')) customElements.define('hqc-step-nav', HqcStepNav);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-step-nav': HqcStepNav;
  }
}
