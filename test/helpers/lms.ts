// A window for the unit in Node: the test LMS (a real scorm-again runtime in front of a server
// copy, with the named real-LMS profiles) on its parent frame, an in-memory localStorage, a
// manual clock for the save queue, and the few DOM events the app listens to.
import { createPreviewLms, type CallLogEntry, type Faults, type PreviewLms } from '../../scorm/preview/lms-host';
import type { Standard } from '../../src/lms/standard';
import { startApp, type App, type StartOptions, type UnitView } from '../../src/app';
import * as runtime from '../../src/flow-session';
import type { Course } from '../../src/course/types';
import type { Timers } from '../../src/lms/timers';

export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  /** When set, setItem throws (storage full, private mode). */
  full = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
}

/** Virtual time for the save queue: nothing runs until the test lets time pass. */
export class ManualClock implements Timers {
  time = 1_700_000_000_000;
  private queue: { due: number; fn: () => void; off: boolean; seq: number }[] = [];
  private seq = 0;
  now = () => this.time;
  schedule = (fn: () => void, ms: number) => {
    const task = { due: this.time + ms, fn, off: false, seq: this.seq++ };
    this.queue.push(task);
    return task;
  };
  cancel = (handle: unknown) => {
    if (handle) (handle as { off: boolean }).off = true;
  };
  afterPaint = (fn: () => void) => this.schedule(fn, 0);
  /** Runs every task due within `ms` from now, in time order, moving the clock. */
  run(ms = 0): void {
    const end = this.time + ms;
    for (let guard = 0; guard < 100_000; guard++) {
      const next = this.queue.filter((t) => !t.off && t.due <= end).sort((a, b) => a.due - b.due || a.seq - b.seq)[0];
      if (!next) break;
      next.off = true;
      this.time = Math.max(this.time, next.due);
      next.fn();
    }
    this.queue = this.queue.filter((t) => !t.off);
    this.time = Math.max(this.time, end);
  }
  pending(): number {
    return this.queue.filter((t) => !t.off).length;
  }
}

export interface Launch {
  app: App;
  lms: PreviewLms | null;
  /** Every API call the unit made, with its result and error code. */
  calls: CallLogEntry[];
  view: UnitView;
  win: Window & EventTarget;
  doc: Document & EventTarget & { visibilityState: string };
  clock: ManualClock;
  /** Lets `ms` of virtual time pass (0: the tasks due now), so queued saves run. */
  settle(ms?: number): void;
  /** What the LMS server kept (what a report and the next launch see). */
  server(): Record<string, any>;
  /** Closes the tab: page hidden, then gone. */
  close(): void;
  hide(): void;
  show(): void;
  /** The page goes into the back/forward cache (pagehide with persisted), then comes back. */
  bfcacheOut(): void;
  bfcacheIn(): void;
}

export interface LaunchOptions {
  standard?: Standard | 'none';
  faults?: Faults;
  lmsStorage: Storage;
  browser: Storage | null;
  /** The package's standard as its manifest launches it (`?scorm=`); defaults to `standard`. */
  packageStandard?: Standard | null;
  /** Offer both APIs on the parent frame, as some LMS frames do. */
  bothApis?: boolean;
  clock?: ManualClock;
  /** The flow's runtime as the app is to get it (default: the module itself, so the flow starts at once). */
  runtime?: StartOptions['runtime'];
}

/**
 * Launches the unit as an LMS would: the LMS frame holds the API, the unit's window is its
 * child. `lmsStorage` plays the LMS database (kept across launches); `browser` is the
 * learner's localStorage. Saves wait for `settle()`, as they wait for the next paint.
 */
export function launch(course: Course, opts: LaunchOptions): Launch {
  const standard = opts.standard ?? '1.2';
  const calls: CallLogEntry[] = [];
  const clock = opts.clock ?? new ManualClock();
  const make = (s: Standard) => createPreviewLms({ standard: s, faults: opts.faults, storage: opts.lmsStorage, onCall: (c) => calls.push(c) });
  const lms = standard === 'none' ? null : make(standard);
  const parent: Record<string, unknown> = {};
  if (lms) parent[standard === '1.2' ? 'API' : 'API_1484_11'] = lms.api;
  if (lms && opts.bothApis) parent[standard === '1.2' ? 'API_1484_11' : 'API'] = make(standard === '1.2' ? '2004' : '1.2').api;
  parent.parent = parent;
  const pkg = opts.packageStandard === undefined ? (standard === 'none' ? null : standard) : opts.packageStandard;
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' }) as unknown as Launch['doc'];
  const win = Object.assign(new EventTarget(), { document: doc, parent, opener: null, location: { search: pkg ? `?scorm=${pkg}` : '' } }) as unknown as Launch['win'];
  (win as unknown as { top: unknown }).top = parent;
  const view = {} as UnitView & HTMLElement;
  const app = startApp({ win, view, course, storage: opts.browser, runtime: opts.runtime ?? runtime, timers: clock, now: clock.now });
  const pageEvent = (type: string, persisted: boolean) => Object.assign(new Event(type), { persisted });
  return {
    app,
    lms,
    calls,
    view,
    win,
    doc,
    clock,
    settle: (ms = 0) => clock.run(ms),
    server: () => lms?.cmi() ?? {},
    hide() {
      lms?.setHidden(true);
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    show() {
      lms?.setHidden(false);
      doc.visibilityState = 'visible';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    bfcacheOut() {
      this.hide();
      win.dispatchEvent(pageEvent('pagehide', true));
    },
    bfcacheIn() {
      win.dispatchEvent(pageEvent('pageshow', true));
      this.show();
    },
    close() {
      this.hide();
      win.dispatchEvent(pageEvent('pagehide', false));
      app.stop();
    },
  };
}
