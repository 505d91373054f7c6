// One interface over the SCORM 1.2 and SCORM 2004 call sets. Every call is guarded: an
// LMS API that throws or answers oddly becomes a failed CallResult, never an exception.
import type { FoundApi } from './discovery';

export type { Standard } from './standard';
import type { Standard } from './standard';

export interface CallResult {
  ok: boolean;
  /** The LMS's last error code after the call (0 = none; -1 = the call threw). */
  code: number;
  message: string;
}

export interface LmsConnection {
  readonly standard: Standard;
  initialize(): CallResult;
  /**
   * GetValue with its outcome: `known` is false when the LMS threw or reported an error other
   * than "not initialized" (SCORM 2004 403, an element never set), so "" cannot be trusted.
   */
  read(element: string): { value: string; known: boolean };
  set(element: string, value: string): CallResult;
  commit(): CallResult;
  terminate(): CallResult;
}

const truthy = (v: unknown) => v === true || v === 'true';

export function connect(found: FoundApi): LmsConnection {
  const calls =
    found.standard === '1.2'
      ? {
          init: () => found.api.LMSInitialize(''),
          get: (e: string) => found.api.LMSGetValue(e),
          set: (e: string, v: string) => found.api.LMSSetValue(e, v),
          commit: () => found.api.LMSCommit(''),
          term: () => found.api.LMSFinish(''),
          err: () => found.api.LMSGetLastError(),
          msg: (c: string) => found.api.LMSGetErrorString(c),
        }
      : {
          init: () => found.api.Initialize(''),
          get: (e: string) => found.api.GetValue(e),
          set: (e: string, v: string) => found.api.SetValue(e, v),
          commit: () => found.api.Commit(''),
          term: () => found.api.Terminate(''),
          err: () => found.api.GetLastError(),
          msg: (c: string) => found.api.GetErrorString(c),
        };

  const result = (call: () => unknown): CallResult => {
    try {
      const ok = truthy(call());
      const code = Number(calls.err()) || 0;
      return { ok, code, message: ok ? '' : String(calls.msg(String(code)) ?? '') };
    } catch (e) {
      return { ok: false, code: -1, message: e instanceof Error ? e.message : String(e) };
    }
  };

  return {
    standard: found.standard,
    initialize: () => result(calls.init),
    read(element) {
      try {
        const v = calls.get(element);
        const value = v == null ? '' : String(v);
        const code = Number(calls.err()) || 0;
        return { value, known: code === 0 || (found.standard === '2004' && code === 403) || value !== '' };
      } catch {
        return { value: '', known: false };
      }
    },
    set: (element, value) => result(() => calls.set(element, value)),
    commit: () => result(calls.commit),
    terminate: () => result(calls.term),
  };
}
