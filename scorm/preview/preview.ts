// The designer's preview LMS (npm start): hosts the unit in a 500 px iframe as Moodle does,
// with scorm-again as the LMS, and shows live what the unit has stored and every API call.
import { createPreviewLms, type CallLogEntry, type Faults, type Standard } from './lms-host';

const params = new URLSearchParams(location.search);
const standard: Standard = params.get('standard') === '2004' ? '2004' : '1.2';
const fault = params.get('fault') ?? '';
const FAULTS: Record<string, Faults> = {
  'init-fails': { initFails: true },
  'commit-fails': { commitFailures: 3 },
  throws: { throws: true },
  slow: { delayMs: 800 },
  strict: { suspendLimit: 4096 },
};

const form = document.querySelector<HTMLFormElement>('#controls')!;
(form.elements.namedItem('standard') as HTMLSelectElement).value = standard;
(form.elements.namedItem('fault') as HTMLSelectElement).value = fault;
form.addEventListener('change', () => {
  const next = new URLSearchParams({
    standard: (form.elements.namedItem('standard') as HTMLSelectElement).value,
    fault: (form.elements.namedItem('fault') as HTMLSelectElement).value,
  });
  location.search = next.toString();
});

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

const lms = fault === 'no-api' ? null : createPreviewLms({ standard, faults: FAULTS[fault], storage: localStorage, onCall, onChange: () => queueMicrotask(renderCmi) });
if (lms) (window as unknown as Record<string, unknown>)[standard === '1.2' ? 'API' : 'API_1484_11'] = lms.api;

function row(body: Element, cells: string[]) {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement('td');
    td.textContent = c;
    tr.append(td);
  }
  body.append(tr);
}

function renderCmi() {
  if (!lms) {
    cmiBody.replaceChildren();
    row(cmiBody, ['No LMS', 'the unit runs as a plain web page and keeps progress in the browser']);
    return;
  }
  const cmi = lms.cmi() as Record<string, any>;
  const core = standard === '1.2' ? cmi.core : cmi;
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
  for (const r of rows) row(cmiBody, [r[0], String(r[1] ?? '')]);
  interactionsBody.replaceChildren();
  const list = Object.values((cmi.interactions ?? {}) as Record<string, any>);
  for (const i of list) row(interactionsBody, [i.id, i.type, i.student_response ?? i.learner_response, i.result, i.time ?? i.timestamp]);
}

const frame = document.querySelector<HTMLIFrameElement>('#sco')!;
frame.src = '/index.html';
renderCmi();

document.querySelector('#relaunch')!.addEventListener('click', () => location.reload());
document.querySelector('#reset')!.addEventListener('click', () => {
  lms?.reset();
  for (const k of Object.keys(localStorage)) if (k.startsWith('hqc:') || k.startsWith('hqc-preview-lms:')) localStorage.removeItem(k);
  location.reload();
});
