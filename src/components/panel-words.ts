// What the step bar's hint (on the first screen) and the view-all blocks (loaded after it) both
// say of a panels block: whether a panel has been opened, and a panel's title in plain words.
// A module of its own, so that the first screen does not carry the view-all blocks' code.

/** The indices set in a seen-panels mask. */
export function isSeen(mask: number, index: number): boolean {
  return (mask & (1 << index)) !== 0;
}

/** A panel title (inline HTML) as plain text. */
export function plainTitle(titleHtml: string): string {
  const t = document.createElement('template');
  t.innerHTML = titleHtml;
  return (t.content.textContent ?? '').trim();
}
