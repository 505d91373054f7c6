import type { ErrorCode } from './errors.ts';
import type { LessonList } from './lesson-lists.ts';
import { checkMarkdown, type MarkdownContext } from './markdown-checks.ts';
import { renderBlock, renderInline, toPlainText } from './markdown.ts';
import { BLOCK_KINDS, CONTAINER_KINDS, ID_PATTERN, ID_RULE, type BlockKind } from './schema.ts';
import { segmentOf, type Segment } from './segment.ts';
import type { Block, ChoiceOption, LessonKind } from './types.ts';
import { closest, CURLY_QUOTES } from './words.ts';

/** What the lesson being read shares with the whole unit: interaction ids seen so far. */
export interface BlockContext extends MarkdownContext {
  ids: Map<string, string>;
  /** `::: lessons` blocks, filled in once every lesson is read (lesson-lists.ts). */
  lessonLists: LessonList[];
}

/**
 * One `:::` block as written: its opening line split into the kind and the rest, each with
 * its column, and its body lines. The scanner knows no kinds, only which ones nest
 * (CONTAINER_KINDS); a container's parser scans its body again with `scanBody` for the
 * blocks inside, which keep their exact lines and columns.
 */
export interface RawBlock {
  line: number;
  kind: string;
  kindCol: number;
  rest: string;
  restCol: number;
  body: string[];
  bodyLine: number;
}

const BLOCK_OPEN = /^:::(\s*)(\S+)(.*)$/;
const BLOCK_END = /^:::\s*$/;
/** The one `:::` line that is not closed: it starts a new page of the lesson. */
export const PAGE_BREAK = /^:::\s*page\s*$/;
const DEFAULT_REFLECTION_MAX = 1000;

/** Splits a lesson body into prose and blocks, in order. `firstLine` is the 1-based line of `lines[0]`. */
export type Piece = { type: 'prose'; seg: Segment } | { type: 'block'; block: RawBlock } | { type: 'page'; line: number };

export function scanBody(source: string[], firstLine: number, ctx: BlockContext, containers: ReadonlySet<string> = CONTAINER_KINDS): Piece[] {
  // An indented ":::" line would be read as text (or, after a tab, as code) and its block
  // would vanish: report the indent, then read the line as meant, so nothing follows from it.
  const indents: number[] = [];
  const lines = source.map((line, k) => {
    const indent = /^[ \t]+(?=:::)/.exec(line)?.[0] ?? '';
    indents.push(indent.length);
    if (indent) {
      const what = indent.includes('\t') ? 'a tab' : indent.length === 1 ? 'a space' : `${indent.length} spaces`;
      ctx.errors.add(ctx.file, firstLine + k, 1, 'IndentedBlock', `This ":::" line starts with ${what}, so it would be read as ${indent.includes('\t') || indent.length >= 4 ? 'a code sample' : 'text'}, not as part of a block.`, 'Start the line with ":::" at the very beginning, with no spaces or tabs before it.');
    }
    return line.slice(indent.length);
  });
  const out: Piece[] = [];
  let prose: string[] = [];
  let proseStart = 0;
  const flush = () => {
    if (prose.join('').trim()) out.push({ type: 'prose', seg: segmentOf(prose, firstLine + proseStart) });
    prose = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (BLOCK_END.test(line)) {
      ctx.errors.add(ctx.file, firstLine + i, 1, 'StrayBlockEnd', 'This ":::" closes a block that was never opened.', 'Remove the line, or open the block above it with "::: kind id" (for example "::: yes-no my-question").');
      i++;
      continue;
    }
    if (PAGE_BREAK.test(line)) {
      flush();
      out.push({ type: 'page', line: firstLine + i });
      i++;
      continue;
    }
    const open = BLOCK_OPEN.exec(line);
    if (!open) {
      if (!prose.length) proseStart = i;
      prose.push(line);
      i++;
      continue;
    }
    flush();
    const { at: j, closed } = findClose(lines, i, containers.has(open[2]));
    if (!closed) {
      ctx.errors.add(ctx.file, firstLine + i, 1, 'UnclosedBlock', `The block opened here ("${line.trim()}") is not closed before ${j >= lines.length ? 'the end of the file' : `line ${firstLine + j}`}.`, 'Add a line with just ":::" after the last line of the block.');
      i = j;
      continue;
    }
    const kindCol = 4 + open[1].length + indents[i];
    out.push({
      type: 'block',
      block: { line: firstLine + i, kind: open[2], kindCol, rest: open[3], restCol: kindCol + open[2].length, body: lines.slice(i + 1, j), bodyLine: firstLine + i + 1 },
    });
    i = j + 1;
  }
  flush();
  return out;
}

