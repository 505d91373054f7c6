import type { AuthoringError } from './types.ts';
import type { ErrorCode } from './catalogue.ts';

export type { ErrorCode } from './catalogue.ts';

/**
 * The errors of one compile. Codes, titles and general fixes live in catalogue.ts; each
 * call here names the exact place and the specifics (the id, the value, the closest match).
 */
export class ErrorList {
  readonly items: AuthoringError[] = [];

  add(file: string, line: number, column: number, code: ErrorCode, message: string, fix: string): void {
    this.items.push({ file, line, column, code, message, fix });
  }

  get length(): number {
    return this.items.length;
  }

  /** Attaches the offending source line to each error, for the caret under the column. */
  attachSourceLines(texts: Map<string, string>): void {
    for (const e of this.items) {
      const text = texts.get(e.file);
      if (text === undefined) continue;
      const line = text.replace(/\r\n?/g, '\n').split('\n')[e.line - 1];
      if (line !== undefined && line.trim()) e.source = line;
    }
  }
}

/**
 * ```
 * content/lessons/10-intro.md:12:5 UnknownBlockKind: ...
 *   Fix: ...
 *    12 | ::: choise intro-q
 *       |     ^
 * ```
 */
export function formatError(e: AuthoringError): string {
  const head = `${e.file}:${e.line}:${e.column} ${e.code}: ${e.message}\n  Fix: ${e.fix}`;
  return e.source === undefined ? head : `${head}\n${codeFrame(e.source, e.line, e.column)}`;
}

/** The line as written, and a caret under the column (tabs kept so that the caret lines up). */
export function codeFrame(source: string, line: number, column: number): string {
  const n = String(line);
  const pad = ' '.repeat(n.length);
  const before = source.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
  return `   ${n} | ${source}\n   ${pad} | ${before}^`;
}

export function formatErrors(errors: AuthoringError[]): string {
  const n = errors.length;
  return (
    `The course content has ${n} problem${n === 1 ? '' : 's'}; nothing was built.\n\n` +
    errors.map(formatError).join('\n\n')
  );
}

/**
 * Thrown by the build (Vite plugin) so that a broken lesson stops it. The stack is the list
 * itself: the designer needs the list, not the bundler's internals after it.
 */
export class ContentError extends Error {
  constructor(readonly errors: AuthoringError[]) {
    super(formatErrors(errors));
    this.name = 'ContentError';
    this.stack = this.message;
  }
}

/**
 * The ContentError behind a failed build, if that is why it failed: Rolldown wraps a plugin's
 * error in its own, with the original among `errors`.
 */
export function contentErrorIn(e: unknown): ContentError | null {
  if (e instanceof ContentError) return e;
  const inner = (e as { errors?: unknown[] } | null)?.errors;
  // By name: a ContentError from another copy of this module (the bundler's) is not an instance of this one's.
  const found = Array.isArray(inner) ? inner.find((x) => (x as { name?: string } | null)?.name === 'ContentError') : null;
  return (found as ContentError | undefined) ?? null;
}
