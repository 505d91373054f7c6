// What the unit stores in the LMS, in each standard's element names and formats.
import type { Standard } from './connection';

export interface InteractionRecord {
  /** Stable ASCII id from the content. */
  id: string;
  type: 'true-false' | 'choice';
  /** "yes"/"no" for true-false, the option id for choice. */
  response: string;
  /** The question's plain text (SCORM 2004 keeps it as the description). */
  description: string;
  /** The best option, when the content marks one. */
  correct?: string;
  /** For choice: the options' ids in order (SCORM 1.2 answers with a letter per position). */
  options?: string[];
  time: Date;
}

/** SCORM 1.2 records a choice as one character per option: a-z, then 0-9. */
const CHOICE_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const letter12 = (r: InteractionRecord, id: string) => {
  const i = r.options?.indexOf(id) ?? -1;
  return i >= 0 && i < CHOICE_LETTERS.length ? CHOICE_LETTERS[i] : id;
};

export interface Bookmark {
  entry: 'resume' | 'new';
  location: string;
  suspendData: string;
  completed: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS */
export function timespan12(ms: number): string {
  const cs = Math.round(ms / 10);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = ((cs % 6000) / 100).toFixed(2);
  return `${pad(h, 4)}:${pad(m)}:${s.padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): PT1H2M3.4S */
export function duration2004(ms: number): string {
  const cs = Math.round(ms / 10);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}

/** SCORM 1.2 CMITime (time of day, HH:MM:SS) and SCORM 2004 timestamp (local, to the second). */
const time12 = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
const timestamp2004 = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time12(d)}`;

export interface CmiMap {
  location: string;
  entry: string;
  status: string;
  exit: string;
  sessionTime: string;
  interactionCount: string;
  statusValue(completed: boolean): string;
  isCompleted(status: string): boolean;
  sessionTimeValue(ms: number): string;
  /** Elements and values of interaction n, in the order they must be set. */
  interaction(n: number, r: InteractionRecord): [string, string][];
  /** Extra elements this standard reports: progress_measure in 2004. */
  progress(measure: number): [string, string][];
}

export const cmiFor = (standard: Standard): CmiMap => (standard === '1.2' ? scorm12 : scorm2004);

const scorm12: CmiMap = {
  location: 'cmi.core.lesson_location',
  entry: 'cmi.core.entry',
  status: 'cmi.core.lesson_status',
  exit: 'cmi.core.exit',
  sessionTime: 'cmi.core.session_time',
  interactionCount: 'cmi.interactions._count',
  statusValue: (completed) => (completed ? 'completed' : 'incomplete'),
  isCompleted: (s) => s === 'completed' || s === 'passed',
  sessionTimeValue: timespan12,
  interaction(n, r) {
    const p = `cmi.interactions.${n}`;
    const response = r.type === 'true-false' ? (r.response === 'yes' ? 't' : 'f') : letter12(r, r.response);
    const out: [string, string][] = [
      [`${p}.id`, r.id],
      [`${p}.type`, r.type],
      [`${p}.time`, time12(r.time)],
      [`${p}.student_response`, response],
    ];
    if (r.correct) {
      out.push([`${p}.correct_responses.0.pattern`, letter12(r, r.correct)]);
      out.push([`${p}.result`, r.correct === r.response ? 'correct' : 'wrong']);
    } else out.push([`${p}.result`, 'neutral']);
    return out;
  },
  progress: () => [],
};

const scorm2004: CmiMap = {
  location: 'cmi.location',
  entry: 'cmi.entry',
  status: 'cmi.completion_status',
  exit: 'cmi.exit',
  sessionTime: 'cmi.session_time',
  interactionCount: 'cmi.interactions._count',
  statusValue: (completed) => (completed ? 'completed' : 'incomplete'),
  isCompleted: (s) => s === 'completed',
  sessionTimeValue: duration2004,
  interaction(n, r) {
    const p = `cmi.interactions.${n}`;
    const response = r.type === 'true-false' ? (r.response === 'yes' ? 'true' : 'false') : r.response;
    const out: [string, string][] = [
      [`${p}.id`, r.id],
      [`${p}.type`, r.type],
      [`${p}.description`, r.description.slice(0, 250)],
      [`${p}.timestamp`, timestamp2004(r.time)],
      [`${p}.learner_response`, response],
    ];
    if (r.correct) {
      out.push([`${p}.correct_responses.0.pattern`, r.correct]);
      out.push([`${p}.result`, r.correct === r.response ? 'correct' : 'incorrect']);
    } else out.push([`${p}.result`, 'neutral']);
    return out;
  },
  progress: (measure) => [['cmi.progress_measure', String(measure)]],
};
