// Finds the SCORM API the LMS provides: the course runs in a frame (Moodle) or a pop-up
// window, so the API object sits on a parent frame or on the opener. Other-origin frames
// throw on access; they are skipped.

/** SCORM 1.2 runtime API (window.API). Calls return "true"/"false" strings or booleans. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

/** SCORM 2004 runtime API (window.API_1484_11). */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

export type FoundApi = { standard: '1.2'; api: Scorm12Api } | { standard: '2004'; api: Scorm2004Api };

const MAX_DEPTH = 10;

function lookIn(win: Window): FoundApi | null {
  try {
    const w = win as unknown as { API_1484_11?: Scorm2004Api; API?: Scorm12Api };
    if (w.API_1484_11 && typeof w.API_1484_11.Initialize === 'function') return { standard: '2004', api: w.API_1484_11 };
    if (w.API && typeof w.API.LMSInitialize === 'function') return { standard: '1.2', api: w.API };
  } catch {
    // A frame from another origin: not ours to read.
  }
  return null;
}

function searchUp(start: Window): FoundApi | null {
  let win: Window | null = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const found = lookIn(win);
    if (found) return found;
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return null;
}

/** The API of the nearest LMS frame, then the opener's; null when opened as a plain page. */
export function findApi(win: Window): FoundApi | null {
  const found = searchUp(win);
  if (found) return found;
  try {
    if (win.opener && win.opener !== win) return searchUp(win.opener as Window);
  } catch {
    // Opener from another origin.
  }
  return null;
}
