// "Our own words": no file in content/ may share 8 or more consecutive words with a seed text
// in /work/shared/seeds (../shared/seeds beside the clone) unless those words are quoted.
//
// Quoted means: inside “…” or "…" quotation marks, or in a Markdown blockquote (a line starting
// with ">" at the margin, not a choice's indented feedback) that carries a citation such as
// "(Dutton, 2003)". The four week titles of the 26-week challenge ("Week 18: …") are the
// challenge's own wording and are kept verbatim on purpose (see content/README.md). An entry of
// the reference list ("Dutton, J. E. (2003). *Title*. Publisher.") names a work: it is a citation,
// not prose, so a book's full title there is fine.
// Case, punctuation, hyphens and apostrophes are ignored when comparing.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT } from './helpers/content';

export const SEEDS_DIR = resolve(ROOT, '../shared/seeds');
const N = 8;

export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘'`]/g, '').match(/[a-z0-9]+/g) ?? [];
}

interface Token {
  word: string;
  line: number;
  /** Quoted (or otherwise allowed) words never count towards a shared run. */
  allowed: boolean;
}

const CITATION = /\([^()]*(\d{4}|n\.d\.)[^()]*\)|[—–-]\s*[A-Z][\w.]+.*(\d{4}|n\.d\.)/;

/** The words of one content file, each with its line and whether it is quoted. Runs break at blank lines and block fences. */
export function tokenize(text: string, exemptPhrases: string[][] = []): Token[][] {
  const lines = text.split(/\r?\n/);
  const runs: Token[][] = [[]];
  const cut = () => {
    if (runs[runs.length - 1].length) runs.push([]);
  };
  let inFrontMatter = false;
  let inCurly = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (i === 0 && line.trim() === '---') {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (line.trim() === '---') {
        inFrontMatter = false;
        cut();
        continue;
      }
      // YAML quoting is syntax, not a quotation: `title: "..."` counts as the designer's words.
      line = line.replace(/^(\s*[\w-]+:\s*)"(.*)"\s*$/, '$1$2');
    }
    if (line.trim() === '' || /^\s*:::/.test(line)) {
      // A block's own option syntax (label="...") is not a quotation either.
      const label = /label="([^"]*)"/.exec(line);
      cut();
      if (label) for (const w of words(label[1])) runs[runs.length - 1].push({ word: w, line: i + 1, allowed: false });
      cut();
      continue;
    }
    // An entry of a reference list names a work (its title may be long); it is not prose.
    if (/^[A-Z][A-Za-z' -]{0,40}(, (?:[A-Z]\. ?)+|\.) ?\((\d{4}|n\.d\.)\)\./.test(line)) {
      cut();
      continue;
    }
    // A blockquote at the margin counts as quoted when it (or the quote it belongs to) carries a citation.
    if (/^>/.test(line)) {
      let end = i;
      while (end + 1 < lines.length && /^>/.test(lines[end + 1])) end++;
      let start = i;
      while (start - 1 >= 0 && /^>/.test(lines[start - 1])) start--;
      const cited = CITATION.test(lines.slice(start, end + 1).join(' '));
      if (cited) {
        cut();
        continue;
      }
    }
    // Split the line into quoted and unquoted stretches.
    let buf = '';
    const flush = (quoted: boolean) => {
      for (const w of words(buf)) runs[runs.length - 1].push({ word: w, line: i + 1, allowed: quoted });
      buf = '';
    };
    let inStraight = false;
    for (const ch of line) {
      if (ch === '“' && !inCurly) {
        flush(false);
        inCurly = true;
        cut();
      } else if (ch === '”' && inCurly) {
        flush(true);
        inCurly = false;
        cut();
      } else if (ch === '"' && !inCurly) {
        flush(inStraight);
        inStraight = !inStraight;
        cut();
      } else buf += ch;
    }
    flush(inCurly || inStraight);
  }
  const out = runs.filter((r) => r.length);
  // The challenge's own week titles stay verbatim.
  for (const run of out) {
    for (const phrase of exemptPhrases) {
      for (let s = 0; s + phrase.length <= run.length; s++) {
        if (phrase.every((w, k) => run[s + k].word === w)) for (let k = 0; k < phrase.length; k++) run[s + k].allowed = true;
      }
    }
  }
  return out;
}

export interface Overlap {
  file: string;
  line: number;
  words: string;
}

export function seedGrams(seedTexts: string[]): Set<string> {
  const grams = new Set<string>();
  for (const text of seedTexts) {
    const w = words(text);
    for (let s = 0; s + N <= w.length; s++) grams.add(w.slice(s, s + N).join(' '));
  }
  return grams;
}

