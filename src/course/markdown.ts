import { Marked, type Token, type Tokens } from 'marked';
import { escapeMarkup } from '../markup.ts';

/**
 * Markdown to HTML, at build time only. Links written as `[text](lesson:some-id)` become
 * in-unit navigation; links to the web open in a new tab and say so to screen readers.
 */
const marked = new Marked({ gfm: true, async: false });

marked.use({
  renderer: {
    link(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const title = token.title ? ` title="${escapeMarkup(token.title)}"` : '';
      // As links.ts checks it: spaces kept inside <…> are not part of the address, and a web
      // address in capitals (HTTPS://) opens in a new tab like any other.
      const href = token.href.trim();
      if (href.startsWith('lesson:')) {
        return lessonLink(href.slice('lesson:'.length), text, title);
      }
      if (/^https?:/i.test(href)) {
        return `<a href="${escapeMarkup(href)}"${title} target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> (opens in a new tab)</span></a>`;
      }
      return `<a href="${escapeMarkup(href)}"${title}>${text}</a>`;
    },
    // Pictures load after the first screen; "decorative" as the alt text means alt="" (the
    // check has already refused a missing one). Width and height are added by the compiler.
    image(token: Tokens.Image) {
      const alt = token.text.trim().toLowerCase() === 'decorative' ? '' : token.text;
      return `<img src="${escapeMarkup(token.href)}" alt="${escapeMarkup(alt)}" loading="lazy" decoding="async">`;
    },
    // Raw HTML never reaches learners: the check refuses tags (html-policy.ts), and comments,
    // the designers' notes to each other, stay out of the package.
    html() {
      return '';
    },
  },
});

/** In-unit navigation to a lesson; `textHtml` is already HTML. */
export function lessonLink(id: string, textHtml: string, titleAttr = ''): string {
  return `<a href="#lesson-${escapeMarkup(id)}" data-lesson="${escapeMarkup(id)}"${titleAttr}>${textHtml}</a>`;
}


export function renderBlock(markdown: string): string {
  return (marked.parse(markdown) as string).trim();
}

export function renderInline(markdown: string): string {
  return (marked.parseInline(markdown.trim()) as string).trim();
}

/** Plain text for the LMS report and the learner's plan. */
export function toPlainText(html: string): string {
  return html
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Something in a Markdown segment that the compiler checks, with its exact offset. */
export interface MarkdownNode {
  kind: 'link' | 'image' | 'html' | 'heading';
  /** Offset in the segment's text: the href for links, the first character otherwise. */
  offset: number;
  /** Link or image target; empty for the others. */
  href: string;
  /** Link text, image alt text, heading text, or the HTML as written. */
  text: string;
  /** Heading level (1 to 6); 0 for the others. */
  depth: number;
}

/**
 * Finds links, images, raw HTML and headings with their offsets. marked's tokens carry no
 * positions, so each token's own text is searched for from just after the previous find:
 * tokens come in document order, so a second identical link is placed at its own line, not
 * at the first one's.
 */
export function findNodes(markdown: string): MarkdownNode[] {
  const found: MarkdownNode[] = [];
  let cursor = 0;
  const place = (...needles: string[]): number => {
    for (const needle of needles) {
      const at = needle ? markdown.indexOf(needle, cursor) : -1;
      if (at !== -1) {
        cursor = at + 1;
        return at;
      }
    }
    return cursor;
  };
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'link') {
      const start = place(token.raw, token.href);
      const inRaw = markdown.startsWith(token.raw, start) ? token.raw.lastIndexOf(token.href) : -1;
      found.push({ kind: 'link', offset: inRaw > 0 ? start + inRaw : start, href: token.href, text: token.text, depth: 0 });
    } else if (token.type === 'image') {
      found.push({ kind: 'image', offset: place(token.raw, token.href), href: token.href, text: token.text, depth: 0 });
    } else if (token.type === 'html') {
      const raw = token.raw.trim();
      found.push({ kind: 'html', offset: place(raw), href: '', text: raw, depth: 0 });
    } else if (token.type === 'heading') {
      found.push({ kind: 'heading', offset: place(token.raw.trim().split('\n')[0]), href: '', text: token.text, depth: token.depth });
    }
  });
  return found;
}
