// The designer's view of authoring mistakes in the preview: each one with file:line:column,
// what is wrong and the fix, instead of a blank page. Built with DOM text nodes, not HTML.
import type { AuthoringError } from './course/types';

/** Only the preview shows this page, so its rules load with it, not with the unit. */
const STYLES = `.content-errors { max-width: 70ch; margin: 1rem auto; padding: 0 1rem; }
.content-errors li { margin-block: 1rem; overflow-wrap: anywhere; }
.content-errors code { font-weight: 700; color: var(--hqc-error); }
.content-errors pre { overflow-x: auto; padding: 0.5rem; background: #f4f4f4; tab-size: 4; }`;

export function showContentErrors(doc: Document, errors: AuthoringError[]): void {
  const main = doc.createElement('main');
  main.className = 'content-errors';
  const h1 = doc.createElement('h1');
  h1.textContent = `The lessons have ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix`;
  const intro = doc.createElement('p');
  intro.textContent = 'Fix each one in the file named, save, and this page reloads by itself.';
  const list = doc.createElement('ol');
  for (const e of errors) {
    const li = doc.createElement('li');
    const where = doc.createElement('code');
    where.textContent = `${e.file}:${e.line}:${e.column}`;
    const what = doc.createElement('p');
    what.textContent = `${e.code}: ${e.message}`;
    const fix = doc.createElement('p');
    fix.textContent = `Fix: ${e.fix}`;
    li.append(where, what, fix);
    if (e.source !== undefined) {
      // The line as written, with a caret under the column, as the terminal shows it.
      const frame = doc.createElement('pre');
      frame.textContent = `${e.source}\n${e.source.slice(0, Math.max(0, e.column - 1)).replace(/[^\t]/g, ' ')}^`;
      li.append(frame);
    }
    list.append(li);
  }
  main.append(h1, intro, list);
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(STYLES);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  doc.body.replaceChildren(main);
}
