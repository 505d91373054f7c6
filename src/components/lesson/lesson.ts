import HqcLesson from './lesson.component';
import '../step-nav/step-nav';

export * from './lesson.component';
export default HqcLesson;

if (!customElements.get('hqc-lesson')) customElements.define('hqc-lesson', HqcLesson);

declare global {
  interface HTMLElementTagNameMap {
    'hqc-lesson': HqcLesson;
  }
}
