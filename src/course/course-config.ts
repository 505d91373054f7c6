// content/course.yaml: read, checked against its schema, its theme colours checked for contrast.
import { contrast } from './contrast.ts';
import type { ErrorList } from './errors.ts';
import { courseConfig } from './schema.ts';
import { nodePosition, readSettings, reportSchemaIssues } from './settings.ts';
import type { SourceFile } from './compile.ts';
import type { CourseConfig } from './types.ts';

/** course.yaml: its settings, checked against the schema, and its theme colours for contrast (WCAG 2.2 AA, 4.5:1). */
export function parseCourseConfig(source: SourceFile, errors: ErrorList): CourseConfig | null {
  const settings = readSettings(source.text.replace(/\r\n?/g, '\n'), source.path, 0, errors);
  if (!settings) return null;
  const result = courseConfig.safeParse(settings.doc.toJS());
  if (!result.success) {
    reportSchemaIssues(result.error.issues, settings, [], errors);
    return null;
  }
  const data = result.data;
  const ratio = contrast(data.theme.brand, data.theme.brandContrast);
  if (ratio < 4.5) {
    const pos = nodePosition(settings, ['theme', 'brandContrast']);
    errors.add(source.path, pos.line, pos.col, 'LowContrast', `The theme colours ${data.theme.brand} and ${data.theme.brandContrast} have a contrast of ${ratio.toFixed(2)}:1; text on buttons needs at least 4.5:1 (WCAG 2.2 AA).`, 'Pick a darker brand colour or a lighter brandContrast colour (white on a dark brand works).');
  }
  const onWhite = contrast(data.theme.brand, '#ffffff');
  if (onWhite < 4.5) {
    const pos = nodePosition(settings, ['theme', 'brand']);
    errors.add(source.path, pos.line, pos.col, 'LowContrast', `The brand colour ${data.theme.brand} has a contrast of ${onWhite.toFixed(2)}:1 on the white page; links and focus rings need at least 4.5:1.`, 'Pick a darker brand colour.');
  }
  return data as CourseConfig;
}
