/** `n` in decimal with leading zeros to `width` digits: pad(7) is "07", pad(3, 4) is "0003". */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
