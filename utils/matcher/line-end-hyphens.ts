/**
 * The mark a printed line end hyphen leaves when read as a broken word (`joinBrokenLines`: a soft
 * hyphen, then a zero-width space where the line ended). Whether "counter-⏎drone" is one word broken
 * by the typesetter or a compound broken at its own hyphen cannot be told from the letters, so the
 * matcher reads the text around each such mark both ways. In a module of its own, without the matcher:
 * the PDF viewer's find and page text use it, and must not load the matcher with it.
 */
export const LINE_END_HYPHEN = '\u00AD\u200B';

/** A line-end hyphen read as a real hyphen: same length as the mark, so offsets carry over. */
export const KEPT_HYPHEN = '-\u200B';

/**
 * A text with every line-end hyphen read as a real hyphen ("counter-drone", "military-civil"), of the
 * same length. The one way to write that reading: the matcher, saving a PDF and the viewer's find use it.
 */
export function withLineEndHyphensKept(text: string): string {
  return text.replaceAll(LINE_END_HYPHEN, KEPT_HYPHEN);
}
