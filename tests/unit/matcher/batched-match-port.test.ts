import { describe, expect, it } from 'vitest';
import { type BatchSizing, batchedMatchPort } from '../../../utils/matcher/batched-match-port';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { type MatchPort, localMatchPort } from '../../../utils/matcher/match-port';

const matcher = compileMatcher([
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
  { entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
]);

/** A port that records each call's texts and advances a fake clock by `msPerChar` per character matched. */
function timedPort(msPerChar: (call: number) => number) {
  const inner = localMatchPort(matcher);
  const calls: string[][] = [];
  let clock = 0;
  const port: MatchPort = {
    match(texts) {
      calls.push([...texts]);
      clock += texts.reduce((sum, text) => sum + text.length, 0) * msPerChar(calls.length);
      return inner.match(texts);
    },
    reset: () => inner.reset(),
  };
  return { port, calls, now: () => clock };
}

const fixed = (chars: number): BatchSizing => ({ budgetMs: 20, firstChars: chars, maxChars: chars });

describe('batchedMatchPort', () => {
  it('answers a large call in order, in batches of at most the size, pausing before each', async () => {
    const { port: spy, calls, now } = timedPort(() => 0);
    let pauses = 0;
    const port = batchedMatchPort(spy, fixed(50), async () => void (pauses += 1), now);
    const texts = ['TEKEVER flew.', 'The NATO Innovation Fund invested.', 'Nothing here.', 'TEKEVER again, a long sentence past the limit by itself.', 'End.'];
    const answer = await port.match(texts);
    expect(answer.map((mentions) => mentions.map((m) => m.entityId))).toEqual([['tekever'], ['nif'], [], ['tekever'], []]);
    // 13 + 34 ≤ 50: one batch; 13 + 56 > 50: a new one; a text over the limit is a batch of its own.
    expect(calls.map((c) => c.length)).toEqual([2, 1, 1, 1]);
    expect(pauses).toBe(calls.length);
  });

  it('makes one call, after one pause, for a small one, and passes reset on', async () => {
    const inner = localMatchPort(matcher);
    let calls = 0;
    let resets = 0;
    let pauses = 0;
    const port = batchedMatchPort({ match: (t) => ((calls += 1), inner.match(t)), reset: () => void (resets += 1) }, fixed(1000), async () => void (pauses += 1));
    expect((await port.match(['TEKEVER', 'DIANA'])).map((m) => m.length)).toEqual([1, 0]);
    port.reset();
    expect([calls, resets, pauses]).toEqual([1, 1, 1]);
    expect(await port.match([])).toEqual([]);
    expect(pauses).toBe(1);
  });

  it('sizes each batch from the speed of the one before: small while cold, larger once fast, never past the cap', async () => {
    // 100 texts of 100 characters. The first call is cold (0.05 ms a character: 1,000 characters = 50 ms);
    // the later ones run at 0.002 ms a character.
    const { port: spy, calls, now } = timedPort((call) => (call === 1 ? 0.05 : 0.002));
    const port = batchedMatchPort(spy, { budgetMs: 20, firstChars: 500, maxChars: 6_000 }, async () => undefined, now);
    const texts = Array.from({ length: 100 }, (_, i) => `${i % 2 ? 'TEKEVER' : 'Nothing'} ${'x'.repeat(92)}`);
    const answer = await port.match(texts);
    expect(answer).toHaveLength(100);
    const sizes = calls.map((call) => call.reduce((sum, text) => sum + text.length, 0));
    // First 500; cold 500 chars took 25 ms, so 400 fit 20 ms, raised to the 500 floor; the next 500
    // took 1 ms (10,000 would fit), so the 6,000 cap; then the 3,000 left.
    expect(sizes).toEqual([500, 500, 6_000, 3_000]);
  });

  it('keeps its size across calls, and a short tail that took little time does not change it', async () => {
    const { port: spy, calls, now } = timedPort(() => 0.001);
    const port = batchedMatchPort(spy, { budgetMs: 20, firstChars: 100, maxChars: 1_000 }, async () => undefined, now);
    const page = (n: number) => Array.from({ length: n }, () => 'y'.repeat(50));
    await port.match(page(4)); // 200 chars; 0.2 ms, but a full batch (200 ≥ 100 / 2): grows to the cap.
    await port.match(page(1)); // 50 chars in 0.05 ms, under half the size: the size stays.
    await port.match(page(40)); // 2,000 chars: two batches of 1,000.
    expect(calls.map((call) => call.length)).toEqual([2, 2, 1, 20, 20]);
  });
});
