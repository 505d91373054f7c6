// The LMS side for the designer's preview and the browser tests: a real scorm-again
// instance, wrapped so that every call is logged with its result and error code, the
// attempt survives a relaunch (like an LMS database), and faults can be switched on.
import { Scorm12API, Scorm2004API } from 'scorm-again';

export type Standard = '1.2' | '2004';

export interface Faults {
  /** Initialize answers false. */
  initFails?: boolean;
  /** The next N commits answer false (then they work again). */
  commitFailures?: number;
  /** Every call waits this long (a slow LMS on a busy server). */
  delayMs?: number;
  /** SetValue/Commit throw instead of answering. */
  throws?: boolean;
  /** suspend_data longer than this is refused with error 405 (Moodle's "SCORM 1.2 standard" setting: 4096). */
  suspendLimit?: number;
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
  /** Where the attempt is kept between launches. */
  storage: Storage;
  storageKey?: string;
  onCall?: (entry: CallLogEntry) => void;
  onChange?: () => void;
}

export interface PreviewLms {
  standard: Standard;
  /** The object to install as window.API (1.2) or window.API_1484_11 (2004). */
  api: Record<string, (...args: string[]) => string>;
  /** The CMI data as scorm-again holds it. */
  cmi(): Record<string, unknown>;
  commits(): number;
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

export function createPreviewLms(opts: HostOptions): PreviewLms {
  const { standard, storage } = opts;
  const faults = opts.faults ?? {};
  const key = opts.storageKey ?? `hqc-preview-lms:${standard}`;
  const settings = { logLevel: 5, autocommit: false, lmsCommitUrl: false } as const;
  const inner = standard === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  let commitFailures = faults.commitFailures ?? 0;
  let commits = 0;

  // A relaunch: the LMS hands back what it stored, with entry=resume when the SCO suspended.
  const saved = storage.getItem(key);
  if (saved) {
    const cmi = JSON.parse(saved) as Record<string, Record<string, unknown>>;
    const exitKey = standard === '1.2' ? (cmi.core as Record<string, unknown>)?.exit : cmi.exit;
    if (standard === '1.2') {
      const core = (cmi.core ?? {}) as Record<string, unknown>;
      core.entry = exitKey === 'suspend' ? 'resume' : '';
      core.exit = '';
      core.session_time = '';
    } else {
      (cmi as Record<string, unknown>).entry = exitKey === 'suspend' ? 'resume' : '';
      (cmi as Record<string, unknown>).exit = '';
    }
    inner.loadFromJSON(cmi);
  }

  // After a reset nothing is stored again from this launch: the unit's LMSFinish at pagehide
  // (the reload that follows a reset) would otherwise write the old attempt straight back.
  let persisting = true;
  const persist = () => {
    if (!persisting) return;
    const json = JSON.parse(inner.renderCMIToJSONString()) as { cmi: unknown };
    storage.setItem(key, JSON.stringify(json.cmi));
  };

  const names = CALLS[standard];
  const [INIT, FINISH, , SET, COMMIT, LAST_ERROR] = names;
  const call = (name: string, args: string[]) => String((inner as unknown as Record<string, (...a: string[]) => unknown>)[name](...args));
  // Error codes the faults produce, answered by the next GetLastError.
  let forcedError: string | null = null;
  const api: PreviewLms['api'] = {};
  for (const name of names) {
    const isErrorCall = /Error|Diagnostic/.test(name);
    api[name] = (...args: string[]) => {
      if (isErrorCall) return name === LAST_ERROR && forcedError ? forcedError : call(name, args);
      if (faults.delayMs) busyWait(faults.delayMs);
      forcedError = null;
      let result: string;
      if (name === INIT && faults.initFails) {
        result = 'false';
        forcedError = '101';
      } else if (faults.throws && (name === SET || name === COMMIT)) {
        log(name, args, 'threw', '');
        throw new Error(`Simulated LMS failure in ${name}`);
      } else if (name === SET && args[0] === 'cmi.suspend_data' && faults.suspendLimit !== undefined && (args[1] ?? '').length > faults.suspendLimit) {
        // Over the LMS's limit the value is refused and the old one stays (Moodle's behaviour).
        result = 'false';
        forcedError = '405';
      } else if (name === COMMIT && commitFailures > 0) {
        commitFailures--;
        result = 'false';
        forcedError = '391';
      } else {
        result = call(name, args);
        if ((name === COMMIT || name === FINISH) && result === 'true') {
          if (name === COMMIT) commits++;
          persist();
        }
      }
      log(name, args, result, forcedError ?? call(LAST_ERROR, []));
      if (name !== names[2]) opts.onChange?.();
      return result;
    };
  }

  function log(call: string, args: string[], result: string, error: string) {
    opts.onCall?.({ at: Date.now(), call, args, result, error });
  }

  return {
    standard,
    api,
    cmi: () => (JSON.parse(inner.renderCMIToJSONString()) as { cmi: Record<string, unknown> }).cmi,
    commits: () => commits,
    reset: () => {
      persisting = false;
      storage.removeItem(key);
    },
  };
}
