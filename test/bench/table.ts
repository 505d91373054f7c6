// Plain-text table for the bench: aligned columns, section rows, footnotes.

export type Row =
  | { section: string }
  | { label: string; value?: string; detail?: string; target?: string; status?: 'ok' | 'over' | 'error' | '' };

const HEAD = { label: 'Measure', value: 'Value', detail: 'Detail', target: 'Target', status: 'Status' };

export function renderTable(rows: Row[]): string {
  const cells = rows.filter((r): r is Exclude<Row, { section: string }> => !('section' in r));
  const width = (key: keyof typeof HEAD) => Math.max(HEAD[key].length, ...cells.map((r) => (r[key] ?? '').length));
  const w = { label: width('label'), value: width('value'), detail: width('detail'), target: width('target'), status: width('status') };
  const line = (r: { label: string; value?: string; detail?: string; target?: string; status?: string }) =>
    [r.label.padEnd(w.label), (r.value ?? '').padStart(w.value), (r.detail ?? '').padEnd(w.detail), (r.target ?? '').padEnd(w.target), r.status ?? '']
      .join('  ')
      .trimEnd();
  const total = w.label + w.value + w.detail + w.target + w.status + 8;
  const out = [line(HEAD), '-'.repeat(total)];
  for (const r of rows) out.push('section' in r ? `[${r.section}]` : line(r));
  out.push('-'.repeat(total));
  return out.join('\n');
}

export const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (n: number) => `${int(n)} ms`;
export const status = (value: number, limit: number): 'ok' | 'over' => (value <= limit ? 'ok' : 'over');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
