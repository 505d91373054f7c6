// The facts of content/ as the seeds give them (see /work/shared/seeds/README.md), the seed's
// order on both paths, the citation style of content/README.md, and scenario questions whose
// best answer cannot be guessed from its place or its length.
import { describe, expect, it } from 'vitest';
import { sequence } from '../src/flow/progress';
import { planMarkdown, planOf } from '../src/components/plan/plan-export';
import type { ChoiceBlock } from '../src/course/types';
import { realCourse, realSources } from './helpers/content';

const course = realCourse();
const sources = realSources();

/** The Markdown of a lesson by id. */
function source(id: string): string {
  const s = sources.find((f) => new RegExp(`^id: ${id}$`, 'm').test(f.text));
  if (!s) throw new Error(`no lesson ${id}`);
  return s.text;
}
const lessonFiles = sources.filter((s) => s.path.startsWith('content/lessons/'));
const allText = sources.map((s) => s.text).join('\n');

/** Plain text of what a learner on this path reads, lesson by lesson in path order. */
function pathText(path: 'full' | 'quick'): string {
  return sequence(course, path)
    .map((l) => `${l.title}\n${source(l.id)}`)
    .join('\n')
    .replace(/\s+/g, ' ');
}

describe('facts as the seeds give them', () => {
  it('lesson 80: no executive perks that employees lack, and employee perks that executives lack also matter', () => {
    const text = source('for-team-leaders');
    expect(text).not.toMatch(/other way round/i);
    expect(text).toMatch(/do not give executives perks that employees lack/);
    expect(text).toMatch(/giving employees perks that executives lack also matters/);
  });

  it('lesson 30: the temp has no gender (only the boss is "he")', () => {
    const story = source('scenario-temp').replace(/^---[\s\S]*?---/, '').split('## Think it through')[0];
    expect(story).not.toMatch(/\b(a man|a woman|him|himself|she|her|hers|herself)\b/i);
    expect(source('scenario-temp')).not.toMatch(/\b(she|her|herself|a man|a woman)\b/i);
    expect(source('scenario-temp')).not.toMatch(/treated him/);
  });

  it('lesson 40: some organisations assign an advocate (not "good organisations give")', () => {
    expect(allText).not.toMatch(/good organisations give/i);
    expect(source('scenario-new-hire')).toMatch(/some organisations do on purpose when they assign a newcomer an advocate/);
    expect(source('for-team-leaders')).toMatch(/Some organisations give each newcomer an \*\*advocate\*\*/);
  });

  it('"Determining Direction" is an example of another unit, never "the next unit"', () => {
    expect(allText).not.toMatch(/the next unit/i);
    for (const s of sources) {
      for (const line of s.text.split('\n')) {
        if (line.includes('Determining Direction') && !/^\s*title:/.test(line)) {
          expect(line, `${s.path}: ${line}`).toMatch(/such as|for example|could take|another unit/i);
        }
      }
    }
    expect(course.nextUnit.description).toMatch(/could take/);
  });

  it('says nothing the seeds do not source about unadvertised jobs', () => {
    expect(allText).not.toMatch(/never advertised|not advertised|unadvertised/i);
  });

  it('keeps the seed outcome as written, with measurable objectives', () => {
    const text = source('learning-outcome');
    expect(text).toContain('“Explore how to build meaningful, long term community/professional relationships.”');
    const objectives = text.split('## What you will be able to do')[1].split('##')[0].match(/^\d\. \*\*(\w+)\*\*/gm) ?? [];
    expect(objectives.length).toBeGreaterThanOrEqual(3);
    expect(objectives.length).toBeLessThanOrEqual(4);
  });

  it('the path screen offers no choice in words that its buttons do not offer', () => {
    const text = source('your-path');
    expect(text).not.toMatch(/Both paths are fine|Pick the one/i);
    // The app states the count of Yes/No answers above the outcome: the outcome does not repeat it.
    expect(text).not.toMatch(/You answered (No|Yes)/);
    expect(text).toMatch(/advice/i);
  });

  it('says plainly what the teacher can see and what is not reported', () => {
    const text = source('is-this-for-you');
    expect(text).not.toMatch(/Nobody grades/);
    expect(text).toMatch(/Your teacher or course administrator can see/);
    expect(text).toMatch(/not reported as answers/);
  });

  it('shows "This lesson is optional" once: the app says it, the lesson does not', () => {
    expect(source('for-team-leaders').replace(/^---[\s\S]*?---/, '')).not.toMatch(/It is optional|This lesson is optional/);
  });
});

