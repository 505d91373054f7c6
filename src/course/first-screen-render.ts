// Build time, in a process of its own (src/course/first-screen.ts starts it): draws the unit's
// first screen for a new learner with the unit's own components in a DOM of Node's (happy-dom),
// and prints it as a declarative shadow root for the launch page. Input on stdin: the compiled
// course as JSON, picture addresses already final. Output on stdout: JSON `FirstScreenMarkup`.
//
// A process of its own because the components define custom elements and Lit reads the DOM's
// globals once, when it loads: a second build in the same process would find them defined.
import { Window } from 'happy-dom';
import { transform } from 'lightningcss';
import postcss from 'postcss';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeMarkup } from '../markup.ts';
import { onlyInUserAction, superset } from './first-screen-css.ts';
import { MINIFY } from './minify-styles.ts';
import type { Course } from './types.ts';

/** What stdout carries. */
export interface FirstScreenMarkup {
  /** `<template shadowrootmode="open">…</template>`: the content of `<hqc-unit>` on the launch page. */
  markup: string;
  /** The page's own rules (src/styles.css) and the course's theme, for a `<style>` in its head. */
  pageStyle: string;
  /** The exact text of each `<style>` element: `pageStyle`'s and the markup's, for the page's Content-Security-Policy hashes. */
  styles: string[];
}

const PAGE_STYLES = fileURLToPath(new URL('../styles.css', import.meta.url));

/**
 * The save status the unit shows at launch when an LMS answered LMSInitialize (the session's
 * first status, src/lms/session.ts); without an LMS the live screen says so instead.
 */
const LAUNCH_STATUS = { kind: 'saved', savedAt: null, attempt: 0, detail: '' } as const;

/** Elements with no end tag (HTML, 13.1.2 "Elements"). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose white space is kept as written, with what is inside them (`<pre><code>`). */
const PREFORMATTED = 'pre, textarea, listing, plaintext';



/** The copy's name for a nested element of the unit's: never defined, so never upgraded before the unit takes over. */
export const staticName = (name: string) => name.replace(/^hqc-/, 'hqc-static-');

async function main(): Promise<void> {
  const course = JSON.parse(await readStdin()) as Course;
  const win = new Window({ url: 'https://lms.invalid/sco/index.html', width: 1000, height: 700 });
  const globals = globalThis as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(win)) {
    if (key in globals) continue;
    const value = (win as unknown as Record<string, unknown>)[key];
    globals[key] = typeof value === 'function' && !/^[A-Z]/.test(key) ? value.bind(win) : value;
  }
  Object.assign(globals, { window: win, document: win.document, customElements: win.customElements, HTMLElement: win.HTMLElement });

  // After the globals: Lit takes HTMLElement and customElements from them when it loads.
  await import('../components/unit/unit.ts');
  const { PendingFlow } = await import('../flow/pending.ts');
  const unit = win.document.createElement('hqc-unit') as unknown as HTMLElement & Record<string, unknown>;
  Object.assign(unit, { course, actor: new PendingFlow(course, 1), notices: [], earlierAnswers: {}, saveStatus: LAUNCH_STATUS });
  win.document.body.appendChild(unit as never);
  await (unit as unknown as { updateComplete: Promise<boolean> }).updateComplete;

  const copy: Copy = { names: new Set(), styles: [] };
  const pageStyle = minify(`${readFileSync(PAGE_STYLES, 'utf8')}\n${themeRule(course.theme)}`);
  const markup = shadowTemplate(unit, copy, true);
  process.stdout.write(JSON.stringify({ markup, pageStyle, styles: [pageStyle, ...copy.styles] } satisfies FirstScreenMarkup));
  await win.happyDOM.close();
}

/**
 * The course's theme as the script sets it on the page (src/main.ts), for the copy drawn before
 * the script runs. A font list with characters that could end the rule is left to the default.
 */
