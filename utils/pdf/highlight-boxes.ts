/** A highlight's box on a page, in percent of the page's box (so zooming moves nothing). */
export interface HighlightBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far two pieces' tops and bottoms may differ (CSS pixels) for them to be on one line. */
const LINE_PX = 2;
/** The widest gap between two pieces of one line drawn as one box, in line heights (a justified line's word space). */
const JOIN_LINES = 1.5;

/**
 * The boxes to draw for one mention: the line boxes of its text (one per text-layer run it covers, in
 * viewport coordinates), the pieces on one line joined into one box (a name split across runs, often
 * one run a word, draws as one box with one continuous underline, no gaps at the word spaces and no
 * darker seam where runs overlap), and each given in percent of the page's box. Empty pieces (a
 * collapsed run) are dropped; pieces on one line far apart (table cells) stay apart.
 */
export function highlightBoxes(rects: readonly Rect[], page: Rect): HighlightBox[] {
  const width = page.right - page.left;
  const height = page.bottom - page.top;
  if (width <= 0 || height <= 0) return [];
  const lines: Rect[] = [];
  for (const rect of rects) {
    if (rect.right - rect.left <= 0 || rect.bottom - rect.top <= 0) continue;
    const last = lines.at(-1);
    const sameLine = last && Math.abs(last.top - rect.top) <= LINE_PX && Math.abs(last.bottom - rect.bottom) <= LINE_PX;
    const gap = last ? Math.max(rect.left - last.right, last.left - rect.right) : 0;
    if (last && sameLine && gap <= Math.max(LINE_PX, JOIN_LINES * (rect.bottom - rect.top))) {
      last.left = Math.min(last.left, rect.left);
      last.right = Math.max(last.right, rect.right);
      last.top = Math.min(last.top, rect.top);
      last.bottom = Math.max(last.bottom, rect.bottom);
    } else {
      lines.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
  }
  const percent = (value: number, of: number) => Math.round((value / of) * 1e6) / 1e4;
  return lines.map((line) => ({
    left: percent(line.left - page.left, width),
    top: percent(line.top - page.top, height),
    width: percent(line.right - line.left, width),
    height: percent(line.bottom - line.top, height),
  }));
}
