import type { ErrorList } from './errors.ts';
import { rawHtmlProblem } from './html-policy.ts';
import type { FoundLink } from './links.ts';
import { findNodes } from './markdown.ts';
import { positionIn, segmentText, type Segment } from './segment.ts';

/** What one lesson's Markdown checks share while the lesson is read, in document order. */
export interface MarkdownContext {
  file: string;
  errors: ErrorList;
  /** Links are resolved once every lesson is known (see links.ts). */
  links: FoundLink[];
  /** Level of the last heading; the lesson title is the page's level 1. */
  headingDepth: number;
}

/**
 * Every check that applies to Markdown, wherever it is written: links, images, raw HTML and,
 * in prose and block bodies that render as sections, headings.
 */
export function checkMarkdown(seg: Segment, ctx: MarkdownContext, options: { headings: boolean }): void {
  if (!seg.lines.length) return;
  for (const node of findNodes(segmentText(seg))) {
    const { line, col } = positionIn(seg, node.offset);
    const add = ctx.errors.add.bind(ctx.errors, ctx.file, line, col);
    switch (node.kind) {
      case 'link':
        ctx.links.push({ file: ctx.file, line, column: col, href: node.href });
        break;
      case 'image':
        add('ImageNotSupported', `The image "${node.href}" can't be shown: the unit does not support images yet, so nothing copies the file into the package and the learner would see a broken image.`, 'Remove the image, or describe in words what it shows. Ask a developer if the lesson needs pictures.');
        if (!node.text.trim()) {
          add('ImageWithoutAlt', `The image "${node.href}" has no text alternative, so screen-reader users miss it.`, 'Describe the image between the brackets: ![Two colleagues talking in a hallway](picture.png). Use ![decorative]( ) only for pure decoration.');
        }
        break;
      case 'html': {
        const problem = rawHtmlProblem(node.text);
        if (problem) add('RawHtml', problem.message, problem.fix);
        break;
      }
      case 'heading':
        if (!options.headings) break;
        if (node.depth === 1) {
          add('HeadingLevel', `"# ${node.text}" is a top-level heading; the lesson title from the front matter is already the page's top heading.`, 'Use "## " for sections inside a lesson (and "### " below those).');
        } else if (node.depth > ctx.headingDepth + 1) {
          const before = ctx.headingDepth === 1 ? 'the lesson title' : `a "${'#'.repeat(ctx.headingDepth)}" heading`;
          add('HeadingLevel', `"${'#'.repeat(node.depth)} ${node.text}" comes after ${before}: it skips ${node.depth - ctx.headingDepth - 1 === 1 ? 'a level' : 'levels'}, which confuses screen-reader users who move through the page by headings.`, `Use "${'#'.repeat(ctx.headingDepth + 1)} " here: one level below ${before}.`);
        }
        ctx.headingDepth = Math.max(node.depth, 2);
        break;
    }
  }
}
