import HqcUnit from './unit.component';
// The elements of the first screen only (the unit's parts, the self-assessment, the save
// status); the others (the menu's list, the end screen, the other lessons' questions) come
// after it (src/lesson-bodies.ts).
import '../header/header';
import '../lesson/lesson';
import '../notices/notices';
import '../step-nav/step-nav';
import '../yes-no/yes-no';

export * from './unit.component';
export default HqcUnit;

if (!customElements.get('hqc-unit')) customElements.define('hqc-unit', HqcUnit);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-unit': HqcUnit;
  }
}
