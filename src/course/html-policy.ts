/**
 * The raw-HTML policy: lessons are Markdown and blocks only. The unit runs under a strict
 * Content-Security-Policy (no inline scripts, styles or event handlers, nothing from other
 * hosts), so some HTML would be blocked in the LMS without a word, or, like <style>, work in
 * one place and not another. Telling harmless tags from harmful ones is a game designers
 * should not have to play: the one honest rule is no HTML at all.
 * HTML comments are the exception: they are notes between colleagues and do nothing.
 */
export function rawHtmlProblem(html: string): { message: string; fix: string } | null {
  if (/^<!--[\s\S]*-->$/.test(html.trim())) return null;
  const tag = /^<\/?\s*([a-zA-Z][\w-]*)/.exec(html.trim())?.[1]?.toLowerCase();
  const shown = tag ? `<${tag}>` : html.trim().split('\n')[0].slice(0, 40);
  const handler = /\son[a-z]+\s*=/i.exec(html)?.[0].replace(/=$/, '').trim();
  const blocked =
    tag === 'script'
      ? 'a script, which the unit\'s security policy blocks in the LMS without a word'
      : tag === 'style'
        ? 'a style sheet, which the unit\'s security policy drops in the LMS (it seems to work in some previews)'
        : tag === 'iframe' || tag === 'object' || tag === 'embed'
          ? 'an embedded page, which the unit\'s security policy blocks in the LMS'
          : handler
            ? `an event handler (${handler}), which the unit's security policy blocks in the LMS`
            : null;
  const fix = 'Remove it and use Markdown (## headings, **bold**, *italic*, lists, > quotes, [links](lesson:id)) or a block (see "Blocks" in content/README.md). To leave a note for colleagues, use an HTML comment: <!-- like this -->.';
  if (blocked) return { message: `${shown} is raw HTML: ${blocked}. Lessons can't contain HTML.`, fix };
  if (tag === 'br') {
    return {
      message: '<br> is raw HTML. Lessons are written in Markdown only, with no HTML tags.',
      fix: 'For a line break inside a paragraph, end the line with a backslash (\\). For a new paragraph, leave an empty line.',
    };
  }
  return {
    message: `${shown} is raw HTML. Lessons are written in Markdown only, with no HTML tags: some (scripts, styles, event handlers) would be blocked in the LMS without a word, so the check refuses them all.`,
    fix,
  };
}
