/**
 * Text with its combining marks (accents, umlauts, cedillas) taken off: "Europäischer" → "Europaischer",
 * "défense" → "defense". For comparing words a reader may write with or without them; case is kept.
 */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
