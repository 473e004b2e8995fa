import { describe, expect, it } from 'vitest';
import { askPageInfoWhenLoaded, type TabState } from '../../utils/page-info-wait';

/** A fake clock and a scripted tab: `answers[i]` is the page's i-th answer, `states[i]` the tab's i-th state. */
function scripted(answers: (string | null | Error)[], states: (TabState | null)[]) {
  let asked = 0;
  let looked = 0;
  let now = 0;
  const waits: number[] = [];
  return {
    options: {
      ask: async () => {
        const answer = answers[Math.min(asked++, answers.length - 1)];
        if (answer instanceof Error) throw answer;
        return answer ?? null;
      },
      tabState: async () => states[Math.min(looked++, states.length - 1)] ?? null,
      sleep: async (ms: number) => {
        now += ms;
        waits.push(ms);
      },
      // A question answered at once always beats the "busy" timer (a macrotask away).
      timer: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    },
    asked: () => asked,
    elapsed: () => now,
    waits,
  };
}

describe('askPageInfoWhenLoaded', () => {
  it('returns the first answer without waiting', async () => {
    const tab = scripted(['info'], [{ status: 'complete' }]);
    expect(await askPageInfoWhenLoaded(tab.options)).toBe('info');
    expect(tab.waits).toEqual([]);
  });

  it('waits for a page that is still loading and says so once', async () => {
    let told = 0;
    const tab = scripted([new Error('Receiving end does not exist.'), null, null, null, null, null, null, null, null, null, 'info'], [{ status: 'loading' }]);
    const answer = await askPageInfoWhenLoaded({ ...tab.options, onWaiting: () => (told += 1) });
    expect(answer).toBe('info');
    expect(told).toBe(1);
    // Ten silent questions over 2.5 s of loading: far past the settle time of a loaded page.
    expect(tab.elapsed()).toBe(2_500);
  });

  it('gives up on a loaded page that never answers after the settle time, without calling it loading', async () => {
    let told = 0;
    const tab = scripted([null], [{ status: 'complete' }]);
    expect(await askPageInfoWhenLoaded({ ...tab.options, settleMs: 1_000, intervalMs: 250, onWaiting: () => (told += 1) })).toBeNull();
    expect(tab.elapsed()).toBe(1_000);
    expect(told).toBe(0);
  });

  it('counts the settle time from when the page finished loading', async () => {
    const tab = scripted([null], [{ status: 'loading' }, { status: 'loading' }, { status: 'loading' }, { status: 'complete' }]);
    expect(await askPageInfoWhenLoaded({ ...tab.options, settleMs: 500, intervalMs: 250 })).toBeNull();
    // Three loading looks (750 ms), then 500 ms after the load.
    expect(tab.elapsed()).toBe(1_250);
  });

  it('gives up at once when the tab is gone or is a page no content script runs in', async () => {
    const tab = scripted([null], [null]);
    expect(await askPageInfoWhenLoaded(tab.options)).toBeNull();
    expect(tab.waits).toEqual([]);
  });

  it('stops waiting on a page that loads forever', async () => {
    const tab = scripted([null], [{ status: 'loading' }]);
    expect(await askPageInfoWhenLoaded({ ...tab.options, maxWaitMs: 2_000, intervalMs: 500 })).toBeNull();
    expect(tab.elapsed()).toBe(2_000);
  });

  it('says it is waiting when the page takes long to answer (its script is busy), then takes the answer', async () => {
    let told = 0;
    const answer = await askPageInfoWhenLoaded({
      ask: () => new Promise<string>((resolve) => setTimeout(() => resolve('info'), 30)),
      tabState: async () => ({ status: 'loading' }),
      timer: () => new Promise<void>((resolve) => setTimeout(resolve, 1)),
      onWaiting: () => (told += 1),
    });
    expect(answer).toBe('info');
    expect(told).toBe(1);
  });

  it('waits minutes for a very slow server', async () => {
    const tab = scripted([...Array.from({ length: 200 }, () => null), 'info'], [{ status: 'loading' }]);
    expect(await askPageInfoWhenLoaded(tab.options)).toBe('info');
    expect(tab.elapsed()).toBe(50_000);
  });
});