/**
 * The line of the ":::" that closes the block opened at line `i`. In a block that does not
 * nest, a new opening line before it means this block was left open (the usual mistake).
 */
function findClose(lines: string[], i: number, nests: boolean): { at: number; closed: boolean } {
  let depth = 0;
  for (let j = i + 1; j < lines.length; j++) {
    if (BLOCK_END.test(lines[j])) {
      if (depth === 0) return { at: j, closed: true };
      depth--;
    } else if (PAGE_BREAK.test(lines[j]) && nests) {
      continue; // reported by the container's parser; it opens nothing
    } else if (BLOCK_OPEN.test(lines[j])) {
      if (!nests) return { at: j, closed: false };
      depth++;
    }
  }
  return { at: lines.length, closed: false };
}

/**
 * The lesson's blocks in order, and the index of the first block of each page after the first
 * (one per `::: page` line). The path lesson and references have no pages: the first's buttons
 * choose a path, the second has no Continue.
 */
export function parseBody(lines: string[], firstLine: number, ctx: BlockContext, lessonKind: LessonKind): { blocks: Block[]; pageStarts: number[] } {
  const blocks: Block[] = [];
  const pageStarts: number[] = [];
  let lastBreak = 0;
  // Something was written since the last page break, even a block with a mistake (reported on
  // its own; the page is not empty).
  let filled = false;
  for (const piece of scanBody(lines, firstLine, ctx)) {
    if (piece.type === 'page') {
      if (lessonKind === 'path' || lessonKind === 'reference') {
        ctx.errors.add(ctx.file, piece.line, 1, 'PageNotAllowed', lessonKind === 'path' ? 'The path lesson cannot be split into pages: its buttons choose the learner\'s path, and belong with the explanation of it.' : 'A reference lesson cannot be split into pages: learners open it from the menu at any time and go straight back, with no Continue to turn a page.', 'Remove the "::: page" line; keep this lesson short.');
      } else if (!filled) {
        ctx.errors.add(ctx.file, piece.line, 1, 'EmptyPage', pageStarts.length ? `This "::: page" line follows another one (line ${lastBreak}) with nothing between them, so the learner would see an empty page.` : 'This "::: page" line comes before anything else in the lesson, so its first page would be empty.', 'Remove the extra "::: page" line; a page break goes between two parts of the lesson.');
      } else pageStarts.push(blocks.length);
      lastBreak = piece.line;
      filled = false;
      continue;
    }
    filled = true;
    if (piece.type === 'prose') {
      checkMarkdown(piece.seg, ctx, { headings: 'levels' });
      blocks.push({ type: 'html', html: renderBlock(piece.seg.lines.join('\n')) });
    } else {
      const block = parseBlock(piece.block, ctx, lessonKind);
      if (block) blocks.push(block);
    }
  }
  if (pageStarts.length && !filled) {
    ctx.errors.add(ctx.file, lastBreak, 1, 'EmptyPage', 'This "::: page" line is the last thing in the lesson, so the learner would see an empty last page.', 'Remove the "::: page" line at the end; a page break goes between two parts of the lesson.');
    pageStarts.pop();
  }
  return { blocks, pageStarts };
}

function tokenize(rest: string, restCol: number): Word[] {
  const out: Word[] = [];
  const re = /([^\s=]+)(?:=(?:"([^"]*)"|(\S+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest))) out.push({ key: m[1], value: m[2] ?? m[3] ?? null, col: restCol + m.index });
  return out;
}

