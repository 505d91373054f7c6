// The contrast ratio behind the theme check of course.yaml (src/course/contrast.ts): WCAG 2.2's
// relative luminance and contrast ratio, checked against values worked out by hand.
import { describe, expect, it } from 'vitest';
import { contrast } from '../src/course/contrast';

describe('the contrast ratio of two theme colours', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.4781],
    ['#767676', '#ffffff', 4.5422],
    // Channels at or below 10/255 are on the linear part of the sRGB curve.
    ['#050505', '#000000', 1.0304],
    ['#1f5a85', '#ffffff', 7.3442],
    ['#ff0000', '#00ff00', 2.9139],
    ['#0000ff', '#000000', 2.444],
    ['#3070a0', '#1f5a85', 1.3817],
  ])('%s and %s: %s:1, whichever comes first', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 3);
    expect(contrast(b, a)).toBeCloseTo(ratio, 3);
  });

  it('a colour against itself: 1:1', () => {
    expect(contrast('#1f5a85', '#1f5a85')).toBe(1);
  });
});