function themeRule(theme: Course['theme']): string {
  const font = /^[\w\s,'"-]+$/.test(theme.font) ? ` --hqc-font: ${theme.font};` : '';
  return `:root { --hqc-brand: ${theme.brand}; --hqc-brand-contrast: ${theme.brandContrast};${font} }`;
}

/** CSS minified by lightningcss, as the bundle's (src/course/minify-styles.ts). */
function minify(css: string): string {
  return transform({ filename: 'first-screen.css', code: Buffer.from(css), ...MINIFY }).code.toString();
}

/** What drawing the copy collects on its way down. */
interface Copy {
  /** The nested elements' tag names, renamed in the copy (`staticName`). */
  names: Set<string>;
  /** Each style element's text, for the CSP hashes. */
  styles: string[];
}

/**
 * An element's shadow root as `<template shadowrootmode>`, with its styles pruned to what the
 * copy uses. `outermost`: the unit's own root.
 */
function shadowTemplate(host: Element, copy: Copy, outermost = false): string {
  const root = host.shadowRoot!;
  const text = ((host.constructor as unknown as { elementStyles?: { cssText: string }[] }).elementStyles ?? []).map((s) => s.cssText).join('\n');
  const css = postcss.parse(text);
  const body = [...root.childNodes].map((n) => serialize(n, copy, outermost, text)).join('');
  const style = renameSelectors(prune(css, root), copy.names);
  copy.styles.push(style);
  const focus = root.delegatesFocus ? ' shadowrootdelegatesfocus' : '';
  return `<template shadowrootmode="open"${focus}><style>${style}</style>${body}</template>`;
}

/**
 * Attributes that only speak to assistive technology or to styles from outside: the copy is
 * hidden from the one and has none of the other, so they are left out, unless its root's styles
 * name them (`[aria-disabled='true']`).
 */
const UNUSED_IN_COPY = /^(aria-.*|role|part|tabindex)$/;

/** `top`: a child of the unit's own shadow root; `css`: the styles of the root it is in. */
function serialize(node: Node, copy: Copy, top: boolean, css: string): string {
  // Runs of white space render as one space outside preformatted text (CSS Text 3, 4.1.1).
  if (node.nodeType === 3) return escapeMarkup(node.parentElement?.closest(PREFORMATTED) ? (node.textContent ?? '') : (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
  if (node.nodeType !== 1) return ''; // Lit's marker comments
  const el = node as Element;
  if (notDrawn(el)) return '';
  let tag = el.localName;
  if (tag.includes('-')) {
    copy.names.add(tag);
    tag = staticName(tag);
  }
  const attrs = [...el.attributes].filter((a) => !UNUSED_IN_COPY.test(a.name) || css.includes(a.name)).map((a) => ` ${a.name}="${escapeMarkup(a.value)}"`);
  // The copy's outermost element: shown, but neither clickable, focusable nor announced until the
  // unit's script takes over (HTML, 6.3 "inert subtrees"; aria-hidden for tools that ignore inert).
  if (top && el.classList.contains('unit')) attrs.push(' inert aria-hidden="true"');
  let out = `<${tag}${attrs.join('')}>`;
  if (VOID.has(tag)) return out;
  if (el.shadowRoot) out += shadowTemplate(el, copy);
  const children = tag === 'template' ? [...(el as HTMLTemplateElement).content.childNodes] : [...el.childNodes];
  return `${out}${children.map((c) => serialize(c, copy, false, css)).join('')}</${tag}>`;
}

/**
 * The rules of `css` that style something in `root`: a rule whose selectors match no element of
 * the copy, or only in a user-action state, is left out. Each selector is tested in its widest
 * form (`superset`), so that happy-dom, which does not match every pseudo-class or
 * pseudo-element as browsers do (`::-webkit-progress-value`, `:empty`), never loses a rule the
 * copy needs; a selector it cannot parse stays.
 */
function prune(ast: postcss.Root, root: ShadowRoot): string {
  ast.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    if (!rule.selectors.some((s) => applies(s, root))) rule.remove();
  });
  // Print rules go: the copy is on screen for a fraction of a second.
  ast.walkAtRules('media', (at) => {
    if (at.params.trim() === 'print') at.remove();
  });
  ast.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  return minify(ast.toString());
}

/** Not drawn until the script runs (the closed menu drawer, a hidden element): left out of the copy. */
function notDrawn(el: Element): boolean {
  return el.hasAttribute('hidden') || (el.localName === 'dialog' && !el.hasAttribute('open'));
}

/** `el` is in the copy: neither it nor an element around it is left out. */
function drawn(el: Element | null): boolean {
  for (let at = el; at; at = at.parentElement) if (notDrawn(at)) return false;
  return true;
}

function applies(selector: string, root: ShadowRoot): boolean {
  if (onlyInUserAction(selector)) return false;
  try {
    return [...root.querySelectorAll(superset(selector))].some(drawn);
  } catch {
    return true;
  }
}

/** The nested elements' tag names in selectors, as the copy names them. */
function renameSelectors(css: string, names: Set<string>): string {
  let out = css;
  for (const name of names) out = out.replace(new RegExp(`(?<![\\w-])${name}(?![\\w-])`, 'g'), staticName(name));
  return out;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

await main();
