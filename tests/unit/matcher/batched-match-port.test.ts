import { describe, expect, it } from 'vitest';
import { batchedMatchPort } from '../../../utils/matcher/batched-match-port';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { type MatchPort, localMatchPort } from '../../../utils/matcher/match-port';

const matcher = compileMatcher([
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
  { entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
]);

describe('batchedMatchPort', () => {
  it('answers a large call in order, in batches of at most maxChars, pausing between them', async () => {
    const calls: string[][] = [];
    const inner = localMatchPort(matcher);
    const spy: MatchPort = { match: (texts) => (calls.push([...texts]), inner.match(texts)), reset: () => inner.reset() };
    let pauses = 0;
    const port = batchedMatchPort(spy, 50, async () => void (pauses += 1));
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
    const port = batchedMatchPort({ match: (t) => ((calls += 1), inner.match(t)), reset: () => void (resets += 1) }, 1000, async () => void (pauses += 1));
    expect((await port.match(['TEKEVER', 'DIANA'])).map((m) => m.length)).toEqual([1, 0]);
    port.reset();
    expect([calls, resets, pauses]).toEqual([1, 1, 1]);
    expect(await port.match([])).toEqual([]);
    expect(pauses).toBe(1);
  });
});
