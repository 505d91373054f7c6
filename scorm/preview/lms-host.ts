// The LMS side for the designer's preview and the tests: a real scorm-again runtime (the
// standard's data model, checked strictly) in front of a "server" that keeps what the LMS
// would store in its database. Named profiles reproduce what real LMSs do (../shared/RECIPES.md,
// "How real LMSs behave"): Moodle's stricter patterns, its "send only what changed" requests,
// beacons answered "true" while the page is hidden, LMSs without interactions, LMSs that cut
// suspend_data, slow and flaky ones. Tests assert `cmi()`, the server's copy, never the
// runtime's memory, because that is what a teacher and the next launch get.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Standard } from '../../src/lms/standard';

/** Real LMS behaviours, by name. */
export type ProfileName = 'kind' | 'strict-2004' | 'moodle-5' | 'moodle-5-strict' | 'no-interactions' | 'truncating' | 'slow' | 'flaky';

export interface Faults {
  /** The behaviour to reproduce; "kind" is scorm-again with its defaults. */
  profile?: ProfileName;
  /** Initialize answers false. */
  initFails?: boolean;
  /** The next N requests to the server fail (Commit answers false, the server keeps nothing). */
  commitFailures?: number;
  /** Every call waits this long (a slow LMS: the SCORM API is synchronous, so the course waits too). */
  delayMs?: number;
  /** SetValue/Commit throw instead of answering. */
  throws?: boolean;
  /** SetValue of exactly this element throws (one broken element in an otherwise working LMS). */
  throwsOn?: string;
  /** SetValue of exactly this element answers false with this error code. */
  refuse?: { element: string; code: string };
  /** suspend_data longer than this is refused with error 405 (1.2) or 406 (2004); the old value stays. */
  suspendLimit?: number;
  /** suspend_data is cut to this many characters and the call answers "true" (some LMSs). */
  truncateAt?: number;
  /** GetValue of an empty value answers this instead of "" (some LMSs: "undefined", "null"). */
  emptyAs?: string;
  /** A request sent while the page is hidden (a beacon) never reaches the server. */
  beaconsLost?: boolean;
}

interface Profile {
  /** Moodle: at Commit only elements whose value differs from the last one sent are sent,
   * and they are recorded as sent before the request returns. */
  changedOnly: boolean;
  /** Moodle: while the page is hidden, requests go by sendBeacon and Commit answers "true". */
  beacon: boolean;
  /** Moodle: LMSFinish with lesson_status "not attempted" records "completed". */
  finishCompletes: boolean;
  /** An error code for a value the runtime would accept but this LMS refuses, or null. */
  refuse(standard: Standard, element: string, value: string): string | null;
  faults: Faults;
}

const none = () => null;

/** Moodle 5.0's own checks on top of the data model (mod/scorm/datamodels/*.js). */
function moodleRefuses(strictLengths: boolean) {
  return (standard: Standard, element: string, value: string): string | null => {
    if (standard === '2004') {
      if (/^cmi\.interactions\.\d+\.id$/.test(element) && !/^\S{0,249}[a-zA-Z0-9]$/.test(value)) return '406';
      if (/^cmi\.interactions\.\d+\.(learner_response|correct_responses\.\d+\.pattern)$/.test(element) && !/^[\w.]{1,250}$/.test(value) && !/^(true|false)$/.test(value)) return '406';
      if (element === 'cmi.session_time' && !/^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/.test(value)) return '406';
      if (element === 'cmi.suspend_data' && value.length > 64000) return '407';
      return null;
    }
    if (/^cmi\.(interactions|objectives)\.\d+\.id$/.test(element) && !/^[\x21-\x7E]{0,255}$/.test(value)) return '405';
    const limit = element === 'cmi.suspend_data' ? (strictLengths ? 4096 : 64000) : strictLengths ? 255 : 64000;
    if (/^cmi\.(suspend_data|core\.lesson_location|interactions\.\d+\.student_response)$/.test(element) && value.length > limit) return '405';
    return null;
  };
}

