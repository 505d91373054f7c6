// What an LMS's refusal means, by standard. SCORM 1.2 RTE 3.3 (error codes) and SCORM 2004
// 4th edition RTE 3.1.7 (error codes) name them; the classes say what the course does next.
import type { Standard } from './standard';

/**
 * - `unsupported`: the LMS does not implement this optional element (skip it for the session).
 * - `too-long`: the value is longer than this LMS keeps (the suspend_data budget path).
 * - `invalid`: the LMS says the value is wrong (a bug of ours: record it, skip it, never loop).
 * - `not-answering`: the LMS failed or threw (keep the work, retry with backoff).
 */
export type RefusalClass = 'unsupported' | 'too-long' | 'invalid' | 'not-answering';

/** SCORM 1.2 RTE 3.3: LMSGetLastError codes. */
export const SCORM12_ERRORS = {
  0: 'No error',
  101: 'General exception',
  201: 'Invalid argument error',
  202: 'Element cannot have children',
  203: 'Element not an array - cannot have count',
  301: 'Not initialized',
  401: 'Not implemented error',
  402: 'Invalid set value, element is a keyword',
  403: 'Element is read only',
  404: 'Element is write only',
  405: 'Incorrect data type',
} as const;

/** SCORM 2004 4th edition RTE 3.1.7: GetLastError codes. */
export const SCORM2004_ERRORS = {
  0: 'No error',
  101: 'General exception',
  102: 'General initialization failure',
  103: 'Already initialized',
  104: 'Content instance terminated',
  111: 'General termination failure',
  112: 'Termination before initialization',
  113: 'Termination after termination',
  122: 'Retrieve data before initialization',
  123: 'Retrieve data after termination',
  132: 'Store data before initialization',
  133: 'Store data after termination',
  142: 'Commit before initialization',
  143: 'Commit after termination',
  201: 'General argument error',
  301: 'General get failure',
  351: 'General set failure',
  391: 'General commit failure',
  401: 'Undefined data model element',
  402: 'Unimplemented data model element',
  403: 'Data model element value not initialized',
  404: 'Data model element is read only',
  405: 'Data model element is write only',
  406: 'Data model element type mismatch',
  407: 'Data model element value out of range',
  408: 'Data model dependency not established',
} as const;

/** Elements whose only possible type error is their length (free text). */
const FREE_TEXT = new Set(['cmi.suspend_data']);

/**
 * Classifies a refused SetValue. `code` is the LMS's last error after the call; -1 means the
 * call threw. For suspend_data, Moodle answers 405 (1.2) and 2004 LMSs 406, 407 or 351 when a
 * value is too long: free text has no other way to be wrong.
 */
export function classifySetRefusal(standard: Standard, element: string, code: number): RefusalClass {
  if (code === -1 || code === 101) return 'not-answering';
  if (standard === '1.2') {
    if (code === 401 || code === 201 || code === 202 || code === 203) return 'unsupported';
    if (code === 301) return 'not-answering';
    if (code === 405 && FREE_TEXT.has(element)) return 'too-long';
    return 'invalid';
  }
  if (code === 401 || code === 402) return 'unsupported';
  if (code === 132 || code === 133) return 'not-answering';
  if ((code === 406 || code === 407 || code === 351) && FREE_TEXT.has(element)) return 'too-long';
  return 'invalid';
}

/** The standard's name for a code, for the preview's log and the learner's details. */
export function errorName(standard: Standard, code: number): string {
  const table: Record<number, string> = standard === '1.2' ? SCORM12_ERRORS : SCORM2004_ERRORS;
  return code === -1 ? 'the LMS threw an exception' : (table[code] ?? `LMS error ${code}`);
}
