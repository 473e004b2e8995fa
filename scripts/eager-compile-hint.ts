import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * V8's explicit compile hint (Chromium 136 on): a file that starts with this comment has all its functions
 * compiled eagerly, on a background thread while the script streams in, instead of lazily on the page's
 * main thread at each function's first call. Other engines read a comment.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The scripts a web page loads from the extension once it needs them, nearly all of whose functions then
 * run: the annotator (a page that names something) and the card UI. Lazy compiling on the page's thread
 * was about 9 ms of a 10k-word page's load (210 functions, traced); the content script itself is injected
 * whole, not streamed, so a hint would only move its compiling earlier on the same thread.
 */
export const EAGERLY_COMPILED = ['annotator-main.js', 'page-ui.js'] as const;

/**
 * Puts the hint first in each named script of a built extension (once: a file that has it is left as it
 * is). Returns the files changed.
 * @throws Error when a named script is missing from `outDir` (the build did not make it).
 */
export function addEagerCompileHints(outDir: string, files: readonly string[] = EAGERLY_COMPILED): string[] {
  const changed: string[] = [];
  for (const file of files) {
    const target = path.join(outDir, file);
    let code: string;
    try {
      code = readFileSync(target, 'utf8');
    } catch {
      throw new Error(`No ${file} in ${outDir}: the build did not make it`);
    }
    if (code.startsWith(EAGER_COMPILE_HINT)) continue;
    writeFileSync(target, `${EAGER_COMPILE_HINT}\n${code}`);
    changed.push(file);
  }
  return changed;
}
