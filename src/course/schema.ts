import { z } from 'zod';

/**
 * Ids are recorded by the LMS (interaction ids, bookmarks). Moodle accepts printable ASCII
 * without spaces; we ask for less so that ids read well in reports and never need escaping.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_RULE = 'lowercase letters, digits and single hyphens, at most 64 characters (for example "scenario-temp")';

export const idSchema = z
  .string()
  .max(64)
  .regex(ID_PATTERN, { message: `must use ${ID_RULE}` });

export const LESSON_KINDS = ['self-assessment', 'path', 'quick-scan', 'lesson', 'closing', 'reference'] as const;

export const lessonFrontMatter = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  kind: z.enum(LESSON_KINDS),
  summary: z.string().min(1).optional(),
  optional: z.boolean().optional(),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatter>;

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour like "#1f5f8b"' });

const completionRule = z.strictObject({
  requires: z.union([z.literal('all-required'), z.array(idSchema).min(1)]),
});

/** How the self-assessment's yes/no answers recommend a path (see content/README.md). */
const pathDecision = z.strictObject({
  counting: z.enum(['yes', 'no']),
  atLeast: z.number().int().min(1),
  then: z.enum(['full', 'quick']),
  otherwise: z.enum(['full', 'quick']),
  skipped: z.enum(['counts', 'ignored']),
});

export const courseConfig = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'must look like "1.2.0"' }),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'must be a language tag like "en" or "en-GB"' }),
  description: z.string().min(1),
  organisation: z.string().min(1),
  nextUnit: z.strictObject({ title: z.string().min(1), description: z.string().min(1) }),
  theme: z.strictObject({ brand: hexColour, brandContrast: hexColour, font: z.string().min(1) }),
  completion: z.strictObject({ full: completionRule, quick: completionRule }),
  pathDecision,
});
export type CourseConfigInput = z.infer<typeof courseConfig>;

/** The attributes each block kind accepts after its id: `::: reflection my-notes required max=800`. */
export const BLOCK_KINDS = {
  'yes-no': ['optional'],
  choice: ['optional', 'shuffle'],
  reflection: ['required', 'max', 'label'],
  challenge: ['week'],
  outcome: [],
  lessons: [],
  tabs: ['label', 'view-all'],
  accordion: ['view-all'],
  cards: [],
} as const;
export type BlockKind = keyof typeof BLOCK_KINDS;

/**
 * Kinds whose body may hold other blocks (tabs, accordions, cards), each closed by its own
 * ":::". In any other block an opening line means the block above was left open. None yet.
 */
export const CONTAINER_KINDS: ReadonlySet<string> = new Set<string>([]);
