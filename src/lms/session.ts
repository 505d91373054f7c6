// The learner's session with the LMS: read what it holds, save every element on its own,
// say honestly what it has, finish. It knows CMI elements and suspend_data, not lessons: the
// app hands it plain data (and, for the budget, a way to shorten the notes in it).
//
// Rules, each with a test in test/lms-*.test.ts:
// - Read before writing: entry, status and suspend_data are read at launch; data that cannot
//   be read is kept and never overwritten by the launch; a status is never lowered.
// - Every element on its own: a refused element never stops the others; refusals are
//   classified by the standard's error tables (./errors.ts) and each class has its own path.
// - Honest status: "saved" only when the LMS acknowledged every element of the newest state.
//   After a failed or unconfirmed Commit the next save first re-sends the values the LMS is
//   known to hold, then the current ones, so an LMS that sends only changed values (Moodle)
//   sends them again; suspend_data is read back after each Commit.
// - The learner never waits: saves run after the next paint, one LMS call per task.
import { cmiFor, invalidValue, type CmiMap, type InteractionRecord } from './cmi';
import { connect, type LmsConnection } from './connection';
import { discover } from './discovery';
import { classifySetRefusal, errorName } from './errors';
import { BrowserBackup, type Backup } from './backup';
import type { Standard } from './standard';
import { SUSPEND_BUDGET, decodeSuspendData, encodeSuspendData, type Envelope } from './suspendData';
import type { SaveStatus } from '../flow/save-status';

export type { SaveStatus, SaveStatusKind } from '../flow/save-status';

export interface SessionState {
  data: unknown;
  location: string;
  completed: boolean;
  /** 0..1, reported as cmi.progress_measure in SCORM 2004. */
  progress: number;
  interactions: InteractionRecord[];
}

export type ResumeSource = 'lms' | 'backup' | 'none';

export interface Resume {
  data: unknown | null;
  source: ResumeSource;
  /** What the LMS holds, also when the newer browser backup was chosen over it. */
  lmsData: unknown | null;
  /** The LMS held suspend_data that could not be read: it is kept in this browser and not overwritten at launch. */
  unreadable: boolean;
  /** The LMS's copy has shortened notes, and this browser had no fuller copy. */
  shortened: boolean;
  /** The LMS records this attempt as completed (or passed). */
  lmsCompleted: boolean;
}

/** Messages between tabs of one browser on the same learner and course. */
export interface TabChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

export interface SessionOptions {
  win: Window;
  /** localStorage, or null where the browser refuses it. */
  storage: Storage | null;
  courseId: string;
  now?: () => number;
  /** Timers; injected in tests. `ms` 0 means "after the current task". */
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
  /**
   * The state with the learner's notes shortened to `level` (1 = a little, higher = more);
   * null when they cannot be shortened further. Without it, an oversized state is not sent.
   */
  shorten?: (data: unknown, level: number) => unknown | null;
  /** Runs `fn` once the next screen has been drawn (requestAnimationFrame, then a task); defaults to `schedule(fn, 0)`. */
  afterPaint?: (fn: () => void) => unknown;
  /** Opens the channel to other tabs of this learner; null turns tab detection off. */
  openChannel?: ((name: string) => TabChannel) | null;
}

/** Delays between retries while the LMS is not answering, in ms. */
export const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];
/** A save taking longer than this (ms) shows "Saving…". */
export const SAVING_VISIBLE_MS = 300;

const randomId = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);

export class LmsSession {
  readonly standard: Standard | null;
  readonly resume: Resume;
  /** Why there is no LMS connection, when there is none. */
  readonly offlineReason: 'no-api' | 'init-failed' | null;
  /** This browser keeps a copy of the learner's work (false: private mode, storage full or blocked). */
  readonly browserKeeps: boolean;
  /** Characters of suspend_data this LMS keeps: the standard's limit, lowered when the LMS refuses or cuts less. */
  budget: number;

