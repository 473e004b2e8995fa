/**
 * White space as JavaScript's `\s` reads it, by character code: the page walks ask it of every text
 * node's first and last character and of every block's text. A regular expression per ask cost more
 * than the rest of the walk's work on a node (a content script runs cold, before the engine compiles
 * it: each `RegExp` call goes through the interpreter and the builtin's checks).
 */

/** Whether a UTF-16 code unit is white space (`/\s/`): ASCII spaces and line ends, NBSP, U+1680, U+2000–U+200A, U+2028–U+2029, U+202F, U+205F, U+3000, U+FEFF. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether a text has a character that is not white space (`/\S/.test(text)`); stops at the first. */
export function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}
