// Reading time: what each lesson and page shows ("about N min"), from the words a learner reads
// at READING_RATE (200) words a minute, rounded to whole minutes, at least one.
import { describe, expect, it } from 'vitest';
import { minutesFor, wordsIn } from '../src/course/reading-time';
import { READING_RATE, type Block } from '../src/course/types';

const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

describe('reading time', () => {
  it('is at least a minute, rounded to the nearest whole minute at 200 words a minute', () => {
    expect(READING_RATE).toBe(200);
    expect([0, 1, 299, 300, 499, 500, 1000].map(minutesFor)).toEqual([1, 1, 1, 2, 2, 3, 5]);
  });

  it('counts the words of prose and outcomes, not their markup', () => {
    expect(wordsIn({ type: 'html', html: '<h2>Two words</h2><p>and <em>three</em> more</p>' } as Block)).toBe(5);
    expect(wordsIn({ type: 'outcome', path: 'full', html: '<p>One two</p>' } as Block)).toBe(2);
  });

  it('for a choice: the question, every option, and the longest feedback with its consequence (a learner reads one)', () => {
    const block = {
      type: 'choice',
      prompt: `<p>${words(4)}</p>`,
      options: [
        { label: words(2), feedback: `<p>${words(10)}</p>`, consequence: `<p>${words(5)}</p>` },
        { label: words(3), feedback: `<p>${words(12)}</p>` },
      ],
    } as unknown as Block;
    expect(wordsIn(block)).toBe(4 + 2 + 3 + 15);
  });

  it('for a choice whose longest feedback has no consequence: that feedback alone', () => {
    const block = {
      type: 'choice',
      prompt: `<p>${words(1)}</p>`,
      options: [
        { label: words(1), feedback: `<p>${words(3)}</p>`, consequence: `<p>${words(2)}</p>` },
        { label: words(1), feedback: `<p>${words(20)}</p>` },
      ],
    } as unknown as Block;
    expect(wordsIn(block)).toBe(1 + 1 + 1 + 20);
  });

  it('counts no words in empty text', () => {
    expect(wordsIn({ type: 'html', html: '' } as Block)).toBe(0);
    expect(wordsIn({ type: 'panels', panels: [{ title: '', html: `<p>${words(2)}</p>` }] } as unknown as Block)).toBe(2);
  });

  it('for tabs, accordions and cards: every title and panel (all can be opened)', () => {
    const block = { type: 'panels', panels: [{ title: words(1), html: `<p>${words(6)}</p>` }, { title: words(2), html: `<p>${words(3)}</p>` }] } as unknown as Block;
    expect(wordsIn(block)).toBe(12);
  });

  it('for other questions: their prompt', () => {
    expect(wordsIn({ type: 'yes-no', prompt: `<p>${words(7)}</p>` } as unknown as Block)).toBe(7);
    expect(wordsIn({ type: 'reflection', prompt: `<p>${words(9)}</p>` } as unknown as Block)).toBe(9);
  });
});