describe('the seed order, on both paths', () => {
  // The module page (002) in its own order: intention, questions, rule, outcome, introduction,
  // the two scenarios, weeks 18-21, the Brené Brown quotation, then the activity.
  const markers: [string, RegExp][] = [
    ['intention', /long-term professional relationships/],
    ['gating rule', /No\*\* to even one question/],
    ['first question', /Do you have high-quality connections\?/],
    ['last question', /build your community\?/],
    ['outcome', /“Explore how to build meaningful, long term community\/professional relationships\.”/],
    ['HQC definition (Dutton, 2003)', /“mutual positive regard, trust, and active engagement on both sides” \(Dutton, 2003/],
    ['lasting relationships, willing to help', /lasting professional relationships.{0,60}willing to help each other/],
    ['network: senior leaders and peers', /senior leaders.{0,40}peers in roles that interest you/],
    ['long-term, intentional practice', /long-term and intentional/],
    ['know, like and trust: hidden job market', /know, like and trust.{0,40}core of the hidden job market/],
    ['two scenarios', /(two scenarios|two real first days)/i],
    ['week 18', /Week 18:\*\* Create list of targeted open-ended questions/],
    ['week 19', /Week 19:\*\* Use questions and listen without mentally preparing a reply/],
    ['week 20', /Week 20:\*\* Reflect on conversations for key points/],
    ['week 21', /Week 21:\*\* Follow-up with new contacts with a personal note/],
    ['Brené Brown (TED, 2010)', /As Brené Brown says, “Connection is why we’re here\.\.\. It’s what gives purpose and meaning to our lives” \(TED, 2010\)/],
    ['the activity', /Developing High Quality Connections/],
  ];

  for (const path of ['full', 'quick'] as const) {
    it(`a learner on the ${path} path meets every fact of the module page, in its order`, () => {
      const text = pathText(path);
      let at = 0;
      for (const [name, re] of markers) {
        const rest = text.slice(at);
        const m = re.exec(rest);
        expect(m, `${path} path: "${name}" is missing after the previous fact`).not.toBeNull();
        at += m!.index + m![0].length;
      }
    });
  }

  it('the Brené Brown quotation comes before the activity (not in the closing)', () => {
    expect(source('closing')).not.toMatch(/Brené Brown/);
    const full = sequence(course, 'full').map((l) => l.id);
    expect(full.indexOf('challenge-weeks')).toBeLessThan(full.indexOf('developing-connections'));
  });
});

describe('citations', () => {
  const references = source('references');

  it('every in-text citation has its entry in the references', () => {
    const cited = new Set<string>();
    for (const s of lessonFiles) {
      for (const m of s.text.matchAll(/\(([A-Z][A-Za-z ]+?), (\d{4}|n\.d\.)/g)) cited.add(`${m[1]} (${m[2]})`);
      for (const m of s.text.matchAll(/as cited in ([A-Z][A-Za-z ]+?), (\d{4}|n\.d\.)/g)) cited.add(`${m[1]} (${m[2]})`);
    }
    expect([...cited].sort()).toEqual(['Dutton (2003)', 'Nonprofit Quarterly (n.d.)', 'Spressart (n.d.)', 'TED (2010)']);
    for (const c of cited) {
      const [author, year] = c.split(' (');
      expect(references, `no reference entry for ${c}`).toMatch(new RegExp(`^${author}[^\\n]*\\(${year.replace(/[.)]/g, '\\$&')}`, 'm'));
    }
  });

  it('Dutton is quoted only through the NPQ article, "as cited in" it, with no page numbers', () => {
    expect(allText).not.toMatch(/\bpp?\. \d/);
    for (const s of lessonFiles) {
      for (const m of s.text.matchAll(/\(Dutton, 2003[^)]*\)/g)) expect(m[0], s.path).toBe('(Dutton, 2003, as cited in Nonprofit Quarterly, n.d.)');
      expect(s.text, s.path).not.toMatch(/Dutton \(2003\)/);
    }
  });

  it('every quotation from a source names it in the same paragraph', () => {
    for (const s of lessonFiles) {
      if (s.path.endsWith('95-references.md')) continue;
      // A quotation cited once may be repeated later in the same lesson (a question recalls the story).
      const citedHere = new Set<string>();
      for (const para of s.text.split(/\n\s*\n/)) {
        // Quotations of six or more words are quotations of a source, not scare quotes or examples.
        const long = [...para.matchAll(/“([^”]+)”/g)].filter((m) => m[1].split(/\s+/).length >= 6 && !/^(What|How|Thanks|Yes|So)\b/.test(m[1]));
        const ours = long.filter((m) => !course.lessons.some((l) => l.blocks.some((b) => b.type === 'choice' && b.options.some((o) => m[1].startsWith(o.text.replace(/\.$/, ''))))));
        const isLearnerExample = (q: string) => /^(I'd|I’d|I've|Thanks)/.test(q) || /\?$/.test(q);
        for (const m of ours.filter((q) => !isLearnerExample(q[1]))) {
          const words = m[1].replace(/[.,]$/, '');
          if ([...citedHere].some((c) => c.includes(words))) continue;
          citedHere.add(words);
          expect(para, `${s.path}: “${m[1]}” has no source named`).toMatch(/\((Dutton|Nonprofit Quarterly|Spressart|TED|as cited in)[^)]*\)|module|“Determining Direction”|26-week challenge/);
        }
      }
    }
  });
});

