// The learner's plan as files they can keep: Markdown for their notes and actions, and an
// iCalendar file with one all-day reminder per adopted challenge week. Pure functions of the
// course and the answers, so they are tested without a browser download.
import type { ChallengeBlock, Course, ReflectionBlock } from '../../course/types';
import { interactions } from '../../flow/progress';

export const PLAN_FILE_NAME = 'my-connections-plan';

export interface PlanNote {
  block: ReflectionBlock;
  /** The learner's text, exactly as written. */
  text: string;
}

export interface Plan {
  notes: PlanNote[];
  /** Adopted challenge actions, by week. */
  actions: ChallengeBlock[];
  /** Prompts left empty in a lesson where the learner wrote something: kept for later (e.g. after a conversation). */
  later: ReflectionBlock[];
}

/** What goes into the plan: reflections the learner wrote (in course order), adopted actions (by week), and prompts left for later. */
export function planOf(course: Course, answers: Record<string, string>): Plan {
  const blocks = course.lessons.flatMap(interactions);
  const written = (b: ReflectionBlock) => (answers[b.id] ?? '').trim() !== '';
  const notes = blocks
    .filter((b): b is ReflectionBlock => b.type === 'reflection')
    .filter(written)
    .map((block) => ({ block, text: answers[block.id] }));
  const actions = blocks
    .filter((b): b is ChallengeBlock => b.type === 'challenge' && answers[b.id] === 'adopted')
    .sort((a, b) => a.week - b.week);
  const later = course.lessons.flatMap((lesson) => {
    const prompts = interactions(lesson).filter((b): b is ReflectionBlock => b.type === 'reflection');
    return prompts.some(written) ? prompts.filter((b) => !written(b)) : [];
  });
  return { notes, actions, later };
}

/** The action as the learner reads it, always starting with its week ("Week 18: ..."). */
export function actionTitle(action: ChallengeBlock): string {
  return /^week\s+\d+/i.test(action.text) ? action.text : `Week ${action.week}: ${action.text}`;
}

export function planMarkdown(course: Course, answers: Record<string, string>): string {
  const { notes, actions, later } = planOf(course, answers);
  const lines = [`# My plan: ${course.title}`, '', `From the unit “${course.title}” (${course.organisation}).`, '', '## What I wrote', ''];
  if (notes.length === 0) lines.push('Nothing written yet.', '');
  for (const note of notes) lines.push(`### ${note.block.label}`, '', note.text.replace(/\r\n?/g, '\n').trim(), '');
  if (later.length) {
    lines.push('## To write later', '');
    for (const block of later) lines.push(`- [ ] ${block.label}`);
    lines.push('');
  }
  lines.push('## My challenge actions', '');
  if (actions.length === 0) lines.push('No actions adopted yet.');
  for (const action of actions) lines.push(`- [ ] ${actionTitle(action)}`);
  lines.push('', '## Next', '', `${course.nextUnit.title}: ${course.nextUnit.description}`, '');
  return lines.join('\n');
}

/**
 * An RFC 5545 calendar: one all-day event per adopted action, the first adopted week on
 * `startDate` (YYYY-MM-DD) and each later week 7 days after the one before it.
 */
export function planCalendar(course: Course, answers: Record<string, string>, startDate: string, now: Date): string {
  const start = parseDate(startDate);
  if (!start) throw new RangeError(`Not a date: "${startDate}". Expected YYYY-MM-DD.`);
  const { actions } = planOf(course, answers);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(course.organisation)}//${escapeText(course.title)} ${course.version}//${course.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const firstWeek = actions[0]?.week ?? 0;
  for (const action of actions) {
    const day = addDays(start, (action.week - firstWeek) * 7);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${action.id}-${icsDate(day)}@${course.id}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(day)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
      `SUMMARY:${escapeText(actionTitle(action))}`,
      `DESCRIPTION:${escapeText(`Your challenge action for week ${action.week}, from the unit “${course.title}”.`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Content lines longer than 75 octets continue on lines starting with one space (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let part = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(part);
      part = '';
      size = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    part += char;
    size += bytes;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

function parseDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 ? date : null;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function icsDate(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}
