import HqcUnit from './unit.component';
import '../challenge/challenge';
import '../choice/choice';
import '../menu/menu';
import '../plan/plan';
import '../reflection/reflection';
import '../save-status/save-status';
import '../yes-no/yes-no';

export * from './unit.component';
export default HqcUnit;

if (!customElements.get('hqc-unit')) customElements.define('hqc-unit', HqcUnit);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-unit': HqcUnit;
  }
}
