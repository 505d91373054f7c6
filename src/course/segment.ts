/**
 * A piece of Markdown cut out of a lesson (prose between blocks, a question, one option's
 * feedback), with where each of its lines starts in the file, so that an offset found in the
 * piece maps back to the exact line and column the designer sees.
 */
export interface Segment {
  lines: string[];
  /** 1-based line and column of the first character of each line. */
  starts: { line: number; col: number }[];
}

/** Lines that start at column `col` of consecutive file lines from `firstLine`. */
export function segmentOf(lines: string[], firstLine: number, col = 1): Segment {
  return { lines, starts: lines.map((_, k) => ({ line: firstLine + k, col })) };
}

export function segmentText(seg: Segment): string {
  return seg.lines.join('\n');
}

export function positionIn(seg: Segment, offset: number): { line: number; col: number } {
  let rest = offset;
  for (let k = 0; k < seg.lines.length; k++) {
    if (rest <= seg.lines[k].length) return { line: seg.starts[k].line, col: seg.starts[k].col + rest };
    rest -= seg.lines[k].length + 1;
  }
  const last = seg.starts[seg.starts.length - 1] ?? { line: 1, col: 1 };
  return { line: last.line, col: last.col };
}
