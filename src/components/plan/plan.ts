import HqcPlan from './plan.component';

export * from './plan.component';
export default HqcPlan;

if (!customElements.get('hqc-plan')) customElements.define('hqc-plan', HqcPlan);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-plan': HqcPlan;
  }
}
