// The designer's preview LMS (npm start): hosts the unit in a 500 px iframe as Moodle does,
// with scorm-again as the LMS, and shows live what the unit has stored and every API call.
// A saved change in content/ reloads only the unit's frame (this page has no Vite client).
import type { Standard } from '../../src/lms/standard';
import { createPreviewLms, type CallLogEntry, type Faults, type PreviewLms } from './lms-host';

const params = new URLSearchParams(location.search);
const standard: Standard = params.get('standard') === '2004' ? '2004' : '1.2';
const fault = params.get('fault') ?? '';
const FAULTS: Record<string, Faults> = {
  'init-fails': { initFails: true },
  'commit-fails': { commitFailures: 3 },
  throws: { throws: true },
  slow: { delayMs: 800 },
  strict: { suspendLimit: 4096 },
  'moodle-5': { profile: 'moodle-5' },
  'moodle-5-strict': { profile: 'moodle-5-strict' },
  'no-interactions': { profile: 'no-interactions' },
  truncating: { profile: 'truncating' },
  flaky: { profile: 'flaky' },
};

const form = document.querySelector<HTMLFormElement>('#controls')!;
(form.elements.namedItem('standard') as HTMLSelectElement).value = standard;
(form.elements.namedItem('fault') as HTMLSelectElement).value = fault;
// A change relaunches the unit (the hint next to the controls says so); the control keeps
// the keyboard focus across the reload, so a keyboard user can go on from where they were.
const FOCUS_KEY = 'hqc-preview-focus';
form.addEventListener('change', (event) => {
  const next = new URLSearchParams({
    standard: (form.elements.namedItem('standard') as HTMLSelectElement).value,
    fault: (form.elements.namedItem('fault') as HTMLSelectElement).value,
  });
  const control = event.target as HTMLElement | null;
  if (control?.id) sessionStorage.setItem(FOCUS_KEY, control.id);
  location.search = next.toString();
});
for (const button of ['relaunch', 'reset']) {
  document.getElementById(button)!.addEventListener('click', () => sessionStorage.setItem(FOCUS_KEY, button));
}
const focusAfterReload = sessionStorage.getItem(FOCUS_KEY);
if (focusAfterReload) {
  sessionStorage.removeItem(FOCUS_KEY);
  document.getElementById(focusAfterReload)?.focus();
}

const logList = document.querySelector('#log')!;
const cmiBody = document.querySelector('#cmi tbody')!;
const interactionsBody = document.querySelector('#interactions tbody')!;

function onCall(e: CallLogEntry) {
  const li = document.createElement('li');
  const args = e.args.map((a) => (a.length > 60 ? `${JSON.stringify(a.slice(0, 60))}… (${a.length} chars)` : JSON.stringify(a))).join(', ');
  li.textContent = `${e.call}(${args}) → ${e.result}${e.error && e.error !== '0' ? `  [error ${e.error}]` : ''}`;
  if (e.result === 'false' || e.result === 'threw') li.className = 'fail';
  logList.prepend(li);
  while (logList.children.length > 300) logList.lastElementChild!.remove();
}

function note(text: string) {
  const li = document.createElement('li');
  li.className = 'note';
  li.textContent = text;
  logList.prepend(li);
}

// One LMS session per launch of the unit, as in Moodle. When the unit finishes (its page goes
// away: a reload after a content change, or the learner leaving), the next launch gets a fresh
// session that resumes from what was stored; this page, its table and its log stay.
const FINISH = standard === '1.2' ? 'LMSFinish' : 'Terminate';
let lms: PreviewLms | null = null;
function launch() {
  if (fault === 'no-api') return;
  lms = createPreviewLms({
    standard,
    faults: FAULTS[fault],
    storage: localStorage,
    onCall(e) {
      onCall(e);
      if (e.call === FINISH) {
        note('The unit was closed: the LMS is ready for the next launch (it resumes the stored attempt).');
        launch();
        queueMicrotask(renderCmi);
      }
    },
    onChange: () => queueMicrotask(renderCmi),
  });
  (window as unknown as Record<string, unknown>)[standard === '1.2' ? 'API' : 'API_1484_11'] = lms.api;
}
launch();

/** A table row; the first cell is the row's header (the CMI element, the interaction id). */
function row(body: Element, cells: string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  cells.forEach((c, i) => {
    const cell = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) cell.scope = 'row';
    cell.textContent = c;
    tr.append(cell);
  });
  body.append(tr);
  return tr;
}

/** The values shown last, so that a value the unit has just changed can be highlighted. */
const shown = new Map<string, string>();

function renderCmi() {
  if (!lms) {
    cmiBody.replaceChildren();
    row(cmiBody, ['No LMS', 'the unit runs as a plain web page and keeps progress in the browser']);
    return;
  }
  // What the LMS server has stored (committed), as a report and the next launch see it.
  const cmi = lms.cmi() as Record<string, any>;
  const core = (standard === '1.2' ? cmi.core : cmi) ?? {};
  const suspend = String(cmi.suspend_data ?? '');
  const rows: [string, string][] =
    standard === '1.2'
      ? [
          ['cmi.core.lesson_status', core.lesson_status],
          ['cmi.core.lesson_location', core.lesson_location],
          ['cmi.core.exit', core.exit],
          ['cmi.core.session_time', core.session_time],
        ]
      : [
          ['cmi.completion_status', cmi.completion_status],
          ['cmi.success_status', cmi.success_status],
          ['cmi.progress_measure', cmi.progress_measure],
          ['cmi.location', cmi.location],
          ['cmi.exit', cmi.exit],
          ['cmi.session_time', cmi.session_time],
        ];
  rows.push(['cmi.suspend_data length', `${suspend.length} characters${standard === '1.2' ? ' of 4,096 (strict SCORM 1.2)' : ' of 64,000'}`]);
  rows.push(['cmi.suspend_data', suspend.length > 200 ? `${suspend.slice(0, 200)}…` : suspend]);
  rows.push(['commits', String(lms.commits())]);
  cmiBody.replaceChildren();
  for (const [element, raw] of rows) {
    const value = String(raw ?? '');
    const tr = row(cmiBody, [element, value]);
    if (shown.has(element) && shown.get(element) !== value) tr.classList.add('flash');
    shown.set(element, value);
  }
  interactionsBody.replaceChildren();
  const list = Object.values((cmi.interactions ?? {}) as Record<string, any>);
  for (const i of list) row(interactionsBody, [i.id, i.type, i.student_response ?? i.learner_response, i.result, i.time ?? i.timestamp]);
}

const frame = document.querySelector<HTMLIFrameElement>('#sco')!;
frame.src = `/index.html?scorm=${standard}`;
renderCmi();

document.querySelector('#relaunch')!.addEventListener('click', () => location.reload());
document.querySelector('#reset')!.addEventListener('click', () => {
  // Close the unit first: its pagehide saves and finishes now, not after the attempt is gone.
  frame.remove();
  lms?.reset();
  for (const k of Object.keys(localStorage)) if (k.startsWith('hqc:') || k.startsWith('hqc-preview-lms:')) localStorage.removeItem(k);
  location.reload();
});
