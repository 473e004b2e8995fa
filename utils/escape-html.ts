/**
 * Text as HTML text content: the three characters that could start markup or an entity escaped
 * (`&`, `<`, `>`). For element content only, not for attribute values.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