describe('scenario questions teach, and their best answer cannot be guessed', () => {
  const choices = course.lessons.flatMap((l) => l.blocks).filter((b): b is ChoiceBlock => b.type === 'choice');
  const scored = choices.filter((c) => c.options.some((o) => o.correct));
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&[a-z]+;|&#\d+;/g, ' ');

  it('the best answer is first in at most a third of the questions, and in every place somewhere', () => {
    const places = scored.map((c) => c.options.findIndex((o) => o.correct));
    expect(places.filter((p) => p === 0).length).toBeLessThanOrEqual(Math.ceil(scored.length / 3));
    expect(new Set(places)).toEqual(new Set([0, 1, 2]));
  });

  it('options are of similar length, and the best one is rarely the longest', () => {
    // Options that are sentences (the scenarios), not the names of the three indicators.
    for (const c of scored.filter((c) => c.options.every((o) => o.text.split(/\s+/).length >= 5))) {
      const lengths = c.options.map((o) => o.text.length);
      expect(Math.max(...lengths) / Math.min(...lengths), `${c.id}: ${lengths.join(', ')}`).toBeLessThanOrEqual(1.5);
    }
    const longest = scored.filter((c) => {
      const best = c.options.find((o) => o.correct)!.text.length;
      return c.options.every((o) => o.correct || o.text.length < best);
    });
    expect(longest.length, longest.map((c) => c.id).join(', ')).toBeLessThanOrEqual(Math.floor(scored.length / 2));
  });

  it('feedback on every other option names the best answer', () => {
    for (const c of scored) {
      const best = c.options.find((o) => o.correct)!.text.replace(/\.$/, '').toLowerCase();
      for (const o of c.options.filter((o) => !o.correct)) expect(text(o.feedback).toLowerCase(), `${o.id}`).toContain(best);
    }
  });
});

describe('the activity: key points and follow-up note may wait for the conversations', () => {
  const blocks = course.lessons.flatMap((l) => l.blocks);
  const reflection = (id: string) => blocks.find((b) => b.type === 'reflection' && b.id === id) as { required: boolean; text: string } | undefined;

  it('the two prompts that need a conversation are optional, and say so', () => {
    for (const id of ['act-key-points', 'act-follow-up-note']) {
      expect(reflection(id)!.required, id).toBe(false);
      expect(reflection(id)!.text, id).toMatch(/^Now or later/);
    }
    expect(reflection('act-my-questions')!.required).toBe(true);
  });

  it('My plan reminds the learner of what they left for later', () => {
    const answers = { 'act-my-questions': 'What drew you to this work?' };
    const { later } = planOf(course, answers);
    expect(later.map((b) => b.id)).toEqual(['act-listening-plan', 'act-key-points', 'act-follow-up-note']);
    expect(planMarkdown(course, answers)).toContain('## To write later\n\n- [ ] My listening plan\n- [ ] Key points from a conversation\n- [ ] My follow-up note\n');
    // A learner who wrote nothing (the quick path) is not told to write in lessons they never saw.
    expect(planOf(course, {}).later).toEqual([]);
  });
});
