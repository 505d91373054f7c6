// Injected into every frame (context.addInitScript) of the timing runs. In the unit's page
// (…/index.html, and the bench's plain page …/plain/index.html) it records, at each animation frame, when the unit's <h1> is laid out and
// visible (and each new title it shows), when it is first the unit's own (not inside the
// launch page's inert drawn copy), and every click after which a radio reports checked.
// Times are performance.now() of that document plus Date.now() (wall clock, for comparing
// with the bench's own clock). A string, not a function: tsx would add helpers to a function.
export const RECORDER = `(() => {
  if (!/\\/index\\.html$/.test(location.pathname) || window.__bench) return;
  const b = { h1: [], radioChecked: [], live: null };
  window.__bench = b;
  let last = null;
  const tick = () => {
    const unit = document.querySelector('hqc-unit');
    // The unit's h1 is in its shadow root; the bench's plain page has it in the document.
    const h1 = unit && unit.shadowRoot ? unit.shadowRoot.querySelector('h1') : document.querySelector('h1');
    if (h1 && h1.isConnected) {
      const r = h1.getBoundingClientRect();
      const text = (h1.textContent || '').trim();
      if (r.width > 0 && r.height > 0 && text !== last) {
        last = text;
        b.h1.push({ at: performance.now(), wall: Date.now(), text });
      }
      if (r.width > 0 && r.height > 0 && b.live === null && !h1.closest('[inert]')) b.live = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  addEventListener('click', (e) => {
    const el = e.composedPath()[0];
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.checked) b.radioChecked.push(performance.now());
  }, true);
})();`;

export interface Recorded {
  h1: { at: number; wall: number; text: string }[];
  radioChecked: number[];
  /** When an h1 was first visible outside an inert subtree: the unit's own first screen, drawn by its script. */
  live: number | null;
  /** performance.timeOrigin of the unit's document and of its parent (the LMS page). */
  origin: number;
  parentOrigin: number;
  /** The document's first-contentful-paint (performance.now() clock), if it happened. */
  fcp: number | null;
}

/** Evaluated in the unit's frame. */
export const READ_RECORDED = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return { ...(window.__bench || { h1: [], radioChecked: [], live: null }), origin: performance.timeOrigin, parentOrigin: parent === window ? performance.timeOrigin : parent.performance.timeOrigin, fcp: fcp ? fcp.startTime : null };
})()`;

/**
 * When the first h1 was visible, on the document's clock: the recorder sees it at the start of
 * an animation frame, before that frame is painted; the unit renders its whole first screen at
 * once, so its first-contentful-paint, when not earlier, is the paint that showed the h1.
 */
export function firstH1Visible(rec: Recorded): number {
  const h1 = rec.h1[0].at;
  return rec.fcp !== null && rec.fcp >= h1 ? rec.fcp : h1;
}
