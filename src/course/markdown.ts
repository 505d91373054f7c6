import { Marked, type Token, type Tokens } from 'marked';

/**
 * Markdown to HTML, at build time only. Links written as `[text](lesson:some-id)` become
 * in-unit navigation; links to the web open in a new tab and say so to screen readers.
 */
const marked = new Marked({ gfm: true, async: false });

marked.use({
  renderer: {
    link(this: { parser: { parseInline(tokens: Token[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const title = token.title ? ` title="${escapeAttr(token.title)}"` : '';
      if (token.href.startsWith('lesson:')) {
        const id = token.href.slice('lesson:'.length);
        return `<a href="#lesson-${escapeAttr(id)}" data-lesson="${escapeAttr(id)}"${title}>${text}</a>`;
      }
      if (/^https?:/.test(token.href)) {
        return `<a href="${escapeAttr(token.href)}"${title} target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> (opens in a new tab)</span></a>`;
      }
      return `<a href="${escapeAttr(token.href)}"${title}>${text}</a>`;
    },
  },
});

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

export interface FoundToken {
  kind: 'lesson-link' | 'image-without-alt' | 'heading-1';
  /** What to look for in the source lines to place the error. */
  needle: string;
  value: string;
}

/** Walks a prose segment for things the compiler checks: lesson links, images, headings. */
export function inspect(markdown: string): FoundToken[] {
  const found: FoundToken[] = [];
  const tokens = marked.lexer(markdown);
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'link' && token.href.startsWith('lesson:')) {
      found.push({ kind: 'lesson-link', needle: token.href, value: token.href.slice('lesson:'.length) });
    } else if (token.type === 'image' && !token.text.trim()) {
      found.push({ kind: 'image-without-alt', needle: token.raw, value: token.href });
    } else if (token.type === 'heading' && token.depth === 1) {
      found.push({ kind: 'heading-1', needle: token.raw.split('\n')[0], value: token.text });
    }
  });
  return found;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
