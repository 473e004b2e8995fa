import type { MatchPort } from './match-port';

/** How `batchedMatchPort` sizes its batches. */
export interface BatchSizing {
  /** Milliseconds of matching one batch should take (a slice: the page gets the thread back after it). */
  budgetMs: number;
  /** Characters in the first batch, matched before any speed is known (cold code: the slowest batch). */
  firstChars: number;
  /** Characters in a batch at most, however fast matching has been. */
  maxChars: number;
}

/**
 * A port that sends a large call on in batches of texts, with `pause()` before each batch, and answers
 * the whole call in order. A batch holds texts of at most a size in characters together (a text longer
 * than that is a batch of its own). The size adapts to the speed measured on the batches before it, so
 * that a batch takes about `budgetMs`: it starts at `firstChars`, then is `budgetMs` times the last
 * batch's characters per millisecond, between `firstChars` and `maxChars` (a batch of a few short texts
 * that took under 2 ms leaves the size as it was). The first pause puts matching
 * in a task of its own, apart from the work that collected the texts (together they went over 50 ms on
 * a dense page, trial 18h).
 *
 * Why adaptive: the first batches run cold (code not yet optimised, the dataset's patterns first made
 * into objects) at a fraction of the later speed. A fixed 16,000 characters took 33-115 ms (trial 18g);
 * a fixed 4,000, a dense first page, still 46-56 ms cold (trial 18h), and then wasted pauses when warm.
 *
 * Why batches at all: the PDF viewer, opened right after an install, had 20-100 pages' text layers
 * waiting for the matcher: matched in one call, one task of 64-133 ms (trial 18g, when the viewer matched
 * in place); through the background, one long wait before page 1 shows anything, and one long stretch of
 * laying mentions on the layers after it. Batches read the document as its normal course does: each
 * batch sees the batches before it (the session is the inner port's), not those after.
 *
 * `now` is the clock in milliseconds (`performance.now` by default; tests give their own).
 */
export function batchedMatchPort(inner: MatchPort, sizing: BatchSizing, pause: () => Promise<void>, now: () => number = () => performance.now()): MatchPort {
  let limit = sizing.firstChars;
  return {
    async match(texts) {
      const answer = [];
      for (let start = 0; start < texts.length; ) {
        let end = start + 1;
        let chars = texts[start]!.length;
        for (; end < texts.length && chars + texts[end]!.length <= limit; end += 1) chars += texts[end]!.length;
        await pause();
        const began = now();
        answer.push(...(await inner.match(texts.slice(start, end))));
        const took = now() - began;
        // A few short texts (the end of a call) time too little to tell the speed: the size stays.
        if (took >= 2 || chars * 2 >= limit) limit = Math.min(sizing.maxChars, Math.max(sizing.firstChars, Math.floor((chars * sizing.budgetMs) / Math.max(took, 1))));
        start = end;
      }
      return answer;
    },
    reset: () => inner.reset(),
  };
}