  private conn: LmsConnection | null;
  private cmi: CmiMap | null;
  private status: SaveStatus;
  private listeners = new Set<(s: SaveStatus) => void>();
  private seq = 0;
  private attemptId: string;
  private readonly tab = randomId();
  private readonly backup: BrowserBackup;
  private channel: TabChannel | null = null;
  private latest: SessionState | null = null;
  /** The newest state has not been acknowledged by the LMS yet. */
  private dirty = false;
  /** Values set and accepted by the runtime, by element. */
  private written = new Map<string, string>();
  /** Values the LMS is known to hold: read at launch, then what each acknowledged Commit carried. */
  private confirmed = new Map<string, string>();
  /** A Commit failed or went unconfirmed (a beacon): the next save re-sends through `confirmed`. */
  private doubt = false;
  /** Element groups this LMS does not implement: skipped for the session. */
  private unsupported = new Set<string>();
  /** Values the LMS called invalid: never sent again (a bug of ours, not a reason to loop). */
  private refused = new Map<string, string>();
  private problems: string[] = [];
  private sentAnswers = new Map<string, string>();
  private nextInteraction: number | null = null;
  private shortenLevel = 0;
  private shortened = false;
  private lmsCompleted: boolean;
  /** The state at launch while the LMS holds unreadable data: that data is not overwritten until the learner changes something. */
  private protectedLaunch: string | null | undefined = undefined;
  private running: Generator<void, void, void> | null = null;
  private runHandle: unknown = null;
  private retryHandle: unknown = null;
  private retries = 0;
  private saveStartedAt = 0;
  private runDue = 0;
  private hidden = false;
  private superseded = false;
  private finished = false;
  private backupWorks = true;
  private readonly startedAt: number;
  private readonly now: () => number;
  private readonly schedule: (fn: () => void, ms: number) => unknown;
  private readonly cancel: (handle: unknown) => void;

