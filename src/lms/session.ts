// The learner's session with the LMS: start, resume, save with retries, finish.
// It knows CMI elements and suspend_data, not lessons: the app hands it plain data.
//
// Saving: every change goes at once to a backup in the browser (so a closed tab or a failing
// LMS loses nothing); the LMS gets the changed values and one Commit when the app asks
// (after each step, when the page is hidden). A failed Commit is retried with backoff and
// the status says so in plain words.
import { cmiFor, type CmiMap, type InteractionRecord } from './cmi';
import { connect, type LmsConnection, type Standard } from './connection';
import { findApi } from './discovery';
import { SUSPEND_BUDGET, decodeSuspendData, encodeSuspendData, type Envelope } from './suspendData';

export type SaveStatusKind =
  | 'saved' // the LMS has everything
  | 'saving' // a commit is under way
  | 'retrying' // the LMS refused or failed; kept in the browser, trying again
  | 'local' // no LMS: kept in this browser only
  | 'too-long' // over the LMS's suspend_data budget: the newest writing is not in the LMS
  | 'unsaved'; // changes made since the last save, not sent yet

export interface SaveStatus {
  kind: SaveStatusKind;
  /** When the LMS last confirmed a save. */
  savedAt: Date | null;
  /** Retries so far, for "retrying". */
  attempt: number;
  /** The LMS's error, for the preview's log and the learner's details. */
  detail: string;
}

export interface SessionState {
  data: unknown;
  location: string;
  completed: boolean;
  progress: number;
  interactions: InteractionRecord[];
}

export type ResumeSource = 'lms' | 'backup' | 'none';

export interface Resume {
  data: unknown | null;
  source: ResumeSource;
  /** What the LMS holds, also when the newer browser backup was chosen over it. */
  lmsData: unknown | null;
  /** suspend_data that was not ours to read (corrupted, or from another course). */
  corrupt: boolean;
}

export interface SessionOptions {
  win: Window;
  /** localStorage, or null where the browser refuses it. */
  storage: Storage | null;
  courseId: string;
  now?: () => number;
  /** Injected in tests; setTimeout otherwise. */
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

interface Backup {
  seq: number;
  data: unknown;
  synced: boolean;
}

const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];

export class LmsSession {
  readonly standard: Standard | null;
  readonly budget: number;
  readonly resume: Resume;
  /** Why there is no LMS connection, when there is none. */
  readonly offlineReason: 'no-api' | 'init-failed' | null;

  private conn: LmsConnection | null;
  private cmi: CmiMap | null;
  private status: SaveStatus;
  private listeners = new Set<(s: SaveStatus) => void>();
  private seq = 0;
  private pending: SessionState | null = null;
  /** Values the LMS has accepted, by element: only changes are sent again. */
  private written = new Map<string, string>();
  private sentAnswers = new Map<string, string>();
  private nextInteraction = 0;
  /** Values were set since the last successful Commit: a Commit is owed even if nothing new changes. */
  private uncommitted = false;
  private retryHandle: unknown = null;
  private attempt = 0;
  private finished = false;
  private readonly startedAt: number;
  private readonly now: () => number;
  private readonly schedule: (fn: () => void, ms: number) => unknown;
  private readonly cancel: (handle: unknown) => void;
  private readonly backupKey: string;

