// suspend_data: the learner's whole state as one compact, versioned string.
// lz-string is used because its output is plain ASCII (safe in any LMS database column)
// and it shrinks the repetitive JSON of ids and English text to well under half.
import LZString from 'lz-string';
import type { Standard } from './connection';

/** The strict SCORM 1.2 limit (Moodle's "SCORM 1.2 standard" setting, other LMSs) and SCORM 2004's. */
export const SUSPEND_BUDGET: Record<Standard, number> = { '1.2': 4096, '2004': 64000 };

const PREFIX = 'H1:';

export interface Envelope {
  /** Save sequence number: tells the newer of the LMS copy and the browser's backup. */
  seq: number;
  data: unknown;
}

export function encodeSuspendData(envelope: Envelope): string {
  return PREFIX + LZString.compressToBase64(JSON.stringify([envelope.seq, envelope.data]));
}

export type Decoded = { kind: 'empty' } | { kind: 'ok'; envelope: Envelope } | { kind: 'corrupt'; raw: string };

export function decodeSuspendData(raw: string): Decoded {
  if (!raw) return { kind: 'empty' };
  if (!raw.startsWith(PREFIX)) return { kind: 'corrupt', raw };
  try {
    const json = LZString.decompressFromBase64(raw.slice(PREFIX.length));
    const parsed: unknown = json ? JSON.parse(json) : null;
    if (Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[0])) {
      return { kind: 'ok', envelope: { seq: parsed[0], data: parsed[1] } };
    }
  } catch {
    // fall through: not our format
  }
  return { kind: 'corrupt', raw };
}