/** A block whose kind is known, with its opening line split into words. */
interface OpenedBlock {
  raw: RawBlock;
  ctx: BlockContext;
  lessonKind: LessonKind;
  kind: BlockKind;
  /** The first word after the kind (the id, or the path of outcome and lessons). */
  first: Word | undefined;
  attrs: Word[];
  add: (code: ErrorCode, col: number, message: string, fix: string, line?: number) => void;
}
type Word = { key: string; value: string | null; col: number };

/**
 * One parser per block kind. Adding a kind: its name and options in BLOCK_KINDS (schema.ts),
 * a parser here (TypeScript asks for it), a type in types.ts if it is more than HTML, and an
 * entry in the guide. The scanner and the checks of the opening line need nothing.
 */
const PARSERS: Record<BlockKind, (b: OpenedBlock) => Block | null> = {
  outcome: parseOutcome,
  lessons: parseLessonList,
  'yes-no': (b) => {
    const q = readQuestion(b);
    return q && { type: 'yes-no', id: q.id, prompt: q.prompt, text: q.text, required: !('optional' in q.options) };
  },
  reflection: (b) => {
    const q = readQuestion(b);
    if (!q) return null;
    let maxLength = DEFAULT_REFLECTION_MAX;
    if ('max' in q.options) {
      const n = Number(q.options.max);
      if (!Number.isInteger(n) || n < 50 || n > 4000) {
        b.add('InvalidField', b.attrs.find((a) => a.key === 'max')!.col, `max=${q.options.max ?? ''} is not a length between 50 and 4000 characters.`, 'Write a whole number, like "max=800".');
      } else maxLength = n;
    }
    return { type: 'reflection', id: q.id, prompt: q.prompt, text: q.text, label: q.options.label ?? q.text, required: 'required' in q.options, maxLength };
  },
  challenge: (b) => {
    const q = readQuestion(b);
    if (!q) return null;
    const week = Number(q.options.week);
    if (!('week' in q.options) || !Number.isInteger(week) || week < 1 || week > 26) {
      b.add('InvalidField', b.attrs.find((a) => a.key === 'week')?.col ?? b.raw.restCol, `The challenge "${q.id}" needs the week of the 26-week challenge it belongs to.`, `Add "week=" and a number from 1 to 26, like "::: challenge ${q.id} week=18".`);
      return null;
    }
    return { type: 'challenge', id: q.id, week, prompt: q.prompt, text: q.text };
  },
  choice: (b) => {
    const q = readQuestion(b, firstOptionIndex(b.raw.body));
    return q && parseChoice(q.id, q.prompt, q.text, b.raw, b.ctx, !('optional' in q.options), 'shuffle' in q.options);
  },
  tabs: parsePanels,
  accordion: parsePanels,
  cards: parsePanels,
};

