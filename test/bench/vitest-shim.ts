// A stand-in for vitest's `expect` when the e2e learner runs outside vitest (npm run bench).
// Only what the learner uses, plus a few common matchers: expect(value).matcher(...) and
// expect.poll(fn, { timeout, interval }).matcher(...) / .not.matcher(...), which retries
// until the matcher passes or the timeout ends (then throws, like vitest).

type Matcher = (actual: unknown, expected?: unknown) => boolean;

const MATCHERS: Record<string, Matcher> = {
  toBe: (a, e) => Object.is(a, e),
  toEqual: (a, e) => JSON.stringify(a) === JSON.stringify(e),
  toStrictEqual: (a, e) => JSON.stringify(a) === JSON.stringify(e),
  toBeGreaterThan: (a, e) => (a as number) > (e as number),
  toBeGreaterThanOrEqual: (a, e) => (a as number) >= (e as number),
  toBeLessThan: (a, e) => (a as number) < (e as number),
  toBeLessThanOrEqual: (a, e) => (a as number) <= (e as number),
  toContain: (a, e) => (typeof a === 'string' ? a.includes(e as string) : Array.isArray(a) && a.includes(e)),
  toMatch: (a, e) => (e instanceof RegExp ? e.test(String(a)) : String(a).includes(String(e))),
  toBeTruthy: (a) => Boolean(a),
  toBeFalsy: (a) => !a,
  toBeDefined: (a) => a !== undefined,
  toBeUndefined: (a) => a === undefined,
  toBeNull: (a) => a === null,
};

type Assertions<R> = { [K in keyof typeof MATCHERS]: (expected?: unknown) => R } & { not: { [K in keyof typeof MATCHERS]: (expected?: unknown) => R } };

function describe(name: string, negate: boolean, actual: unknown, expected: unknown): string {
  return `expected ${JSON.stringify(actual)} ${negate ? 'not ' : ''}${name} ${JSON.stringify(expected)}`;
}

function syncAssertions(actual: unknown): Assertions<void> {
  const build = (negate: boolean) =>
    Object.fromEntries(
      Object.entries(MATCHERS).map(([name, m]) => [
        name,
        (expected?: unknown) => {
          if (m(actual, expected) === negate) throw new Error(describe(name, negate, actual, expected));
        },
      ]),
    );
  return { ...build(false), not: build(true) } as Assertions<void>;
}

function pollAssertions(fn: () => unknown, opts: { timeout?: number; interval?: number } = {}): Assertions<Promise<void>> {
  const timeout = opts.timeout ?? 5000;
  const interval = opts.interval ?? 50;
  const build = (negate: boolean) =>
    Object.fromEntries(
      Object.entries(MATCHERS).map(([name, m]) => [
        name,
        async (expected?: unknown) => {
          const end = Date.now() + timeout;
          let last: unknown;
          for (;;) {
            try {
              last = await fn();
              if (m(last, expected) !== negate) return;
            } catch (e) {
              last = e instanceof Error ? e.message : e;
            }
            if (Date.now() > end) throw new Error(`expect.poll timed out after ${timeout} ms: ${describe(name, negate, last, expected)}`);
            await new Promise((r) => setTimeout(r, interval));
          }
        },
      ]),
    );
  return { ...build(false), not: build(true) } as Assertions<Promise<void>>;
}

export const expect = Object.assign((actual: unknown) => syncAssertions(actual), { poll: pollAssertions });
