import type { MatchPort } from './match-port';

/**
 * A port that sends a large call on in batches of texts of at most `maxChars` characters together
 * (a text longer than that is a batch of its own), with `pause()` before each batch, and answers the
 * whole call in order. The first pause puts matching in a task of its own, apart from the work that
 * collected the texts (together they went over 50 ms on a dense page, trial 18h).
 *
 * Why: a port that matches in place (`localMatchPort`) matches a call in one stretch of the main thread.
 * The PDF viewer, opened right after an install, had 20-100 pages' text layers waiting for the matcher:
 * one call, one task of 64-133 ms (trial 18g). The viewer already matches page batch by page batch as
 * its layers are built, so batches here read the document as its normal course does: each batch sees
 * the batches before it (the session is the inner port's), not those after.
 */
export function batchedMatchPort(inner: MatchPort, maxChars: number, pause: () => Promise<void>): MatchPort {
  return {
    async match(texts) {
      const answer = [];
      for (let start = 0; start < texts.length; ) {
        let end = start + 1;
        for (let chars = texts[start]!.length; end < texts.length && chars + texts[end]!.length <= maxChars; end += 1) chars += texts[end]!.length;
        await pause();
        answer.push(...(await inner.match(texts.slice(start, end))));
        start = end;
      }
      return answer;
    },
    reset: () => inner.reset(),
  };
}