function profileOf(faults: Faults): Profile {
  const base: Profile = { changedOnly: false, beacon: false, finishCompletes: false, refuse: none, faults };
  switch (faults.profile ?? 'kind') {
    case 'moodle-5':
    case 'moodle-5-strict':
      return { ...base, changedOnly: true, beacon: true, finishCompletes: true, refuse: moodleRefuses(faults.profile === 'moodle-5-strict') };
    case 'strict-2004':
      // Lengths and types by the 2004 data model (IEEE 1484.11.1): scorm-again checks them.
      return { ...base, faults: { emptyAs: 'null', ...faults } };
    case 'no-interactions':
      return { ...base, refuse: (_s, element) => (element.startsWith('cmi.interactions.') ? '401' : null), faults: { emptyAs: 'undefined', ...faults } };
    case 'truncating':
      return { ...base, faults: { truncateAt: 4000, ...faults } };
    case 'slow':
      return { ...base, faults: { delayMs: 2000, ...faults } };
    case 'flaky':
      return { ...base, faults: { commitFailures: 1, ...faults } };
    default:
      return base;
  }
}

export interface CallLogEntry {
  at: number;
  call: string;
  args: string[];
  result: string;
  error: string;
}

export interface HostOptions {
  standard: Standard;
  faults?: Faults;
  /** Where the server keeps the attempt between launches (the LMS database). */
  storage: Storage;
  storageKey?: string;
  onCall?: (entry: CallLogEntry) => void;
  onChange?: () => void;
}

export interface PreviewLms {
  standard: Standard;
  /** The object to install as window.API (1.2) or window.API_1484_11 (2004). */
  api: Record<string, (...args: string[]) => string>;
  /** What the LMS server keeps for this attempt (what a report and the next launch see), nested as CMI. */
  cmi(): Record<string, any>;
  /** What the runtime in the page holds, sent or not. */
  runtime(): Record<string, any>;
  /** Requests that reached the server with at least one element. */
  commits(): number;
  /** The next `n` requests to the server fail (a network error, a server that times out). */
  failNext(n: number): void;
  /** The LMS page's visibility: Moodle sends by beacon while hidden. */
  setHidden(hidden: boolean): void;
  /** Forgets the stored attempt; this launch stores nothing more (the next one starts afresh). */
  reset(): void;
}

const CALLS: Record<Standard, string[]> = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
};

function busyWait(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // The SCORM API is synchronous: a slow LMS blocks the caller, and so does this.
  }
}

/** Nested CMI JSON -> "cmi.a.b" -> value, leaves only. */
export function flatten(obj: Record<string, unknown>, prefix = 'cmi', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(obj)) {
    if (v && typeof v === 'object') flatten(v as Record<string, unknown>, `${prefix}.${k}`, out);
    else out[`${prefix}.${k}`] = String(v ?? '');
  }
  return out;
}

function unflatten(flat: Record<string, string>): Record<string, any> {
  const root: Record<string, any> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split('.').slice(1);
    let node = root;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    node[parts[parts.length - 1]] = value;
  }
  return root;
}

/** Elements the LMS owns: never sent back by the course side. */
const LMS_OWNED = /^cmi\.(core\.(student_id|student_name|credit|entry|lesson_mode|total_time)|learner_id|learner_name|credit|entry|mode|total_time|launch_data|comments_from_lms|.*\._(count|children))$/;

