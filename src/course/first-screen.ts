// The launch page's first screen, drawn at build time: a new learner sees the first page of the
// first lesson as soon as the page is parsed, before the unit's script has loaded. It is a
// static, inert copy (a declarative shadow root of <hqc-unit>): hqc-unit takes over from it when
// its script runs, in the same task as its own first render, so a new learner sees no change.
// A resumed learner sees it until the script runs, then their own place. The script starts
// once the copy is painted (`starter`).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FirstScreenMarkup } from './first-screen-render.ts';
import { IMAGE_URL_PREFIX } from './images.ts';
import type { Course } from './types.ts';

export type { FirstScreenMarkup } from './first-screen-render.ts';

const RENDER = fileURLToPath(new URL('./first-screen-render.ts', import.meta.url));
const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Draws the first screen with the unit's own components (src/course/first-screen-render.ts, in
 * a Node process of its own, about a second). `pictures` maps each picture of the content
 * (`images/cover.svg`) to its address from the launch page (`./assets/cover-1a2b.svg`).
 *
 * @throws Error when a picture of the first lesson has no address, or the drawing fails (its
 *   own error output in the message).
 */
export function renderFirstScreen(course: Course, pictures: Map<string, string>): FirstScreenMarkup {
  const placeholder = new RegExp(`${IMAGE_URL_PREFIX}(images/[^"\\\\]+)`, 'g');
  // Only the first lesson is drawn: its pictures must have an address; the others are never shown.
  for (const [, href] of JSON.stringify(course.lessons[0]).matchAll(placeholder)) {
    if (!pictures.has(href)) throw new Error(`The first screen's picture ${href} is not in the build.`);
  }
  const json = JSON.stringify(course).replace(placeholder, (whole, href: string) => pictures.get(href) ?? whole);
  let out: string;
  try {
    out = execFileSync(process.execPath, ['--import', 'tsx', RENDER], { input: json, cwd: PROJECT, maxBuffer: 64 * 1024 * 1024, stdio: 'pipe' }).toString('utf8');
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString('utf8') ?? '';
    throw new Error(`Drawing the first screen at build time failed:\n${stderr || String(e)}`);
  }
  return JSON.parse(out) as FirstScreenMarkup;
}

/**
 * The launch page with the first screen inside its `<hqc-unit></hqc-unit>`, and the page's own
 * styles at the end of its head.
 * @throws Error when the page has no empty `<hqc-unit></hqc-unit>` or no `</head>`.
 */
export function withFirstScreen(html: string, first: FirstScreenMarkup): string {
  const unit = '<hqc-unit></hqc-unit>';
  if (!html.includes(unit) || !html.includes('</head>')) throw new Error(`The launch page has no empty ${unit} or no </head> for the first screen.`);
  return html.replace('</head>', () => `  <style>${first.pageStyle}</style>\n  </head>`).replace(unit, () => `<hqc-unit>${first.markup}</hqc-unit>`);
}

/** How long a page that draws no frames waits before starting the unit, in ms. */
export const START_UNPAINTED_MS = 100;

/**
 * The launch page's starter: the text of an inline module script that imports the unit's entry
 * (`entry`, e.g. `./assets/index-1a2b.js`, which a modulepreload link fetches meanwhile) once the
 * drawn first screen is painted: in the task after the next animation frame, or after
 * START_UNPAINTED_MS in a page that draws no frames (a hidden one, or a frame not displayed).
 * A module script that arrived before the first frame would otherwise run first and hold the
 * paint back by its start-up. If the entry cannot be loaded, the drawn copy is replaced by an
 * alert that says to reload: a first screen that does not answer would only mislead.
 */
export function starter(entry: string): string {
  return (
    'new Promise((painted) => {' +
    "if (document.visibilityState === 'hidden') return painted();" +
    'requestAnimationFrame(() => setTimeout(painted, 0));' +
    `setTimeout(painted, ${START_UNPAINTED_MS});` +
    `}).then(() => import(${JSON.stringify(entry)})).catch((error) => {` +
    "const alert = document.createElement('p');" +
    "alert.setAttribute('role', 'alert');" +
    `alert.textContent = ${JSON.stringify(NOT_LOADED)};` +
    "document.querySelector('hqc-unit')?.remove();" +
    'document.body.prepend(alert);' +
    'console.error(error);' +
    '});'
  );
}

/** What the learner reads when the unit's code does not arrive. */
export const NOT_LOADED = 'This unit could not be loaded. Reload the page to try again.';

/**
 * The built launch page: the first screen inside `<hqc-unit></hqc-unit>`, the page's own
 * styles at the end of the head, and the entry script (Vite's `<script type="module" src>`)
 * turned into a modulepreload link and the starter.
 * @throws Error when the page lacks one of them.
 */
export function builtLaunchPage(html: string, first: FirstScreenMarkup): { html: string; starter: string } {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('The launch page has no module script for the unit.');
  const start = starter(entry[1]);
  const page = withFirstScreen(html, first).replace(entry[0], () => `<link rel="modulepreload" crossorigin href="${entry[1]}">\n    <script type="module">${start}</script>`);
  return { html: page, starter: start };
}

/**
 * The CSP source expression of each inline element's text (style or script):
 * `'sha256-<base64>'` (CSP Level 3, 2.3.1 "hash-source"; the digest is of the element's text,
 * UTF-8 encoded), each once.
 */
export function hashSources(texts: string[]): string[] {
  return [...new Set(texts.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`))];
}
