import HqcPlanPage from './plan-page.component';
import '../plan/plan';

export * from './plan-page.component';
export default HqcPlanPage;

if (!customElements.get('hqc-plan-page')) customElements.define('hqc-plan-page', HqcPlanPage);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-plan-page': HqcPlanPage;
  }
}
