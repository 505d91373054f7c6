/**
 * The unit's Content-Security-Policy, one for the zip and the preview (`npm start`), so that
 * what works in the preview works in the LMS. The preview adds only what Vite's own dev
 * client needs, never anything a lesson could use:
 * - a nonce on style-src, carried by the style tags Vite injects for src/styles.css (a lesson's
 *   inline <style> has no nonce and is blocked, as in the zip; the check refuses it anyway);
 * - ws: on connect-src, for the socket that reloads the page on save.
 *
 * `inline`: the hash sources of the built page's own inline styles and starter script
 * (src/course/first-screen.ts), which a lesson cannot change.
 */
export function contentSecurityPolicy(dev: { nonce: string } | null = null, inline: { styles: string[]; scripts: string[] } = { styles: [], scripts: [] }): string {
  const styleHashes = inline.styles;
  return [
    "default-src 'none'",
    `script-src 'self'${inline.scripts.map((h) => ` ${h}`).join('')}`,
    `style-src 'self'${dev ? ` 'nonce-${dev.nonce}'` : ''}${styleHashes.map((h) => ` ${h}`).join('')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
