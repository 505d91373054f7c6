// Finds the SCORM API the LMS provides, by ADL's algorithm (SCORM 1.2 RTE 3.3.6.1 and SCORM
// 2004 4th edition RTE 3.3.6.1 "API Implementation Location"): walk window.parent up to the
// top (at most 500 hops), then window.top.opener and its parents. Only the package's own
// standard is looked for: a frame that offers both APIs gets the one the manifest promised.
// Frames from another origin throw on access; they are skipped.
import type { Standard } from './standard';

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

/** ADL's limit on parent hops. */
export const MAX_HOPS = 500;

function lookIn(win: Window, standard: Standard): FoundApi | null {
  try {
    const w = win as unknown as { API_1484_11?: Scorm2004Api; API?: Scorm12Api };
    if (standard === '2004' && w.API_1484_11 && typeof w.API_1484_11.Initialize === 'function') return { standard: '2004', api: w.API_1484_11 };
    if (standard === '1.2' && w.API && typeof w.API.LMSInitialize === 'function') return { standard: '1.2', api: w.API };
  } catch {
    // A frame from another origin: not ours to read.
  }
  return null;
}

function searchUp(start: Window, standard: Standard): FoundApi | null {
  let win: Window = start;
  for (let hops = 0; hops <= MAX_HOPS; hops++) {
    const found = lookIn(win, standard);
    if (found) return found;
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

function topOf(win: Window): Window {
  try {
    return win.top ?? win;
  } catch {
    return win;
  }
}

/**
 * The API of the given standard in this window's parents, then in `top.opener` and its
 * parents (a pop-up player); null when the unit runs as a plain page.
 */
export function findApi(win: Window, standard: Standard): FoundApi | null {
  const found = searchUp(win, standard);
  if (found) return found;
  try {
    const opener = topOf(win).opener as Window | null;
    if (opener && opener !== win) return searchUp(opener, standard);
  } catch {
    // Opener from another origin.
  }
  return null;
}

/**
 * The package's standard: the manifest launches `index.html?scorm=1.2` or `?scorm=2004`
 * (the item's `parameters`, IMS CP 1.1.4). Without it (a plain page, an old manifest) the
 * API that is there decides, 2004 first.
 */
export function packageStandard(win: Window): Standard | null {
  try {
    const v = new URLSearchParams(win.location?.search ?? '').get('scorm');
    return v === '1.2' || v === '2004' ? v : null;
  } catch {
    return null;
  }
}

/** The API for this package: its own standard when known, else whichever the LMS offers. */
export function discover(win: Window): FoundApi | null {
  const standard = packageStandard(win);
  if (standard) return findApi(win, standard);
  return findApi(win, '2004') ?? findApi(win, '1.2');
}
