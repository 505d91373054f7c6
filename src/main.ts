// The launch page's entry: the compiled course, the first screen's components, and the app that
// wires them. What the first screen does not use loads after it, by import(): the flow machine
// (xstate) once the first screen is painted, the other lessons' prose and components once the
// browser is idle. The built page starts it once its drawn first screen is painted
// (src/course/first-screen.ts, `startAfterPaint`).
import course, { errors } from 'virtual:course';
import './components/unit/unit';
import { startApp, type UnitView } from './app';
import type { Lesson } from './course/types';
import { lessonById } from './flow/progress';
import { browserTimers } from './lms/timers';
import { COMPLETE, PLAN, currentStep } from './flow/steps';

// The page's own rules (src/styles.css): the built launch page has them in its head, with the
// first screen (src/course/first-screen.ts); the preview, which draws from the script, adopts
// them from here. CSP-safe: a constructed sheet is not an inline <style>.
if (import.meta.env.DEV) {
  void import('./styles.css?inline').then(({ default: pageStyles }) => {
    const pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(pageStyles);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  });
}

const view = document.querySelector('hqc-unit') as unknown as UnitView & HTMLElement & { updateComplete: Promise<boolean> };

if (!course) {
  // Only in the designer's preview: the build stops on these instead.
  void import('./content-errors').then(({ showContentErrors }) => showContentErrors(document, errors));
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
  // The flow machine: once the first step is painted (it is drawn without it); at once for a resume.
  const afterPaint = () => view.updateComplete.then(() => new Promise<void>((resolve) => browserTimers(window).afterPaint(resolve)));
  const runtime = ({ firstStepShown }: { firstStepShown: boolean }) => (firstStepShown ? afterPaint() : Promise.resolve()).then(() => import('./flow-session'));
  const app = startApp({ win: window, view, course, storage, runtime });
  const whenIdle = () =>
    new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : setTimeout(resolve, 200)));
  // The rest of the lessons' prose and components: at once when the learner resumes on a step
  // the first screen's code does not draw (a lesson still to load, the end screen, the plan),
  // otherwise once the first screen is up and the browser is idle.
  void app.ready
    .then((actor) => {
      const step = currentStep(actor.getSnapshot());
      const resumedElsewhere = step === COMPLETE || step === PLAN || lessonById(outline, step)?.pending === true;
      return resumedElsewhere ? undefined : view.updateComplete.then(whenIdle);
    })
    .then(() => import('./lesson-bodies'))
    .then(({ default: bodies }) => {
      view.course = { ...outline, lessons: outline.lessons.map((l: Lesson) => (bodies[l.id] ? { ...l, blocks: bodies[l.id], pending: undefined } : l)) };
    })
    // The app has told the learner (a "not-loaded" notice) when the flow machine did not load.
    .catch((error: unknown) => console.error(error));
}
