/**
 * The raw-HTML policy: lessons are Markdown and blocks only. The unit runs under a strict
 * Content-Security-Policy (no inline scripts, styles or event handlers, nothing from other
 * hosts), so HTML in a lesson would be blocked in the LMS without a word, or, like <style>,
 * work in one place and not another. Refusing it at build time is the one honest rule.
 * HTML comments are the exception: they are notes between colleagues and do nothing.
 */
export function rawHtmlProblem(html: string): { message: string; fix: string } | null {
  if (/^<!--[\s\S]*-->$/.test(html.trim())) return null;
  const tag = /^<\/?\s*([a-zA-Z][\w-]*)/.exec(html.trim())?.[1]?.toLowerCase();
  const shown = tag ? `<${tag}>` : html.trim().split('\n')[0].slice(0, 40);
  const handler = /\son[a-z]+\s*=/i.exec(html)?.[0].trim();
  const what = tag === 'script'
    ? 'a script'
    : tag === 'style'
      ? 'a style sheet (it would work in the preview and be dropped in the LMS)'
      : tag === 'iframe' || tag === 'object' || tag === 'embed'
        ? 'an embedded page'
        : handler
          ? `an event handler (${handler.replace(/=$/, '')})`
          : 'an HTML tag';
  return {
    message: `${shown} is raw HTML: ${what}. Lessons can't contain HTML; the unit's security policy would block it.`,
    fix: 'Remove it and use Markdown (## headings, **bold**, *italic*, lists, > quotes, [links](lesson:id)) or a block (see "Blocks" in content/README.md). To leave a note for colleagues, use an HTML comment: <!-- like this -->.',
  };
}
