/**
 * Escapes text for HTML or XML, in element content and in quoted attribute values alike:
 * the one escape for the build's generated markup (manifests, the setup sheet, the compiled
 * lessons). `'` becomes `&#39;`, which HTML 4, HTML5 and XML all read.
 */
export function escapeMarkup(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
