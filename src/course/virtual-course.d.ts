declare module 'virtual:course' {
  import type { AuthoringError, Course } from './types';
  /** The compiled course; null in the dev server while content/ has errors. */
  const course: Course | null;
  export default course;
  export const errors: AuthoringError[];
}

declare module 'virtual:course-bodies' {
  import type { Block } from './types';
  /** Prose and feedback of every lesson but the first, by lesson id. */
  const bodies: Record<string, Block[]>;
  export default bodies;
}