export function createPreviewLms(opts: HostOptions): PreviewLms {
  const { standard, storage } = opts;
  const profile = profileOf(opts.faults ?? {});
  const faults = profile.faults;
  const key = opts.storageKey ?? `hqc-preview-lms:${standard}`;
  const settings = { logLevel: 5, autocommit: false, lmsCommitUrl: false } as const;
  const inner = standard === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  let failuresLeft = faults.commitFailures ?? 0;
  let commits = 0;
  let hidden = false;

  // The server's copy: flat element -> value, as the LMS database keeps tracks.
  const saved = storage.getItem(key);
  // Kept flat ("cmi.core.lesson_status": "completed"); a nested CMI object (a test's seed) is flattened.
  const parsed = saved ? (JSON.parse(saved) as Record<string, unknown>) : {};
  const server: Record<string, string> = Object.keys(parsed).every((k) => k.startsWith('cmi.')) ? (parsed as Record<string, string>) : flatten(parsed);
  // A relaunch: the LMS hands back what it stored, with entry=resume when the SCO suspended.
  const exitKey = standard === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
  const entryKey = standard === '1.2' ? 'cmi.core.entry' : 'cmi.entry';
  if (saved) {
    const seed = { ...server, [entryKey]: server[exitKey] === 'suspend' ? 'resume' : '', [exitKey]: '' };
    if (standard === '1.2') seed['cmi.core.session_time'] = '';
    else delete seed['cmi.session_time'];
    inner.loadFromJSON(unflatten(seed));
  } else if (standard === '2004') {
    inner.loadFromJSON({ entry: 'ab-initio' });
  }
  const runtimeFlat = () => flatten((JSON.parse(inner.renderCMIToJSONString()) as { cmi: Record<string, unknown> }).cmi);
  // What Moodle's page believes it has sent: the server's values at launch, then every send.
  const lastSent: Record<string, string> = { ...runtimeFlat() };

  let persisting = true;
  /** One request to the server with the elements to store; false when it failed. */
  const request = (): boolean => {
    const now = runtimeFlat();
    const changed = Object.entries(now).filter(([el, v]) => !LMS_OWNED.test(el) && (!profile.changedOnly || lastSent[el] !== v || /^cmi\.interactions\./.test(el)));
    // Recorded as sent before the answer comes back (Moodle's CollectData).
    for (const [el, v] of changed) lastSent[el] = v;
    if (changed.length === 0) return true;
    const lost = failuresLeft > 0 || (hidden && profile.beacon && faults.beaconsLost === true);
    if (failuresLeft > 0) failuresLeft--;
    if (lost) return false;
    for (const [el, v] of changed) server[el] = v;
    commits++;
    if (persisting) storage.setItem(key, JSON.stringify(server));
    return true;
  };

  const names = CALLS[standard];
  const [INIT, FINISH, GET, SET, COMMIT, LAST_ERROR] = names;
  const call = (name: string, args: string[]) => String((inner as unknown as Record<string, (...a: string[]) => unknown>)[name](...args));
  // Error codes the LMS's own checks produce, answered by the next GetLastError.
  let forcedError: string | null = null;
  const failCode = standard === '1.2' ? '101' : '391';
  const api: PreviewLms['api'] = {};
  for (const name of names) {
    const isErrorCall = /Error|Diagnostic/.test(name);
    api[name] = (...args: string[]) => {
      if (isErrorCall) return name === LAST_ERROR && forcedError ? forcedError : call(name, args);
      if (faults.delayMs) busyWait(faults.delayMs);
      forcedError = null;
      let result: string;
      const [element = '', value = ''] = args;
      if (name === INIT && faults.initFails) {
        result = 'false';
        forcedError = standard === '1.2' ? '101' : '102';
      } else if ((faults.throws && (name === SET || name === COMMIT)) || (name === SET && faults.throwsOn === element)) {
        log(name, args, 'threw', '');
        throw new Error(`Simulated LMS failure in ${name}`);
      } else if (name === SET && faults.refuse?.element === element) {
        result = 'false';
        forcedError = faults.refuse.code;
      } else if (name === SET && profile.refuse(standard, element, value)) {
        result = 'false';
        forcedError = profile.refuse(standard, element, value);
      } else if (name === SET && element === 'cmi.suspend_data' && faults.suspendLimit !== undefined && value.length > faults.suspendLimit) {
        // Over the LMS's limit the value is refused and the old one stays (Moodle's behaviour).
        result = 'false';
        forcedError = standard === '1.2' ? '405' : '406';
      } else if (name === SET && element === 'cmi.suspend_data' && faults.truncateAt !== undefined) {
        result = call(name, [element, value.slice(0, faults.truncateAt)]);
      } else if (name === GET && faults.emptyAs !== undefined && !/\._(count|children)$/.test(element) && call(name, args) === '') {
        result = faults.emptyAs;
      } else if (name === COMMIT || name === FINISH) {
        if (name === FINISH && profile.finishCompletes && standard === '1.2' && call(GET, ['cmi.core.lesson_status']) === 'not attempted') {
          call(SET, ['cmi.core.lesson_status', 'completed']);
        }
        const ok = request();
        const beaconed = hidden && profile.beacon;
        result = name === FINISH ? call(name, args) : ok || beaconed ? 'true' : 'false';
        if (!ok && !beaconed && name === COMMIT) forcedError = failCode;
      } else {
        result = call(name, args);
      }
      log(name, args, result, forcedError ?? call(LAST_ERROR, []));
      if (name !== GET) opts.onChange?.();
      return result;
    };
  }

  function log(call: string, args: string[], result: string, error: string) {
    opts.onCall?.({ at: Date.now(), call, args, result, error });
  }

  return {
    standard,
    api,
    cmi: () => unflatten(server),
    runtime: () => unflatten(runtimeFlat()),
    commits: () => commits,
    failNext: (n) => {
      failuresLeft = n;
    },
    setHidden: (h) => {
      hidden = h;
    },
    reset: () => {
      persisting = false;
      storage.removeItem(key);
    },
  };
}
