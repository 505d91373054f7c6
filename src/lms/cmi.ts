// What the unit stores in the LMS, in each standard's element names and formats.
import { pad } from '../pad';
import type { Standard } from './standard';

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

/**
 * SCORM 2004 choice responses and patterns as short identifiers (RTE 4.2.9.1,
 * short_identifier_type). Moodle 5 accepts only letters, digits, `_` and `.` there
 * (`^[\w.]{1,250}$`), so `too-short` is reported as `too_short`.
 */
export const shortIdentifier = (id: string) => id.replace(/[^\w.]/g, '_').slice(0, 250);

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
    const response = r.type === 'true-false' ? (r.response === 'yes' ? 'true' : 'false') : shortIdentifier(r.response);
    const out: [string, string][] = [
      [`${p}.id`, r.id],
      [`${p}.type`, r.type],
      [`${p}.description`, r.description.slice(0, 250)],
      [`${p}.timestamp`, timestamp2004(r.time)],
      [`${p}.learner_response`, response],
    ];
    if (r.correct) {
      out.push([`${p}.correct_responses.0.pattern`, shortIdentifier(r.correct)]);
      out.push([`${p}.result`, r.correct === r.response ? 'correct' : 'incorrect']);
    } else out.push([`${p}.result`, 'neutral']);
    return out;
  },
  progress: (measure) => [['cmi.progress_measure', String(measure)]],
};

const VOCAB: Record<string, RegExp> = {
  // SCORM 1.2 RTE 3.4 (data model) with Moodle 5's stricter lengths in "standards mode".
  '1.2:cmi.core.lesson_status': /^(passed|completed|failed|incomplete|browsed)$/,
  '1.2:cmi.core.exit': /^(time-out|suspend|logout|)$/,
  '1.2:cmi.core.lesson_location': /^[\s\S]{0,255}$/,
  '1.2:cmi.core.session_time': /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  '1.2:cmi.suspend_data': /^[\s\S]{0,4096}$/,
  '1.2:id': /^[\x21-\x7E]{1,255}$/,
  '1.2:type': /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
  '1.2:time': /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/,
  '1.2:result': /^(correct|wrong|unanticipated|neutral|-?\d+(\.\d+)?)$/,
  // SCORM 2004 4th edition RTE 4.2 with Moodle 5's patterns for ids and choice responses.
  '2004:cmi.completion_status': /^(completed|incomplete|not attempted|unknown)$/,
  '2004:cmi.exit': /^(time-out|suspend|logout|normal|)$/,
  '2004:cmi.location': /^[\s\S]{0,1000}$/,
  '2004:cmi.progress_measure': /^(0(\.\d+)?|1(\.0+)?)$/,
  '2004:cmi.session_time': /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
  '2004:cmi.suspend_data': /^[\s\S]{0,64000}$/,
  '2004:id': /^\S{0,249}[a-zA-Z0-9]$/,
  '2004:type': /^(true-false|choice|fill-in|long-fill-in|matching|performance|sequencing|likert|numeric|other)$/,
  '2004:description': /^[\s\S]{0,250}$/,
  '2004:timestamp': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/,
  '2004:result': /^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/,
};

/**
 * Why `value` is not a valid value of `element` under the standard's data model and Moodle 5's
 * stricter patterns, or null when it is. Interaction fields are checked by their last part
 * (`cmi.interactions.3.id` as `id`); true-false and choice responses by the interaction type.
 */
export function invalidValue(standard: Standard, element: string, value: string, interactionType?: InteractionRecord['type']): string | null {
  const field = element.match(/^cmi\.interactions\.\d+\.(.+)$/)?.[1];
  const response = field === 'learner_response' || field === 'student_response' || field?.startsWith('correct_responses.');
  if (response && interactionType) {
    const [ok, must] =
      standard === '2004'
        ? interactionType === 'true-false'
          ? [/^(true|false)$/.test(value), '"true" or "false"']
          : [/^[\w.]{1,250}$/.test(value), 'a short identifier (letters, digits, _ and .)']
        : interactionType === 'true-false'
          ? [/^[01tf]$/.test(value), '"t" or "f"']
          : [/^[a-z0-9](,[a-z0-9])*$/.test(value), 'one character per option (a-z, 0-9)'];
    return ok ? null : `${element} must be ${must}`;
  }
  const key = `${standard}:${field ?? element}`;
  const rule = VOCAB[key];
  if (!rule) return null;
  return rule.test(value) ? null : `${element} does not accept ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (${value.length} characters)`;
}
