// suspend_data: the learner's whole state as one compact, versioned string.
// lz-string is used because its output is plain ASCII (safe in any LMS database column)
// and it shrinks the repetitive JSON of ids and English text to well under half.
//
// Format "H1:" + lz-string base64 of a JSON array:
//   [seq, data]                      written up to 2026-11 (test/fixtures/suspend-data-h1.json)
//   [seq, data, attempt, shortened]  since: the attempt it belongs to, and 1 when the notes in
//                                    this copy were shortened to fit the LMS.
// Old strings must restore for ever: a test decodes the fixtures.
import LZString from 'lz-string';
import type { Standard } from './standard';

/**
 * The strict SCORM 1.2 limit (SCORM 1.2 RTE 3.4.2, CMIString4096; Moodle's "SCORM standards
 * mode", other LMSs) and SCORM 2004's (RTE 4.2.23, characterstring SPM 64,000), in characters.
 */
export const SUSPEND_BUDGET: Record<Standard, number> = { '1.2': 4096, '2004': 64000 };

const PREFIX = 'H1:';

export interface Envelope {
  /** Save sequence number: tells the newer of the LMS copy and the browser's backup. */
  seq: number;
  data: unknown;
  /** The attempt this state belongs to (a random id made when the attempt started); null in old saves. */
  attempt: string | null;
  /** The learner's notes in this copy were shortened to fit the LMS. */
  shortened: boolean;
}

export function encodeSuspendData(envelope: Pick<Envelope, 'seq' | 'data'> & Partial<Envelope>): string {
  const body: unknown[] = [envelope.seq, envelope.data, envelope.attempt ?? null];
  if (envelope.shortened) body.push(1);
  return PREFIX + LZString.compressToBase64(JSON.stringify(body));
}

/**
 * - `empty`: nothing saved yet (`''`, or `'null'`/`'undefined'`, which some LMSs answer for an empty value).
 * - `ok`: our format, read.
 * - `corrupt`: something is there but cannot be read (cut short, another course's, damaged).
 */
export type Decoded = { kind: 'empty' } | { kind: 'ok'; envelope: Envelope } | { kind: 'corrupt'; raw: string };

export const EMPTY_VALUES = new Set(['', 'null', 'undefined']);

export function decodeSuspendData(raw: string): Decoded {
  if (EMPTY_VALUES.has(raw.trim())) return { kind: 'empty' };
  if (!raw.startsWith(PREFIX)) return { kind: 'corrupt', raw };
  try {
    const json = LZString.decompressFromBase64(raw.slice(PREFIX.length));
    const parsed: unknown = json ? JSON.parse(json) : null;
    if (Array.isArray(parsed) && parsed.length >= 2 && Number.isInteger(parsed[0])) {
      const attempt = typeof parsed[2] === 'string' ? parsed[2] : null;
      return { kind: 'ok', envelope: { seq: parsed[0], data: parsed[1], attempt, shortened: parsed[3] === 1 } };
    }
  } catch {
    // fall through: not our format
  }
  return { kind: 'corrupt', raw };
}
