// Where the learner's work is, as the LMS session reports it (src/lms/session.ts) and the unit
// shows it (hqc-save-status, the end screen). A view type: no SCORM in it.

export type SaveStatusKind =
  | 'saved' // the LMS acknowledged everything
  | 'saving' // a save has been under way for a while (a slow LMS)
  | 'retrying' // the LMS failed or did not answer; kept in the browser, trying again
  | 'local' // no LMS: kept in this browser only
  | 'not-kept' // no LMS and the browser refused to store it: nothing is kept
  | 'too-long' // the LMS keeps less than the notes: it has a shortened copy
  | 'other-tab' // the unit is open in a newer tab: this one no longer saves
  | 'unsaved'; // changes made since the last save, not sent yet

export interface SaveStatus {
  kind: SaveStatusKind;
  /** When the LMS last acknowledged a save. */
  savedAt: Date | null;
  /** Retries so far, for "retrying". */
  attempt: number;
  /** The LMS's error in the standard's words, for the preview's log and the learner's details. */
  detail: string;
  /** This browser holds a copy of the newest state (false: storage refused or full). */
  keptInBrowser?: boolean;
}
