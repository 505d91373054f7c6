// A window for the unit in Node: a real scorm-again LMS (through the preview's host) on its
// parent frame, an in-memory localStorage, and the few DOM events the app listens to.
import { createPreviewLms, type CallLogEntry, type Faults, type PreviewLms, type Standard } from '../../scorm/preview/lms-host';
import { startApp, type App, type UnitView } from '../../src/app';
import type { Course } from '../../src/course/types';

export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
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
    this.map.set(k, String(v));
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
  /** Closes the tab: page hidden, then gone. */
  close(): void;
  hide(): void;
}

/**
 * Launches the unit as an LMS would: the LMS frame holds the API, the unit's window is its
 * child. `lmsStorage` plays the LMS database (kept across launches); `browser` is the
 * learner's localStorage.
 */
export function launch(course: Course, opts: { standard?: Standard | 'none'; faults?: Faults; lmsStorage: Storage; browser: Storage }): Launch {
  const standard = opts.standard ?? '1.2';
  const calls: CallLogEntry[] = [];
  const lms = standard === 'none' ? null : createPreviewLms({ standard, faults: opts.faults, storage: opts.lmsStorage, onCall: (c) => calls.push(c) });
  const parent: Record<string, unknown> = {};
  if (lms) parent[standard === '1.2' ? 'API' : 'API_1484_11'] = lms.api;
  parent.parent = parent;
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' }) as unknown as Launch['doc'];
  const win = Object.assign(new EventTarget(), { document: doc, parent, opener: null }) as unknown as Launch['win'];
  const view = {} as UnitView & HTMLElement;
  const app = startApp({ win, view, course, storage: opts.browser });
  return {
    app,
    lms,
    calls,
    view,
    win,
    doc,
    hide() {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    close() {
      this.hide();
      win.dispatchEvent(new Event('pagehide'));
      app.stop();
    },
  };
}
