import type { AuthoringError } from './types.ts';

/**
 * Every authoring mistake the compiler knows, with a stable name. The message says what
 * happened; the fix says what to do. House style after Astro's error guide: no "Error:"
 * prefix, no jokes, written for the designer who reads it.
 */
export type ErrorCode =
  | 'MissingFrontMatter'
  | 'YamlSyntax'
  | 'MissingField'
  | 'InvalidField'
  | 'UnknownField'
  | 'BadFileName'
  | 'DuplicateLessonId'
  | 'DuplicateId'
  | 'InvalidId'
  | 'UnknownBlockKind'
  | 'UnknownBlockOption'
  | 'UnclosedBlock'
  | 'StrayBlockEnd'
  | 'EmptyPrompt'
  | 'TooFewOptions'
  | 'OptionWithoutFeedback'
  | 'BadOptionLine'
  | 'BlockNotAllowed'
  | 'MissingOutcome'
  | 'BrokenLessonLink'
  | 'ImageWithoutAlt'
  | 'HeadingLevel'
  | 'CourseStructure'
  | 'UnknownLessonInRule'
  | 'LowContrast'
  | 'MissingFile';

export class ErrorList {
  readonly items: AuthoringError[] = [];

  add(file: string, line: number, column: number, code: ErrorCode, message: string, fix: string): void {
    this.items.push({ file, line, column, code, message, fix });
  }

  get length(): number {
    return this.items.length;
  }
}

/** `content/lessons/10-intro.md:12:3 UnknownBlockKind: ... \n  Fix: ...` */
export function formatError(e: AuthoringError): string {
  return `${e.file}:${e.line}:${e.column} ${e.code}: ${e.message}\n  Fix: ${e.fix}`;
}

export function formatErrors(errors: AuthoringError[]): string {
  const n = errors.length;
  return (
    `The course content has ${n} problem${n === 1 ? '' : 's'}; nothing was built.\n\n` +
    errors.map(formatError).join('\n\n')
  );
}

/** Thrown by the build (Vite plugin) so that a broken lesson stops it. */
export class ContentError extends Error {
  constructor(readonly errors: AuthoringError[]) {
    super(formatErrors(errors));
    this.name = 'ContentError';
  }
}
