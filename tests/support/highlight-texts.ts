/**
 * Runs inside a page or frame (pass it to `evaluate` of Playwright or Puppeteer): the texts of the
 * extension's highlighted ranges in that document, sorted. Self-contained, as evaluate requires.
 */
export function highlightedTexts(): string[] {
  const out: string[] = [];
  for (const category of ['program', 'firm', 'edt']) {
    const highlight = CSS.highlights?.get(`defense-innovation-lens-${category}`);
    if (highlight) for (const range of highlight as unknown as Iterable<Range>) out.push(range.toString());
  }
  return out.sort();
}
