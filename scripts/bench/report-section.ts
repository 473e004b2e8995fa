/**
 * A report with one generated section replaced in place, between `<!-- name -->` and `<!-- /name -->`
 * markers, or added where it does not exist yet: at the end, or before the report's first `## ` section.
 */
export function withReportSection(report: string, name: string, section: string, where: 'end' | 'first' = 'end'): string {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const block = `${start}\n${section.trim()}\n${end}\n`;
  const from = report.indexOf(start);
  const to = report.indexOf(end);
  if (from !== -1 && to > from) return report.slice(0, from) + block + report.slice(to + end.length).replace(/^\n/, '');
  const firstSection = where === 'first' ? report.indexOf('\n## ') : -1;
  return firstSection === -1 ? `${report.trimEnd()}\n\n${block}` : `${report.slice(0, firstSection + 1)}${block}\n${report.slice(firstSection + 1)}`;
}
