// The compiled course: what the build-time compiler produces from content/ and what
// the flow and the components read at run time. Plain data (JSON-serialisable), no
// functions, so it can be inlined into the learner's bundle as a module.

/** What a lesson is for; it decides where the flow places it. */
export type LessonKind =
  | 'self-assessment' // the six yes/no questions; always the first step
  | 'path' // explains the path decision; holds one `outcome` block per path
  | 'quick-scan' // the short summary shown on the quick path
  | 'lesson' // ordinary content on the full path
  | 'closing' // the last step of the full path
  | 'reference'; // reachable from the menu at any time, never required

/** Which learning path a lesson belongs to. */
export type PathName = 'full' | 'quick';

export interface HtmlBlock {
  type: 'html';
  /** HTML compiled from the designer's Markdown at build time (trusted). */
  html: string;
}

export interface YesNoBlock {
  type: 'yes-no';
  /** Stable ASCII id recorded by the LMS (cmi.interactions.n.id). */
  id: string;
  /** The question, as inline HTML. */
  prompt: string;
  /** Plain-text version of the question, for the LMS report and the plan. */
  text: string;
  required: boolean;
}

export interface ChoiceOption {
  id: string;
  label: string;
  text: string;
  /** Feedback shown once this option is chosen (HTML). */
  feedback: string;
  correct: boolean;
  /** Marked "(partly)": a partly right answer; its feedback is headed "Partly right". */
  partly?: boolean;
  /** Marked "(pinned)": keeps its place when the options are shuffled ("None of these"). */
  pinned?: boolean;
  /** What happens next in the story when this option is chosen (HTML), shown before the feedback. */
  consequence?: string;
}

export interface ChoiceBlock {
  type: 'choice';
  id: string;
  prompt: string;
  text: string;
  options: ChoiceOption[];
  required: boolean;
  /** The options are shown in an order of their own for each learner, kept for the attempt. */
  shuffle?: boolean;
}

export interface ReflectionBlock {
  type: 'reflection';
  id: string;
  prompt: string;
  text: string;
  /** Short label for the text area and the plan ("My questions"). */
  label: string;
  required: boolean;
  /** Characters the learner may write in this box. */
  maxLength: number;
}

export interface ChallengeBlock {
  type: 'challenge';
  id: string;
  week: number;
  /** The action, as inline HTML and as plain text. */
  prompt: string;
  text: string;
}

export interface OutcomeBlock {
  type: 'outcome';
  path: PathName;
  html: string;
}

/** One tab, accordion section or card: a title (inline HTML) and its content (HTML). */
export interface Panel {
  title: string;
  html: string;
}

/**
 * `::: tabs`, `::: accordion` or `::: cards`: sections of prose shown one at a time (tabs),
 * opened one by one (accordion) or side by side (cards). Each starts at a heading of `level`.
 */
export interface PanelsBlock {
  type: 'panels';
  style: 'tabs' | 'accordion' | 'cards';
  /** The accessible name of the group (the tab list's label); empty when the designer gave none. */
  label: string;
  /** Heading level of the panels' titles (2 to 4), as written. */
  level: number;
  panels: Panel[];
  /** `view-all`: the learner opens every panel before Continue moves on (tabs and accordion). */
  viewAll?: true;
}

export type Block =
  | PanelsBlock
  | HtmlBlock
  | YesNoBlock
  | ChoiceBlock
  | ReflectionBlock
  | ChallengeBlock
  | OutcomeBlock;

/** One page of a lesson: where it starts in the lesson's blocks, and how long it takes to read. */
export interface LessonPage {
  first: number;
  minutes: number;
}

/** Words a minute for the reading times the unit shows (a common estimate for reading on screen). */
export const READING_RATE = 200;

export type InteractiveBlock = YesNoBlock | ChoiceBlock | ReflectionBlock | ChallengeBlock;

export interface Lesson {
  id: string;
  title: string;
  kind: LessonKind;
  /** Paths this lesson appears on. */
  paths: PathName[];
  /** Optional lessons may be skipped on the full path (e.g. "for people who lead teams"). */
  optional: boolean;
  /** Short line shown in the menu. */
  summary: string;
  /** content/ path of the source, for error messages and the designer's preview. */
  source: string;
  blocks: Block[];
  /**
   * The lesson's pages, split by `::: page` lines: each page's first block (an index into
   * `blocks`) and its reading time. Absent means one page holding every block.
   */
  pages?: LessonPage[];
  /** Estimated reading time of the whole lesson, in minutes (READING_RATE words a minute). */
  minutes?: number;
  /**
   * Set on lessons whose prose and feedback are still loading: the first screen ships the
   * unit's outline and first lesson only, and the rest follows right after (see main.ts).
   */
  pending?: true;
}

export interface CompletionRule {
  /** `all-required`: every required step on the path done; or a list of lesson ids. */
  requires: 'all-required' | string[];
}

/**
 * The path decision, from course.yaml: when at least `atLeast` of the self-assessment's
 * answers are `counting`, the learner is recommended `then`, otherwise `otherwise`. An
 * optional question left unanswered counts like the `counting` answer, or is ignored.
 */
export interface PathDecision {
  counting: 'yes' | 'no';
  atLeast: number;
  then: PathName;
  otherwise: PathName;
  skipped: 'counts' | 'ignored';
}

export interface Theme {
  brand: string;
  brandContrast: string;
  font: string;
}

export interface CourseConfig {
  id: string;
  title: string;
  version: string;
  language: string;
  description: string;
  organisation: string;
  nextUnit: { title: string; description: string };
  theme: Theme;
  completion: Record<PathName, CompletionRule>;
  pathDecision: PathDecision;
}

export interface Course extends CourseConfig {
  lessons: Lesson[];
}

/** An authoring mistake, with the exact place and a plain fix. */
export interface AuthoringError {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  fix: string;
  /** The offending source line, shown with a caret under the column. */
  source?: string;
}

export function isInteractive(block: Block): block is InteractiveBlock {
  return (
    block.type === 'yes-no' ||
    block.type === 'choice' ||
    block.type === 'reflection' ||
    block.type === 'challenge'
  );
}
