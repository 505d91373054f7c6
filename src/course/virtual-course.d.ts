declare module 'virtual:course' {
  import type { AuthoringError, Course } from './types';
  /** The compiled course; null in the dev server while content/ has errors. */
  const course: Course | null;
  export default course;
  export const errors: AuthoringError[];
}
