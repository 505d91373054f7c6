// The launch page's entry: the compiled course, the components, and the app that wires them.
import course, { errors } from 'virtual:course';
import './components/unit/unit';
import './styles.css';
import { startApp, type UnitView } from './app';
import type { Lesson } from './course/types';
import { showContentErrors } from './content-errors';
import { currentStep } from './flow/machine';
import { lessonById } from './flow/progress';

const view = document.querySelector('hqc-unit') as unknown as UnitView & HTMLElement & { updateComplete: Promise<boolean> };

if (!course) {
  // Only in the designer's preview: the build stops on these instead.
  showContentErrors(document, errors);
} else {
  const theme = document.documentElement.style;
  theme.setProperty('--hqc-brand', course.theme.brand);
  theme.setProperty('--hqc-brand-contrast', course.theme.brandContrast);
  theme.setProperty('--hqc-font', course.theme.font);
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Blocked storage (some privacy settings): the LMS still saves.
  }
  const outline = course;
  const app = startApp({ win: window, view, course, storage });
  // The rest of the lessons' prose: at once when the learner resumes on one of those lessons,
  // otherwise once the first screen is up and the browser is idle.
  const resumedOnPending = lessonById(outline, currentStep(app.actor.getSnapshot()))?.pending === true;
  const whenIdle = () =>
    new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 200)));
  void (resumedOnPending ? Promise.resolve() : view.updateComplete.then(whenIdle))
    .then(() => import('./lesson-bodies'))
    .then(({ default: bodies }) => {
      view.course = { ...outline, lessons: outline.lessons.map((l: Lesson) => (bodies[l.id] ? { ...l, blocks: bodies[l.id], pending: undefined } : l)) };
    });
}
