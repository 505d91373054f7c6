// Timers for the save queue in a browser: a save starts only after the next screen is drawn
// (requestAnimationFrame, then a task), so a Continue is never held up by a slow LMS. A hidden
// page draws no frames, so there a plain task is used.

export interface Timers {
  schedule(fn: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
  afterPaint(fn: () => void): unknown;
}

interface Handle {
  off: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export function browserTimers(win: Window): Timers {
  const schedule = (fn: () => void, ms: number): Handle => {
    const h: Handle = { off: false };
    h.timer = setTimeout(() => !h.off && fn(), ms);
    return h;
  };
  return {
    schedule,
    cancel(handle) {
      const h = handle as Handle;
      h.off = true;
      if (h.timer !== undefined) clearTimeout(h.timer);
    },
    afterPaint(fn) {
      const visible = win.document?.visibilityState !== 'hidden';
      if (!visible || typeof win.requestAnimationFrame !== 'function') return schedule(fn, 0);
      const h: Handle = { off: false };
      win.requestAnimationFrame(() => {
        if (!h.off) h.timer = setTimeout(() => !h.off && fn(), 0);
      });
      return h;
    },
  };
}
