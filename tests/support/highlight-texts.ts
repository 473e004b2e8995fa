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

/**
 * Runs inside a page or frame: each highlighted range as `<id of the nearest element with one>:<text>`
 * (walking out of shadow roots), sorted, so a test can say where a name was highlighted.
 */
export function placedHighlightTexts(): string[] {
  const out: string[] = [];
  for (const category of ['program', 'firm', 'edt']) {
    const highlight = CSS.highlights?.get(`defense-innovation-lens-${category}`);
    if (!highlight) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      let node: Node | null = range.startContainer;
      let place = '';
      while (node && !place) {
        if (node instanceof Element && node.id) place = node.id;
        node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      }
      out.push(`${place}:${range.toString()}`);
    }
  }
  return out.sort();
}

/** Runs inside a page: the centre of the first highlighted range reading `text`, scrolled into view, or null. */
export function centreOfHighlight(text: string): { x: number; y: number } | null {
  for (const category of ['program', 'firm', 'edt']) {
    for (const range of (CSS.highlights?.get(`defense-innovation-lens-${category}`) as unknown as Iterable<Range>) ?? []) {
      if (range.toString() !== text) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** Runs inside a page: program and firm highlights as "<text> (shadow)" or "<text> (light)", sorted. */
export function highlightTreeKinds(): string[] {
  return ['program', 'firm']
    .flatMap((c) => [...((CSS.highlights?.get(`defense-innovation-lens-${c}`) as unknown as Iterable<Range>) ?? [])])
    .map((range) => `${range.toString()}${range.startContainer.getRootNode() instanceof ShadowRoot ? ' (shadow)' : ' (light)'}`)
    .sort();
}
