// The launch page's entry: the compiled course, the components, and the app that wires them.
import course, { errors } from 'virtual:course';
import './components/unit/unit';
import './styles.css';
import { startApp, type UnitView } from './app';
import type { Lesson } from './course/types';
import { showContentErrors } from './content-errors';

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
  startApp({ win: window, view, course, storage });
  // The rest of the lessons' prose, fetched from the package once the first screen is painted.
  const afterFirstPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  void view.updateComplete
    .then(afterFirstPaint)
    .then(() => import('virtual:course-bodies'))
    .then(({ default: bodies }) => {
      view.course = { ...outline, lessons: outline.lessons.map((l: Lesson) => (bodies[l.id] ? { ...l, blocks: bodies[l.id], pending: undefined } : l)) };
    });
}
