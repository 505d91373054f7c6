// Selector helpers for pruning the drawn first screen's styles (src/course/first-screen-render.ts):
// which elements a selector could match at most, and which rules need a state that an inert
// copy never takes.

/** User-action states an inert copy never takes (HTML, 6.3 "inert subtrees"). */
const USER_ACTION = /:(hover|active|focus|focus-visible|focus-within)\b/;

/**
 * The selector applies only in a user-action state (`.button:hover`, `h1:focus`): never to the
 * inert copy. A state inside `:not(…)` is not required (`:not(:focus)` applies).
 */
export function onlyInUserAction(selector: string): boolean {
  return USER_ACTION.test(superset(selector, (name) => name === ':not'));
}

/**
 * `selector` with its pseudo-classes and pseudo-elements removed (those `drop` accepts; by
 * default all; also inside the arguments of those kept): it matches every element the selector
 * matches, and maybe more. A compound left empty becomes `*` (`.prose > :last-child` ->
 * `.prose > *`).
 */
export function superset(selector: string, drop: (name: string) => boolean = () => true): string {
  let out = '';
  for (let i = 0; i < selector.length; ) {
    const c = selector[i];
    if (c === '[' || c === '"' || c === "'") {
      // Attribute selectors and strings may hold colons: copied whole.
      const close = c === '[' ? ']' : c;
      const end = selector.indexOf(close, i + 1);
      const stop = end < 0 ? selector.length : end + 1;
      out += selector.slice(i, stop);
      i = stop;
      continue;
    }
    if (c !== ':') {
      out += c;
      i++;
      continue;
    }
    let j = i + (selector[i + 1] === ':' ? 2 : 1);
    while (j < selector.length && /[\w-]/.test(selector[j])) j++;
    const name = selector.slice(i, j);
    let args: string | null = null;
    if (selector[j] === '(') {
      const open = j;
      for (let depth = 0; j < selector.length; j++) {
        if (selector[j] === '(') depth++;
        else if (selector[j] === ')' && --depth === 0) {
          j++;
          break;
        }
      }
      args = selector.slice(open + 1, j - 1);
    }
    if (drop(name)) {
      if (out === '' || /[\s>+~,(]$/.test(out)) out += '*';
    } else out += args === null ? name : `${name}(${superset(args, drop)})`;
    i = j;
  }
  return out;
}