/** Every maximal stretch of unquoted words in `text` that shares 8+ consecutive words with a seed. */
export function overlaps(file: string, text: string, grams: Set<string>, exemptPhrases: string[][] = []): Overlap[] {
  const found: Overlap[] = [];
  for (const run of tokenize(text, exemptPhrases)) {
    let s = 0;
    while (s + N <= run.length) {
      const slice = run.slice(s, s + N);
      if (slice.some((t) => t.allowed) || !grams.has(slice.map((t) => t.word).join(' '))) {
        s++;
        continue;
      }
      // Extend to the longest shared stretch.
      let e = s + N;
      while (e < run.length && !run[e].allowed && grams.has(run.slice(e - N + 1, e + 1).map((t) => t.word).join(' '))) e++;
      found.push({ file, line: run[s].line, words: run.slice(s, e).map((t) => t.word).join(' ') });
      s = e;
    }
  }
  return found;
}

function contentFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...contentFiles(path));
    else if (/\.(md|ya?ml)$/.test(name)) out.push(path);
  }
  return out;
}

function loadSeeds(): { name: string; text: string }[] {
  if (!existsSync(SEEDS_DIR)) {
    throw new Error(
      `The seed texts are missing: expected them in ${SEEDS_DIR} (../shared/seeds beside the clone). ` +
        'This test compares every file in content/ with them, so it cannot pass without them. Put the shared folder back beside the clone.',
    );
  }
  const seeds = readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
  if (seeds.length === 0) throw new Error(`${SEEDS_DIR} holds no seed .txt files.`);
  return seeds;
}

/** The challenge's week titles, as the module page gives them ("Week 18: Create list of …"). */
function weekTitles(seeds: { text: string }[]): string[][] {
  return seeds.flatMap((s) => [...s.text.matchAll(/^\s*Week \d+:\s*(.+)$/gm)].map((m) => words(m[1])));
}

describe('content/ is written in our own words', () => {
  it('the seed texts are there to compare with', () => {
    const seeds = loadSeeds();
    expect(seeds.length).toBeGreaterThanOrEqual(3);
  });

  it('no content file shares 8 or more consecutive words with a seed outside quotation marks', () => {
    const seeds = loadSeeds();
    const grams = seedGrams(seeds.map((s) => s.text));
    const exempt = weekTitles(seeds);
    expect(exempt.length).toBe(4);
    const found = contentFiles(join(ROOT, 'content')).flatMap((path) => overlaps(relative(ROOT, path), readFileSync(path, 'utf8'), grams, exempt));
    const report = found.map((o) => `${o.file}:${o.line} shares with a seed: "${o.words}"`).join('\n');
    expect(found, `Rewrite these in your own words, or quote them briefly in quotation marks with the source named:\n${report}`).toEqual([]);
  });
});

describe('the 8-word check itself', () => {
  const grams = seedGrams(['The quick brown fox jumps over the lazy dog near the river bank today.']);

  it('catches a copied run whatever the case and punctuation', () => {
    const found = overlaps('x.md', 'Intro.\n\nThe Quick, brown fox — jumps over the lazy dog near here.\n', grams);
    expect(found).toEqual([{ file: 'x.md', line: 3, words: 'the quick brown fox jumps over the lazy dog near' }]);
  });

  it('lets seven shared words through', () => {
    expect(overlaps('x.md', 'A quick brown fox jumps over the lazy cat.', grams)).toEqual([]);
  });

  it('accepts the same words in curly or straight quotation marks', () => {
    expect(overlaps('x.md', 'As the seed says, “the quick brown fox jumps over the lazy dog” (Seed, 2020).', grams)).toEqual([]);
    expect(overlaps('x.md', 'As the seed says, "the quick brown fox jumps over the lazy dog" (Seed, 2020).', grams)).toEqual([]);
  });

  it('accepts a blockquote only when it carries a citation, and never a choice feedback line', () => {
    expect(overlaps('x.md', '> The quick brown fox jumps over the lazy dog.\n> (Seed, 2020)\n', grams)).toEqual([]);
    expect(overlaps('x.md', '> The quick brown fox jumps over the lazy dog.\n', grams)).toHaveLength(1);
    expect(overlaps('x.md', '- opt: A\n  > The quick brown fox jumps over the lazy dog (Seed, 2020).\n', grams)).toHaveLength(1);
  });

  it('accepts an entry of a reference list, which names a work rather than saying something', () => {
    expect(overlaps('x.md', 'Seed, A. (2020). *The quick brown fox jumps over the lazy dog*. Press.\n', grams)).toEqual([]);
    expect(overlaps('x.md', 'Seed wrote that the quick brown fox jumps over the lazy dog (2020).\n', grams)).toHaveLength(1);
  });

  it('does not treat YAML or block-option quoting as a quotation', () => {
    expect(overlaps('x.md', '---\ntitle: "The quick brown fox jumps over the lazy dog"\n---\n', grams)).toHaveLength(1);
    expect(overlaps('x.md', '::: reflection r label="The quick brown fox jumps over the lazy dog"\nWrite.\n:::\n', grams)).toHaveLength(1);
  });
});
