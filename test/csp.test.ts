// The preview (`npm start`) runs under the zip's Content-Security-Policy, so that a lesson
// that works in the preview works in the LMS: the preview adds only a nonce for the styles
// Vite injects and the reload socket, nothing a lesson could use.
import { beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/course/csp';

describe('the preview and the zip share one Content-Security-Policy', () => {
  // Built inside each test (not when the file is collected), so that mutation testing knows
  // which tests cover the policy and runs them against each change to it.
  let zip = '';
  let preview = '';
  beforeEach(() => {
    zip = contentSecurityPolicy();
    preview = contentSecurityPolicy({ nonce: 'abc123' });
  });

  it('is the zip\'s policy plus the dev nonce and socket only', () => {
    const withoutDevOnly = preview.replace(" 'nonce-abc123'", '').replace(' ws: wss:', '');
    expect(withoutDevOnly).toBe(zip);
  });

  it('allows no inline style or script in either, so a lesson\'s <style> fails in both', () => {
    for (const policy of [zip, preview]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(policy).toContain("script-src 'self';");
    }
  });

  it('the zip\'s policy, directive by directive: nothing from elsewhere, pictures from the package or data: only', () => {
    const directives = Object.fromEntries(zip.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'object-src': "'none'",
    });
    expect(preview).toContain("style-src 'self' 'nonce-abc123';");
    expect(preview).toContain("connect-src 'self' ws: wss:;");
  });

  it("the built page's policy adds the hashes of its own inline styles and starter, and nothing else", () => {
    const built = contentSecurityPolicy(null, { styles: ["'sha256-AAA='", "'sha256-BBB='"], scripts: ["'sha256-CCC='", "'sha256-DDD='"] });
    const directives = Object.fromEntries(built.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives['style-src']).toBe("'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(directives['script-src']).toBe("'self' 'sha256-CCC=' 'sha256-DDD='");
    expect(built.replace(" 'sha256-AAA=' 'sha256-BBB='", '').replace(" 'sha256-CCC=' 'sha256-DDD='", '')).toBe(zip);
  });
});
