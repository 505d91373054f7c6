import HqcUnit from './unit.component';
// The elements of the first screen only (the self-assessment, the menu, the save status); the
// others come with the rest of the lessons, after it (src/lesson-bodies.ts).
import '../menu/menu';
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