  constructor(private readonly opts: SessionOptions) {
    this.now = opts.now ?? (() => Date.now());
    this.schedule = opts.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    this.cancel = opts.cancel ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.startedAt = this.now();

    const found = discover(opts.win);
    let conn: LmsConnection | null = found ? connect(found) : null;
    let offlineReason: LmsSession['offlineReason'] = found ? null : 'no-api';
    if (conn && !conn.initialize().ok) {
      conn = null;
      offlineReason = 'init-failed';
    }
    this.conn = conn;
    this.offlineReason = offlineReason;
    this.standard = conn?.standard ?? null;
    this.cmi = conn ? cmiFor(conn.standard) : null;
    this.budget = this.standard ? SUSPEND_BUDGET[this.standard] : Infinity;
    // Only what resume needs is read before the first screen: learner, status, suspend_data.
    const learner = conn ? conn.read(conn.standard === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id').value : '';
    this.backup = new BrowserBackup(opts.storage, `hqc:${opts.courseId}:${learner || 'local'}`);
    this.browserKeeps = this.backup.works();
    const status = conn && this.cmi ? conn.read(this.cmi.status).value : '';
    this.lmsCompleted = !!this.cmi && this.cmi.isCompleted(status);
    if (this.cmi) {
      this.confirmed.set(this.cmi.status, status);
      this.confirmed.set(this.cmi.exit, '');
    }
    this.attemptId = randomId();
    this.resume = this.readResume();
    this.status = { kind: conn ? 'saved' : this.browserKeeps ? 'local' : 'not-kept', savedAt: null, attempt: 0, detail: '' };
    this.openChannel(learner);
  }

  static start(opts: SessionOptions): LmsSession {
    return new LmsSession(opts);
  }

  get connected(): boolean {
    return this.conn !== null;
  }

  getStatus(): SaveStatus {
    return this.status;
  }

  /** What the LMS refused this session (invalid values, unsupported elements), in the standard's words. */
  getProblems(): readonly string[] {
    return this.problems;
  }

  onStatus(listener: (s: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Answers already in the LMS (from the resumed attempt): not sent again as interactions. */
  markSent(answers: Record<string, string>): void {
    for (const [id, v] of Object.entries(answers)) this.sentAnswers.set(id, v);
  }

  /** The encoded length this state would take in suspend_data, to warn before the budget is hit. */
  measure(data: unknown): number {
    return this.encode(data, false).length;
  }

  /** Records the newest state: into the browser backup at once, into the LMS at the next save. */
  update(state: SessionState): void {
    if (this.finished || this.superseded) return;
    const json = JSON.stringify(state.data);
    if (this.protectedLaunch === undefined) this.protectedLaunch = this.resume.unreadable ? json : null;
    else if (this.protectedLaunch !== null && this.protectedLaunch !== json) this.protectedLaunch = null;
    const stored = this.backup.read();
    if (stored && stored.tab && stored.tab !== this.tab && stored.attempt === this.attemptId && stored.seq > this.seq) {
      this.becomeSuperseded();
      return;
    }
    this.seq++;
    this.latest = state;
    this.dirty = true;
    this.backupWorks = this.writeBackup(state.data);
    if (!this.conn) this.setStatus({ kind: this.backupWorks ? 'local' : 'not-kept' });
    else if (this.status.kind === 'saved') this.setStatus({ kind: 'unsaved' });
  }

  /** Saves the newest state after `delayMs` (after the next paint when 0), one LMS call per task. */
  requestSave(delayMs = 0): void {
    // A save under way carries the newest state when it ends. A new step is worth trying at
    // once even while a retry waits (the bookmark and status go even if one element fails);
    // typing waits for the retry.
    if (!this.canSave() || this.running !== null) return;
    if (this.retryHandle !== null) {
      if (delayMs > 0) return;
      this.cancel(this.retryHandle);
      this.retryHandle = null;
    }
    const due = this.now() + delayMs;
    if (this.runHandle !== null) {
      if (this.runDue <= due) return;
      this.cancel(this.runHandle);
    }
    this.runDue = due;
    const go = () => {
      this.runHandle = null;
      this.step();
    };
    this.runHandle = delayMs === 0 && this.opts.afterPaint ? this.opts.afterPaint(go) : this.schedule(go, delayMs);
  }

  /** Saves now, synchronously: the page is being hidden or left. */
  saveNow(): void {
    if (!this.canSave()) return;
    if (this.runHandle !== null) {
      this.cancel(this.runHandle);
      this.runHandle = null;
    }
    if (this.retryHandle !== null) {
      this.cancel(this.retryHandle);
      this.retryHandle = null;
    }
    // Finish a save under way, then save whatever is newer than what it carried.
    for (let i = 0; i < 2 && (this.running || this.dirty || this.doubt); i++) {
      this.running ??= this.run();
      while (this.running && !this.running.next().done) {
        // one LMS call per step
      }
      this.running = null;
      if (this.status.kind === 'retrying') break;
    }
  }

  /** The page is hidden (it may be frozen or closed): save now. Moodle answers by beacon meanwhile. */
  pageHidden(): void {
    // Set first: the LMS page may already be sending by beacon, so this save is unconfirmed.
    this.hidden = true;
    this.saveNow();
  }

  /** The page is visible again (also after the back/forward cache): confirm what went while hidden. */
  pageShown(): void {
    this.hidden = false;
    if (this.doubt || this.dirty) this.requestSave();
  }

  /** Ends the LMS session: last save, then LMSFinish/Terminate, once. */
  finish(): void {
    if (!this.conn || this.finished) return;
    this.saveNow();
    this.finished = true;
    this.stopTimers();
    this.conn.terminate();
  }

  /** Stops timers and the tab channel (the app is torn down). */
  close(): void {
    this.stopTimers();
    this.channel?.close();
    this.channel = null;
  }

  // --- saving -------------------------------------------------------------------------

  private canSave(): boolean {
    return !!this.conn && !this.finished && !this.superseded && (this.dirty || this.doubt || this.running !== null);
  }

  private stopTimers(): void {
    for (const h of [this.runHandle, this.retryHandle]) if (h !== null) this.cancel(h);
    this.runHandle = this.retryHandle = null;
  }

  /** Runs the save one LMS call per task, so the page can paint and take input between calls. */
  private step(): void {
    if (this.finished || this.superseded) return;
    if (!this.running) {
      this.running = this.run();
      this.saveStartedAt = this.now();
    }
    if (!this.running.next().done) {
      this.runHandle = this.schedule(() => {
        this.runHandle = null;
        this.step();
      }, 0);
      if (this.now() - this.saveStartedAt >= SAVING_VISIBLE_MS && this.status.kind !== 'saving') this.setStatus({ kind: 'saving' });
      return;
    }
    this.running = null;
    if (this.dirty && this.retryHandle === null && this.status.kind !== 'retrying') this.requestSave();
  }

  /** One save of the newest state; yields after each LMS call. */
  private *run(): Generator<void, void, void> {
    const conn = this.conn!;
    const cmi = this.cmi!;
    const state = this.latest;
    if (!state) return;
    const seq = this.seq;
    this.dirty = false;
    let failure: string | null = null;
    const fail = (detail: string) => (failure ??= detail);

    const scalars: [string, string][] = [[cmi.status, cmi.statusValue(state.completed || this.lmsCompleted)]];
    const keepLms = this.protectedLaunch !== null && this.protectedLaunch !== undefined;
    if (!keepLms) scalars.push([cmi.location, state.location]);
    for (const p of cmi.progress(state.progress)) scalars.push(p);
    // Always "suspend": a completed learner comes back to their plan, and an empty exit would
    // let a strict LMS (most SCORM 2004 ones) start a new attempt without suspend_data.
    scalars.push([cmi.exit, 'suspend']);

    // 1. After a failed or unconfirmed Commit: the values the LMS is known to hold, committed,
    //    so that an LMS sending only changes sends the current ones in step 2.
    if (this.doubt) {
      let bridged = false;
      for (const [element, value] of scalars) {
        const held = this.confirmed.get(element);
        if (held === undefined || held === value || this.written.get(element) !== value) continue;
        if (this.unsupported.has(element) || invalidValue(conn.standard, element, held)) continue;
        const r = conn.set(element, held);
        yield;
        if (r.ok) {
          this.written.set(element, held);
          bridged = true;
        }
      }
      if (bridged) {
        const c = conn.commit();
        yield;
        if (!c.ok) fail(`Commit failed: ${this.describe(c.code, c.message)}`);
      }
    }

    // 2. Every element on its own: what matters most first.
    let wrote = false;
    const send = function* (this: LmsSession, element: string, value: string, type?: InteractionRecord['type']): Generator<void, boolean, void> {
      if (this.unsupported.has(groupOf(element))) return false;
      if (this.written.get(element) === value && !this.doubt) return true;
      if (this.refused.get(element) === value) return false;
      const invalid = invalidValue(conn.standard, element, value, type);
      if (invalid) {
        this.refused.set(element, value);
        this.problem(`Not sent: ${invalid}.`);
        return false;
      }
      const r = conn.set(element, value);
      yield;
      if (r.ok) {
        this.written.set(element, value);
        wrote = true;
        return true;
      }
      const why = `SetValue ${element}: ${this.describe(r.code, r.message)}`;
      switch (classifySetRefusal(conn.standard, element, r.code)) {
        case 'unsupported':
          this.unsupported.add(groupOf(element));
          this.problem(`${why}; this LMS does not keep it, so it is skipped.`);
          return false;
        case 'too-long':
          return false;
        case 'invalid':
          this.refused.set(element, value);
          this.problem(`${why}; the value is not sent again.`);
          return false;
        case 'not-answering':
          fail(why);
          return false;
      }
    }.bind(this);

    for (const [element, value] of scalars) yield* send(element, value);

    if (!this.unsupported.has('cmi.interactions')) {
      if (this.nextInteraction === null) {
        this.nextInteraction = Number(conn.read(cmi.interactionCount).value) || 0;
        yield;
      }
      for (const r of state.interactions) {
        if (this.sentAnswers.get(r.id) === r.response) continue;
        const fields = cmi.interaction(this.nextInteraction, r);
        let all = true;
        for (const [element, value] of fields) {
          const ok = yield* send(element, value, r.type);
          if (!ok) {
            all = false;
            if (element.endsWith('.id')) break;
          }
        }
        if (this.unsupported.has('cmi.interactions')) break;
        if (all || this.refused.has(fields[0][0])) {
          this.sentAnswers.set(r.id, r.response);
          if (all) this.nextInteraction++;
        }
      }
    }

    // 3. suspend_data: shortened until it fits what this LMS keeps.
    let suspend: string | null = null;
    if (!keepLms) {
      for (let tries = 0; tries < 12; tries++) {
        const fitted = this.fit(state.data, seq);
        if (fitted === null) break;
        const ok = yield* send('cmi.suspend_data', fitted);
        if (ok) {
          suspend = fitted;
          break;
        }
        if (this.refused.get('cmi.suspend_data') === fitted || failure) break;
        // Refused as too long: this LMS keeps less than the value; try shorter.
        this.budget = Math.min(this.budget, fitted.length - 1);
      }
    }

    // 4. Session time and Commit: only when something was set.
    if (wrote || this.doubt) {
      yield* send(cmi.sessionTime, cmi.sessionTimeValue(this.now() - this.startedAt));
      const c = conn.commit();
      yield;
      if (!c.ok) fail(`Commit failed: ${this.describe(c.code, c.message)}`);
    }

    // 5. Read suspend_data back: an LMS that cuts it and answers "true" is found here.
    if (!failure && suspend !== null) {
      const back = conn.read('cmi.suspend_data').value;
      yield;
      if (back !== suspend) {
        this.budget = Math.min(this.budget, Math.max(0, back.length - 1));
        this.problem(`The LMS kept ${back.length} of ${suspend.length} characters of suspend_data.`);
        this.written.delete('cmi.suspend_data');
        this.dirty = true;
        return;
      }
    }

    if (failure) {
      this.doubt = true;
      this.dirty = true;
      this.scheduleRetry(failure);
      return;
    }
    this.retries = 0;
    if (this.hidden) {
      // A beacon: the LMS answered "true" without knowing. Confirmed when the page is shown again.
      this.doubt = true;
      return;
    }
    this.doubt = false;
    for (const [element, value] of this.written) this.confirmed.set(element, value);
    if (suspend !== null) {
      this.confirmedSeq = seq;
      if (this.latest) this.writeBackup(this.latest.data);
    }
    if (this.dirty) return;
    const tooLong = this.shortened || (suspend === null && !keepLms);
    this.setStatus(tooLong ? { kind: 'too-long', detail: `suspend_data is limited to ${this.budget} characters here.` } : { kind: 'saved', savedAt: new Date(this.now()), attempt: 0, detail: '' });
  }

  /** suspend_data for this state within the budget, shortening the notes if needed; null when it cannot fit. */
  private fit(data: unknown, seq: number): string | null {
    let level = this.shortenLevel;
    for (;;) {
      const shortenedData = level === 0 ? data : (this.opts.shorten?.(data, level) ?? null);
      if (shortenedData === null) return null;
      const encoded = encodeSuspendData({ seq, data: shortenedData, attempt: this.attemptId, shortened: level > 0 } satisfies Envelope);
      if (encoded.length <= this.budget) {
        this.shortenLevel = level;
        this.shortened = level > 0;
        return encoded;
      }
      level++;
    }
  }

  private encode(data: unknown, shortened: boolean): string {
    return encodeSuspendData({ seq: this.seq + 1, data, attempt: this.attemptId, shortened });
  }

  private scheduleRetry(detail: string): void {
    const delay = BACKOFF_MS[Math.min(this.retries, BACKOFF_MS.length - 1)];
    this.retries++;
    this.setStatus({ kind: 'retrying', attempt: this.retries, detail, keptInBrowser: this.backupWorks });
    if (this.retryHandle !== null) this.cancel(this.retryHandle);
    this.retryHandle = this.schedule(() => {
      this.retryHandle = null;
      this.step();
    }, delay);
  }

  private describe(code: number, message: string): string {
    const name = errorName(this.standard ?? '1.2', code);
    return `${code === -1 ? message || name : `${code} ${name}`}`;
  }

  private problem(text: string): void {
    if (!this.problems.includes(text)) this.problems.push(text);
  }

  private setStatus(patch: Partial<SaveStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const l of this.listeners) l(this.status);
  }

  // --- the browser copy and other tabs -------------------------------------------------

  /** The highest seq the LMS acknowledged in this attempt (kept in the backup). */
  private confirmedSeq = 0;

  private writeBackup(data: unknown): boolean {
    return this.backup.write({ seq: this.seq, data, attempt: this.attemptId, confirmed: this.confirmedSeq, tab: this.tab });
  }

  private openChannel(learner: string): void {
    const open = this.opts.openChannel === undefined ? defaultChannel : this.opts.openChannel;
    if (!open) return;
    try {
      this.channel = open(`hqc:${this.opts.courseId}:${learner || 'local'}`);
    } catch {
      return;
    }
    this.channel.onmessage = (event) => {
      const m = event.data as { type?: string; tab?: string; attempt?: string } | null;
      // The newest tab to open is the live one; an older tab stops saving.
      if (m?.type === 'opened' && m.tab !== this.tab && m.attempt === this.attemptId) this.becomeSuperseded();
    };
    (this.channel as { unref?: () => void }).unref?.();
    this.channel.postMessage({ type: 'opened', tab: this.tab, attempt: this.attemptId });
  }

  private becomeSuperseded(): void {
    if (this.superseded) return;
    this.setStatus({ kind: 'other-tab', detail: 'A newer tab or window has this unit open.' });
    this.superseded = true;
    this.stopTimers();
    this.running = null;
  }

  // --- reading what the LMS holds ------------------------------------------------------

  private readResume(): Resume {
    const backup = this.backup.read();
    const none: Resume = { data: null, source: 'none', lmsData: null, unreadable: false, shortened: false, lmsCompleted: this.lmsCompleted };
    const fromBackup = (b: Backup, extra: Partial<Resume> = {}): Resume => {
      this.seq = Math.max(this.seq, b.seq);
      this.confirmedSeq = b.confirmed;
      if (b.attempt) this.attemptId = b.attempt;
      return { ...none, data: b.data, source: 'backup', ...extra };
    };
    if (!this.conn) return backup ? fromBackup(backup) : none;

    const read = this.conn.read('cmi.suspend_data');
    const decoded = read.known ? decodeSuspendData(read.value) : ({ kind: 'corrupt', raw: '' } as const);
    if (decoded.kind === 'ok') {
      const lms = decoded.envelope;
      this.written.set('cmi.suspend_data', read.value);
      this.confirmed.set('cmi.suspend_data', read.value);
      const sameAttempt = backup !== null && backup.attempt === lms.attempt;
      if (backup && sameAttempt && (backup.seq > lms.seq || (backup.seq === lms.seq && lms.shortened))) {
        return fromBackup(backup, { lmsData: lms.data });
      }
      this.seq = lms.seq;
      this.confirmedSeq = lms.seq;
      if (lms.attempt) this.attemptId = lms.attempt;
      return { ...none, data: lms.data, source: 'lms', lmsData: lms.data, shortened: lms.shortened };
    }
    if (decoded.kind === 'corrupt') {
      if (decoded.raw) this.backup.keepUnreadable(decoded.raw);
      this.confirmed.set('cmi.suspend_data', decoded.raw);
      return backup ? fromBackup(backup, { unreadable: true }) : { ...none, unreadable: true };
    }
    // Nothing in the LMS: work that never reached it is recovered; a copy the LMS once
    // confirmed belongs to an attempt that has ended, so a new attempt starts clean.
    if (backup && backup.confirmed === 0) return fromBackup(backup);
    if (backup) this.backup.clear();
    return none;
  }
}

/** Interactions are one group: an LMS without them refuses them all. */
function groupOf(element: string): string {
  return element.startsWith('cmi.interactions.') ? 'cmi.interactions' : element;
}

function defaultChannel(name: string): TabChannel {
  const Channel = (globalThis as { BroadcastChannel?: new (name: string) => TabChannel }).BroadcastChannel;
  if (!Channel) throw new Error('no BroadcastChannel');
  return new Channel(name);
}
