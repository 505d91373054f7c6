// Estimated reading time, from the words a learner reads (READING_RATE words a minute).
import { toPlainText } from './markdown.ts';
import { READING_RATE, type Block } from './types.ts';

/** Reading time in whole minutes, at least one. */
export function minutesFor(words: number): number {
  return Math.max(1, Math.round(words / READING_RATE));
}

/** The words a learner reads in a block: its text, and for a choice the options and one (the longest) feedback. */
export function wordsIn(block: Block): number {
  // A space between adjacent tags, so that words in neighbouring elements (`</h2><p>`) are not run together.
  const count = (h: string) => toPlainText(h.replace(/></g, '> <')).split(/\s+/).filter(Boolean).length;
  switch (block.type) {
    case 'html':
    case 'outcome':
      return count(block.html);
    case 'choice':
      return count(block.prompt) + block.options.reduce((n, o) => n + count(o.label), 0) + Math.max(0, ...block.options.map((o) => count(o.feedback) + count(o.consequence ?? '')));
    case 'panels':
      return block.panels.reduce((n, p) => n + count(p.title) + count(p.html), 0);
    default:
      return count(block.prompt);
  }
}