const PANEL_HEADING = /^(#{2,4})\s+(\S.*)$/;

/**
 * `::: tabs`, `::: accordion`, `::: cards`: Markdown whose headings start the panels. The
 * level of the first heading is the panels' level; deeper headings stay inside a panel.
 */
function parsePanels({ raw, ctx, kind, first, attrs, add }: OpenedBlock): Block | null {
  const style = kind as 'tabs' | 'accordion' | 'cards';
  const allowed = BLOCK_KINDS[style] as readonly string[];
  let label = '';
  let viewAll = false;
  for (const w of [first, ...attrs].filter((w): w is Word => !!w)) {
    if (w.key === 'view-all' && style === 'cards') {
      add('ViewAllNotApplicable', w.col, 'Cards are always open, so the learner sees every card without opening it: "view-all" has nothing to ask of them.', 'Remove "view-all", or use "::: tabs view-all" or "::: accordion view-all" if the learner should open each part before moving on.');
      return null;
    }
    if (!allowed.includes(w.key)) {
      const options = allowed.map((a) => (a === 'label' ? 'label="…"' : a)).join(', ');
      add('UnknownBlockOption', w.col, `"${w.key}" is not an option of a ${style} block.`, allowed.length ? `Options of ${style}: ${options}.` : `A ${style} block takes no options; remove "${w.key}". Each panel's title is the heading that starts it.`);
      return null;
    }
    if (w.key === 'view-all') {
      if (w.value !== null) {
        add('InvalidField', w.col, `"view-all" takes no value ("view-all=${w.value}").`, 'Write just "view-all" after the block kind, like "::: tabs view-all".');
        return null;
      }
      viewAll = true;
    } else label = w.value ?? '';
  }
  const body = raw.body;
  const start = body.findIndex((l) => l.trim());
  const level = PANEL_HEADING.exec(body[start] ?? '')?.[1].length ?? 0;
  if (!level) {
    add('PanelWithoutTitle', 1, `The ${style} block starts with text instead of a heading, so that text belongs to no ${style === 'tabs' ? 'tab' : style === 'cards' ? 'card' : 'section'}.`, `Start each panel with a heading, like "### Culture and values", and put its text below it.`, start === -1 ? raw.line : raw.bodyLine + start);
    return null;
  }
  checkMarkdown(segmentOf(body, raw.bodyLine), ctx, { headings: 'levels' });
  const panels: { title: string; lines: string[]; line: number }[] = [];
  body.forEach((line, k) => {
    const h = PANEL_HEADING.exec(line);
    if (h && h[1].length === level) panels.push({ title: h[2].trim(), lines: [], line: raw.bodyLine + k });
    else panels.at(-1)?.lines.push(line);
  });
  let ok = true;
  for (const p of panels) {
    if (!p.lines.join('').trim()) {
      add('EmptyPanel', 1, `The panel "${p.title}" has a heading but no text.`, 'Write its text below the heading, or remove the heading.', p.line);
      ok = false;
    }
  }
  if (panels.length < 2) {
    add('TooFewPanels', raw.kindCol, `This ${style} block has ${panels.length} panel; ${style} need at least two to be worth the clicks.`, `Add another "${'#'.repeat(level)} " heading with its text, or write the content as ordinary Markdown without the block.`);
    return null;
  }
  if (!ok) return null;
  return { type: 'panels', style, label, level, panels: panels.map((p) => ({ title: renderInline(p.title), html: renderBlock(p.lines.join('\n')) })), ...(viewAll ? { viewAll: true as const } : {}) };
}

function parseBlock(raw: RawBlock, ctx: BlockContext, lessonKind: LessonKind): Block | null {
  const add = (code: ErrorCode, col: number, message: string, fix: string, l = raw.line) => ctx.errors.add(ctx.file, l, col, code, message, fix);
  const kinds = Object.keys(BLOCK_KINDS);
  if (!(raw.kind in BLOCK_KINDS)) {
    const near = closest(raw.kind, kinds);
    add('UnknownBlockKind', raw.kindCol, `"${raw.kind}" is not a block kind.`, `Start the block with one of: ${kinds.map((k) => `"::: ${k}"`).join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`);
    return null;
  }
  const kind = raw.kind as BlockKind;
  const curly = CURLY_QUOTES.exec(raw.rest);
  if (curly) {
    add('CurlyQuotes', raw.restCol + curly.index, `The opening line of this ${kind} block has a curly quote (${curly[0]}), which a word processor typed in place of a straight one; the block's options only understand straight quotes (").`, 'Retype the quotes as straight double quotes, like label="My notes". Curly quotes are fine in the text of the block.');
    return null;
  }
  if (kind === 'yes-no' && lessonKind !== 'self-assessment' && lessonKind !== 'path') {
    add('BlockNotAllowed', raw.kindCol, 'yes-no blocks belong to the self-assessment; they decide the learner\'s path.', 'Use a "choice" block for questions inside lessons.');
    return null;
  }
  const [first, ...attrs] = tokenize(raw.rest, raw.restCol);
  return PARSERS[kind]({ raw, ctx, lessonKind, kind, first, attrs, add });
}

function parseOutcome({ raw, ctx, lessonKind, first, add }: OpenedBlock): Block | null {
  if (lessonKind !== 'path') {
    add('BlockNotAllowed', raw.kindCol, 'An "outcome" block only belongs in the lesson of kind "path".', 'Move it to the path lesson, or use ordinary Markdown here.');
    return null;
  }
  if (!first || (first.key !== 'full' && first.key !== 'quick')) {
    add('InvalidField', first?.col ?? raw.restCol, 'An outcome block must say which path it explains.', 'Write "::: outcome full" or "::: outcome quick".');
    return null;
  }
  checkMarkdown(segmentOf(raw.body, raw.bodyLine), ctx, { headings: 'levels' });
  return { type: 'outcome', path: first.key, html: renderBlock(raw.body.join('\n')) };
}

function parseLessonList({ raw, ctx, first, add }: OpenedBlock): Block | null {
  if (!first || (first.key !== 'full' && first.key !== 'quick')) {
    add('InvalidField', first?.col ?? raw.restCol, 'A lessons block must say which path it lists.', 'Write "::: lessons full" or "::: lessons quick".');
    return null;
  }
  if (raw.body.some((l) => l.trim())) {
    add('InvalidField', 1, 'A lessons block is filled in from the lesson files; text written inside it would be lost.', 'Leave the block empty ("::: lessons full" and then ":::"), and put any introduction above it.', raw.bodyLine + raw.body.findIndex((l) => l.trim()));
    return null;
  }
  const block: Block = { type: 'html', html: '' };
  ctx.lessonLists.push({ lessonSource: ctx.file, path: first.key, block });
  return block;
}

/**
 * What every question, prompt and action shares: an id the LMS records, known options, and
 * a one-paragraph text (the body, or for a choice the lines before `promptEnd`).
 */
function readQuestion({ raw, ctx, kind, first, attrs, add }: OpenedBlock, promptEnd = raw.body.length): { id: string; options: Record<string, string | null>; prompt: string; text: string } | null {
  if (!first || first.value !== null) {
    add('InvalidId', raw.restCol, `The ${kind} block has no id.`, `Write an id after the kind, like "::: ${kind} my-${kind}-1". Use ${ID_RULE}. The LMS records answers under this id, so keep it when you change the wording.`);
    return null;
  }
  const id = first.key;
  if (!ID_PATTERN.test(id) || id.length > 64) {
    add('InvalidId', first.col, `The id "${id}" is not allowed.`, `Use ${ID_RULE}. The LMS records answers under this id (Moodle refuses spaces and non-ASCII characters).`);
    return null;
  }
  const allowed = BLOCK_KINDS[kind] as readonly string[];
  const options: Record<string, string | null> = {};
  for (const a of attrs) {
    if (!allowed.includes(a.key)) {
      add('UnknownBlockOption', a.col, `"${a.key}" is not an option of a ${kind} block.`, `Options of ${kind}: ${allowed.join(', ')}.`);
    } else options[a.key] = a.value;
  }
  registerId(id, raw.line, first.col, ctx);

  const promptLines = raw.body.slice(0, promptEnd);
  const promptMd = promptLines.join('\n').trim();
  if (!promptMd) {
    add('EmptyPrompt', 1, `The ${kind} block "${id}" has no text.`, kind === 'choice' ? 'Write the question on the lines after "::: choice ...", before the first option.' : 'Write the text on the lines between the opening line and ":::".');
    return null;
  }
  checkMarkdown(segmentOf(promptLines, raw.bodyLine), ctx, { headings: 'text' });
  const prompt = renderInline(promptMd.replace(/\n+/g, ' '));
  return { id, options, prompt, text: toPlainText(prompt) };
}

// `- option-id (correct): Option text`, with the indices of each part for exact columns.
const OPTION_LINE = /^[-*]\s+([^\s:(]+)(?:\s*(\(([^)]*)\)))?\s*:\s*(.*)$/d;
const FEEDBACK_LINE = /^\s+>\s?(.*)$/d;
// `  -> What happens next in the story`: the option's consequence, shown before its feedback.
const CONSEQUENCE_LINE = /^\s+->\s?(.*)$/d;

function firstOptionIndex(body: string[]): number {
  const i = body.findIndex((l) => /^[-*]\s/.test(l));
  return i === -1 ? body.length : i;
}

function parseChoice(id: string, prompt: string, text: string, raw: RawBlock, ctx: BlockContext, required: boolean, shuffle: boolean): Block | null {
  const body = raw.body;
  const options: (ChoiceOption & { line: number })[] = [];
  const feedback: Segment[] = [];
  const consequences: Segment[] = [];
  const lineOf = (k: number) => raw.bodyLine + k;
  let firstCorrect: { id: string; line: number } | null = null;
  let ok = true;
  let badLines = 0;
  // After an option line that could not be read, its indented lines are not reported again.
  let afterBadOption = false;
  for (let k = firstOptionIndex(body); k < body.length; k++) {
    const line = body[k];
    if (!line.trim()) continue;
    const m = OPTION_LINE.exec(line);
    if (m?.indices) {
      const optId = m[1];
      const idCol = m.indices[1]![0] + 1;
      const curly = CURLY_QUOTES.exec(line);
      // A bad id is reported once; the option still counts, so that its feedback lines and
      // the number of options raise nothing more.
      if (curly && curly.index < m.indices[4]![0]) {
        ctx.errors.add(ctx.file, lineOf(k), curly.index + 1, 'CurlyQuotes', `The option id has a curly quote (${curly[0]}), which a word processor typed in place of a straight one.`, `Write the id without quotes, like "- ${id}-a: The option text". Curly quotes are fine in the option text after the colon.`);
        ok = false;
      } else if (!ID_PATTERN.test(optId)) {
        ctx.errors.add(ctx.file, lineOf(k), idCol, 'InvalidId', `The option id "${optId}" is not allowed.`, `Start each option with its id and a colon, like "- ${id}-a: The option text". Use ${ID_RULE}.`);
        ok = false;
      } else if (options.some((o) => o.id === optId)) {
        ctx.errors.add(ctx.file, lineOf(k), idCol, 'DuplicateId', `The option id "${optId}" is used twice in the choice "${id}".`, 'Give each option of a question its own id.');
        ok = false;
      }
      let correct = false;
      let partly = false;
      let pinned = false;
      // "(correct)", "(partly)", "(pinned)", or two of them: "(correct, pinned)". m[3] is the
      // text in the brackets, undefined when there are none (then m[2] is too).
      const words = m[3]?.split(/\s*,\s*|\s+/).filter(Boolean) ?? [];
      if (words.includes('pinned')) {
        pinned = true;
        words.splice(words.indexOf('pinned'), 1);
        if (!words.length) m[3] = undefined as unknown as string;
        else m[3] = words.join(' ');
      }
      if (m[3] !== undefined) {
        const markerCol = m.indices[2]![0] + 1;
        if (m[3] === 'partly') {
          partly = true;
        } else if (m[3] === 'correct') {
          correct = true;
          if (firstCorrect) {
            ctx.errors.add(ctx.file, lineOf(k), markerCol, 'MultipleCorrect', `The choice "${id}" has a second option marked (correct); "${firstCorrect.id}" on line ${firstCorrect.line} is already. The LMS records one correct answer per question, so only the first would count in its reports.`, 'Keep "(correct)" on the best answer only. If another option is also good, say so in its feedback.');
            ok = false;
          } else firstCorrect = { id: optId, line: lineOf(k) };
        } else {
          const word = m[3].trim().toLowerCase();
          const nearly = word === 'correct' || word === 'partly';
          // What keeps a near miss from counting: its capitals, the spaces inside its brackets, or both.
          const spaced = m[3] !== m[3].trim();
          const cased = m[3].trim() !== word;
          const wrong = [cased && 'in lower case', spaced && 'with no space inside the brackets'].filter(Boolean).join(' and ');
          ctx.errors.add(ctx.file, lineOf(k), markerCol, 'BadCorrectMarker', nearly ? `"(${m[3]})" marks an answer only when written ${wrong}, as "(${word})".` : `"(${m[3]})" is not a marker the choice understands; "(correct)" marks the best answer and "(partly)" a partly right one.`, nearly ? `Write "(${word})" ${wrong}.` : 'Write "(correct)" after the id of the best option (or "(partly)" after a partly right one), or remove the brackets (text in brackets belongs after the colon).');
          ok = false;
        }
      }
      const labelCol = m.indices[4]![0] + 1;
      checkMarkdown(segmentOf([m[4]], lineOf(k), labelCol), ctx, { headings: 'text' });
      const label = renderInline(m[4]);
      options.push({ id: optId, label, text: toPlainText(label), feedback: '', correct, ...(partly ? { partly } : {}), ...(pinned ? { pinned } : {}), line: lineOf(k) });
      afterBadOption = false;
      feedback.push({ lines: [], starts: [] });
      consequences.push({ lines: [], starts: [] });
      continue;
    }
    const next = CONSEQUENCE_LINE.exec(line);
    if (next?.indices && options.length) {
      const seg = consequences[options.length - 1];
      seg.lines.push(next[1]);
      seg.starts.push({ line: lineOf(k), col: next.indices[1]![0] + 1 });
      continue;
    }
    const fb = FEEDBACK_LINE.exec(line);
    if (fb?.indices && options.length) {
      const seg = feedback[options.length - 1];
      seg.lines.push(fb[1]);
      seg.starts.push({ line: lineOf(k), col: fb.indices[1]![0] + 1 });
      continue;
    }
    ok = false;
    if (afterBadOption && /^\s+\S/.test(line)) continue;
    badLines++;
    afterBadOption = false;
    if (/^\s*[-*+]\s/.test(line)) {
      afterBadOption = true;
      ctx.errors.add(ctx.file, lineOf(k), 1, 'BadOptionLine', `This option of the choice "${id}" has no id before a colon, so the LMS could not record it.`, 'Write it as "- option-id: Option text", for example "- ask-first (correct): Ask what they need". An id uses lowercase letters, digits and hyphens.');
    } else if (/^\s+\S/.test(line) && options.length) {
      ctx.errors.add(ctx.file, lineOf(k), 1, 'BadOptionLine', `This indented line under the option "${options[options.length - 1].id}" starts with neither ">" (feedback) nor "->" (what happens next).`, 'Start it with ">" if it is feedback, or with "->" if it tells what happens next in the story.');
    } else {
      ctx.errors.add(ctx.file, lineOf(k), 1, 'BadOptionLine', `This line in the choice "${id}" is neither an option, nor its consequence, nor its feedback.`, 'Write options as "- option-id: Option text", what happens next (optional) on lines below it indented by two spaces and starting with "->", and the feedback on lines indented by two spaces and starting with ">".');
    }
  }
  // Lines that failed as options already say what is wrong; "too few options" would only repeat it.
  if (options.length < 2 && badLines) return null;
  if (options.length < 2) {
    ctx.errors.add(ctx.file, raw.line, 1, 'TooFewOptions', `The choice "${id}" has ${options.length} option${options.length === 1 ? '' : 's'}; a choice needs at least two.`, 'Add options as "- option-id: Option text", each followed by its feedback on indented lines starting with ">".');
    return null;
  }
  const out: ChoiceOption[] = options.map(({ line, ...o }, k) => {
    const md = feedback[k].lines.join('\n').trim();
    if (!md) {
      ctx.errors.add(ctx.file, line, 1, 'OptionWithoutFeedback', `The option "${o.id}" of the choice "${id}" has no feedback.`, 'Below the option, add at least one line indented by two spaces and starting with ">", that explains what this choice shows. Feedback should teach, not only say "correct".');
      ok = false;
      return o;
    }
    checkMarkdown(feedback[k], ctx, { headings: 'none' });
    const then = consequences[k].lines.join('\n').trim();
    if (then) checkMarkdown(consequences[k], ctx, { headings: 'none' });
    return { ...o, feedback: renderBlock(md), ...(then ? { consequence: renderBlock(then) } : {}) };
  });
  if (!ok) return null;
  return { type: 'choice', id, prompt, text, options: out, required, ...(shuffle ? { shuffle } : {}) };
}

/** Interaction ids must be unique across the whole unit: the LMS keys answers by them. */
function registerId(id: string, line: number, col: number, ctx: BlockContext): void {
  const prev = ctx.ids.get(id);
  if (prev) {
    ctx.errors.add(ctx.file, line, col, 'DuplicateId', `The id "${id}" is already used at ${prev}.`, 'Give this block an id of its own. Ids must be unique in the whole unit because the LMS records answers under them.');
  } else ctx.ids.set(id, `${ctx.file}:${line}`);
}
