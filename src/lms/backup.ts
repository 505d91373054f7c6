// The copy of the learner's state in this browser (localStorage): what survives a closed tab
// while the LMS is failing, and the whole of the notes when the LMS keeps only part of them.
// It is per course and per learner, so two people sharing a computer never see each other's
// notes, and it knows which attempt and which tab wrote it.

/** One saved copy. `seq` orders copies; `confirmed` is the highest seq the LMS acknowledged. */
export interface Backup {
  seq: number;
  data: unknown;
  /** The attempt the copy belongs to (see Envelope.attempt). */
  attempt: string | null;
  /** The highest seq the LMS has confirmed for this attempt; 0 when it never confirmed one. */
  confirmed: number;
  /** The tab that wrote it. */
  tab: string;
}

/** Where the browser refuses storage altogether: every call fails, as a full storage's would. */
const REFUSED = {
  getItem: () => null,
  setItem: () => {
    throw new Error('This browser does not allow the unit to store anything.');
  },
  removeItem: () => undefined,
} as unknown as Storage;

export class BrowserBackup {
  private readonly storage: Storage;

  constructor(
    storage: Storage | null,
    readonly key: string,
  ) {
    this.storage = storage ?? REFUSED;
  }

  /** Whether this browser stores anything at all (private mode and full storage refuse). */
  works(): boolean {
    try {
      const probe = `${this.key}:probe`;
      this.storage.setItem(probe, '1');
      const ok = this.storage.getItem(probe) === '1';
      this.storage.removeItem(probe);
      return ok;
    } catch {
      return false;
    }
  }

  read(): Backup | null {
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return null;
      const b = JSON.parse(raw) as Partial<Backup> & { synced?: boolean };
      if (typeof b.seq !== 'number' || !('data' in b)) return null;
      // Backups written before attempts were recorded: `synced` meant "the LMS has this seq".
      const confirmed = typeof b.confirmed === 'number' ? b.confirmed : b.synced ? b.seq : 0;
      return { seq: b.seq, data: b.data, attempt: typeof b.attempt === 'string' ? b.attempt : null, confirmed, tab: typeof b.tab === 'string' ? b.tab : '' };
    } catch {
      return null;
    }
  }

  /** Writes the copy; false when the browser refused (private mode, storage full). */
  write(backup: Backup): boolean {
    try {
      const text = JSON.stringify(backup);
      this.storage.setItem(this.key, text);
      // Some browsers "accept" and drop: read it back.
      return this.storage.getItem(this.key) === text;
    } catch {
      return false;
    }
  }

  /** Keeps a value the LMS held that could not be read, so no launch loses it. */
  keepUnreadable(raw: string): boolean {
    try {
      this.storage.setItem(`${this.key}:unreadable`, raw);
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing to do: the copy stays, and a new attempt ignores it anyway.
    }
  }
}
