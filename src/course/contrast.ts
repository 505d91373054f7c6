// Colour contrast, for the theme colours a designer sets in course.yaml.

/**
 * The contrast ratio of two colours written `#rrggbb`, from 1 (same) to 21 (black on white):
 * WCAG 2.2's definitions of relative luminance and contrast ratio (sRGB, 0.03928 threshold).
 */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
