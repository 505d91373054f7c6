import type { ErrorList } from './errors.ts';
import { rawHtmlProblem } from './html-policy.ts';
import type { FoundLink } from './links.ts';
import { findNodes } from './markdown.ts';
import { positionIn, segmentText, type Segment } from './segment.ts';
import { IMAGE_BUDGET_BYTES, IMAGE_TYPES, type ImageFile } from './images.ts';
import { closest } from './words.ts';

/** What one lesson's Markdown checks share while the lesson is read, in document order. */
export interface MarkdownContext {
  file: string;
  errors: ErrorList;
  /** Links are resolved once every lesson is known (see links.ts). */
  links: FoundLink[];
  /** Level of the last heading; the lesson title is the page's level 1. */
  headingDepth: number;
  /** The files of content/images/, by how lessons write them (`images/name.svg`). */
  images?: Map<string, ImageFile>;
}

/**
 * Every check that applies to Markdown, wherever it is written: links, images, raw HTML and
 * headings: in prose and block bodies that render as sections (`'levels'`) their levels; in an
 * option's feedback and consequence (`'none'`) any heading at all; in text rendered inline (a
 * question's text, an option's label: `'text'`) none, since "#" is only a character there.
 */
export function checkMarkdown(seg: Segment, ctx: MarkdownContext, options: { headings: 'levels' | 'none' | 'text' }): void {
  for (const node of findNodes(segmentText(seg))) {
    const { line, col } = positionIn(seg, node.offset);
    const add = ctx.errors.add.bind(ctx.errors, ctx.file, line, col);
    switch (node.kind) {
      case 'link':
        ctx.links.push({ file: ctx.file, line, column: col, href: node.href });
        break;
      case 'image':
        checkImage(node.href, add, ctx.images ?? new Map());
        if (!node.text.trim()) {
          add('ImageWithoutAlt', `The image "${node.href}" has no text alternative, so screen-reader users miss it.`, 'Describe the image between the brackets: ![Two colleagues talking in a hallway](images/hallway.png). Write ![decorative](images/…) only for pure decoration, which screen readers then skip.');
        }
        break;
      case 'html': {
        const problem = rawHtmlProblem(node.text);
        if (problem) add('RawHtml', problem.message, problem.fix);
        break;
      }
      case 'heading':
        // Rendered inline (a question's text, an option's label): "#" is only a character there.
        if (options.headings === 'text') break;
        if (options.headings === 'none') {
          // An option's feedback or consequence: a heading there would open a section of the
          // page's outline in the middle of the question.
          add('HeadingInQuestion', `"${'#'.repeat(node.depth)} ${node.text}" is a heading inside a question's feedback or what happens next: screen-reader users moving by headings would land in the middle of the question, as if a new section began.`, `Write it as a sentence, or in bold: **${node.text}**.`);
          break;
        }
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

/** An image must be a file of content/images/, of a type browsers show, within the budget. */
function checkImage(href: string, add: (code: 'ImageNotFound' | 'ImageFormat' | 'ImageTooLarge', message: string, fix: string) => void, images: Map<string, ImageFile>): void {
  const name = href.split('/').pop()!;
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  if (!/^images\/[^/]+$/.test(href)) {
    add('ImageNotFound', `The image "${href}" is not in content/images/, so it would not be in the package.`, `Put the file in content/images/ and write its address as "images/${name}".`);
  } else if (!(IMAGE_TYPES as readonly string[]).includes(ext)) {
    add('ImageFormat', `"${href}" is not a kind of picture the unit shows; it takes ${IMAGE_TYPES.map((t) => `.${t}`).join(', ')} files.`, 'Save it as SVG (drawings and diagrams), PNG (screenshots) or JPEG or WebP (photos).');
  } else {
    const image = images.get(href);
    const near = closest(href, [...images.keys()]);
    if (!image) add('ImageNotFound', `There is no file content/${href}.`, near ? `Did you mean "${near}"? Check the file's name in content/images/ (capitals count).` : 'Add the file to content/images/, or correct its name here (capitals count).');
    else if (image.bytes > IMAGE_BUDGET_BYTES) add('ImageTooLarge', `content/${href} is ${Math.ceil(image.bytes / 1024)} KB; a picture may be at most ${IMAGE_BUDGET_BYTES / 1024} KB, because the unit plays in an LMS frame on phones, often on mobile data.`, 'Make it smaller: crop it, scale it to at most 1,200 px wide, save photos as JPEG or WebP at about 75% quality, and run SVG files through an optimiser.');
    else if (!image.size) add('ImageFormat', `content/${href} could not be read as a .${ext} file, so its size is unknown.`, 'Open it in an image editor and save it again as SVG, PNG, JPEG or WebP.');
  }
}