  constructor(private readonly opts: SessionOptions) {
    this.now = opts.now ?? (() => Date.now());
    this.schedule = opts.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    this.cancel = opts.cancel ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
    this.startedAt = this.now();

    const found = findApi(opts.win);
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
    // The backup is per learner, so two people sharing a computer never see each other's notes.
    const learner = conn ? conn.get(conn.standard === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id') : '';
    this.backupKey = `hqc:${opts.courseId}:${learner || 'local'}`;
    this.resume = this.readResume();
    this.status = { kind: conn ? 'saved' : 'local', savedAt: null, attempt: 0, detail: '' };
    if (conn && this.cmi) {
      this.nextInteraction = Number(conn.get(this.cmi.interactionCount)) || 0;
    }
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
    return encodeSuspendData({ seq: this.seq + 1, data }).length;
  }

  /** Records the newest state: into the browser backup at once, into the LMS at the next commit. */
  update(state: SessionState): void {
    if (this.finished) return;
    this.seq++;
    this.pending = state;
    this.writeBackup({ seq: this.seq, data: state.data, synced: false });
    if (this.conn && this.status.kind === 'saved') this.setStatus({ kind: 'unsaved' });
  }

  /** Sends what changed to the LMS and commits. Does nothing when nothing changed. */
  commit(): void {
    if (!this.conn || !this.cmi || this.finished || !this.pending) return;
    if (this.retryHandle !== null) return; // a retry is scheduled and will send the newest state
    this.setStatus({ kind: 'saving' });
    const sent = this.pending;
    const outcome = this.send(sent);
    if (outcome === 'ok') {
      this.pending = null;
      this.attempt = 0;
      this.writeBackup({ seq: this.seq, data: sent.data, synced: true });
      this.setStatus({ kind: 'saved', savedAt: new Date(this.now()), attempt: 0, detail: '' });
    } else if (outcome !== 'too-long') {
      this.scheduleRetry(outcome.detail);
    }
  }

  /** Ends the LMS session: last commit, then Finish/Terminate, once. */
  finish(): void {
    if (!this.conn || this.finished) return;
    if (this.retryHandle !== null) {
      this.cancel(this.retryHandle);
      this.retryHandle = null;
    }
    this.commit();
    this.finished = true;
    this.conn.terminate();
  }

  private send(state: SessionState): 'ok' | 'too-long' | { detail: string } {
    const conn = this.conn!;
    const cmi = this.cmi!;
    const suspend = encodeSuspendData({ seq: this.seq, data: state.data } satisfies Envelope);
    const values: [string, string][] = [];
    const newAnswers: [string, string][] = [];
    for (const r of state.interactions) {
      if (this.sentAnswers.get(r.id) === r.response) continue;
      values.push(...cmi.interaction(this.nextInteraction + newAnswers.length, r));
      newAnswers.push([r.id, r.response]);
    }
    values.push([cmi.location, state.location]);
    const tooLong = suspend.length > this.budget;
    if (!tooLong) values.push(['cmi.suspend_data', suspend]);
    values.push([cmi.status, cmi.statusValue(state.completed)]);
    values.push(...cmi.progress(state.progress));
    // Always "suspend": a completed learner comes back to their plan, and an empty exit would
    // let a strict LMS (most SCORM 2004 ones) start a new attempt without suspend_data.
    values.push([cmi.exit, 'suspend']);

    let wrote = false;
    for (const [element, value] of values) {
      if (this.written.get(element) === value && !element.startsWith('cmi.interactions.')) continue;
      const r = conn.set(element, value);
      if (!r.ok && element === 'cmi.suspend_data' && r.code === 405) {
        // This LMS keeps less than the standard's budget: the same as going over it.
        this.setStatus({ kind: 'too-long', detail: `The LMS refused suspend_data of ${value.length} characters (405).` });
        return 'too-long';
      }
      if (!r.ok) return { detail: `SetValue ${element} failed: ${r.code} ${r.message}` };
      this.written.set(element, value);
      wrote = true;
    }
    if (wrote) this.uncommitted = true;
    this.nextInteraction += newAnswers.length;
    for (const [id, v] of newAnswers) this.sentAnswers.set(id, v);
    if (this.uncommitted) {
      // Session time only rides along with a real change, so "nothing changed" means no calls.
      const st = conn.set(cmi.sessionTime, cmi.sessionTimeValue(this.now() - this.startedAt));
      if (!st.ok) return { detail: `SetValue ${cmi.sessionTime} failed: ${st.code} ${st.message}` };
      const c = conn.commit();
      if (!c.ok) return { detail: `Commit failed: ${c.code} ${c.message}` };
      this.uncommitted = false;
    }
    if (tooLong) {
      this.setStatus({ kind: 'too-long', detail: `suspend_data would be ${suspend.length} characters; the LMS keeps ${this.budget}.` });
      return 'too-long';
    }
    return 'ok';
  }

  private scheduleRetry(detail: string): void {
    const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    this.attempt++;
    this.setStatus({ kind: 'retrying', attempt: this.attempt, detail });
    this.retryHandle = this.schedule(() => {
      this.retryHandle = null;
      this.commit();
    }, delay);
  }

  private setStatus(patch: Partial<SaveStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const l of this.listeners) l(this.status);
  }

  private readResume(): Resume {
    const backup = this.readBackup();
    if (!this.conn || !this.cmi) {
      if (backup) this.seq = backup.seq;
      return backup ? { data: backup.data, source: 'backup', lmsData: null, corrupt: false } : { data: null, source: 'none', lmsData: null, corrupt: false };
    }
    const raw = this.conn.get('cmi.suspend_data');
    const decoded = decodeSuspendData(raw);
    const lms = decoded.kind === 'ok' ? decoded.envelope : null;
    if (lms) this.written.set('cmi.suspend_data', raw);
    // The backup wins only with work the LMS never confirmed (failed commits, a tab closed
    // mid-retry); a synced backup is never used to undo a new attempt the LMS started.
    if (backup && !backup.synced && (!lms || backup.seq > lms.seq)) {
      this.seq = backup.seq;
      return { data: backup.data, source: 'backup', lmsData: lms?.data ?? null, corrupt: decoded.kind === 'corrupt' };
    }
    if (lms) {
      this.seq = lms.seq;
      return { data: lms.data, source: 'lms', lmsData: lms.data, corrupt: false };
    }
    return { data: null, source: 'none', lmsData: null, corrupt: decoded.kind === 'corrupt' };
  }

  private readBackup(): Backup | null {
    try {
      const raw = this.opts.storage?.getItem(this.backupKey);
      if (!raw) return null;
      const parsed = JSON.parse(raw) as Partial<Backup>;
      if (typeof parsed.seq !== 'number' || !('data' in parsed)) return null;
      return { seq: parsed.seq, data: parsed.data, synced: parsed.synced === true };
    } catch {
      return null;
    }
  }

  private writeBackup(backup: Backup): void {
    try {
      this.opts.storage?.setItem(this.backupKey, JSON.stringify(backup));
    } catch {
      // Storage full or refused (private mode): the LMS copy is still being saved.
    }
  }
}
