import { describe, expect, it } from 'vitest';
import { latestPerKey } from '../../utils/latest-per-key';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('latestPerKey', () => {
  it('never runs two jobs of one key at once, ends on the newest, and skips the ones replaced while waiting', async () => {
    const run = latestPerKey<number>();
    const shown: string[] = [];
    let active = 0;
    let most = 0;
    // Each job takes a different time, so without ordering the older one would finish last.
    const show = (text: string, delays: number) => async () => {
      active += 1;
      most = Math.max(most, active);
      for (let i = 0; i < delays; i += 1) await tick();
      shown.push(text);
      active -= 1;
    };
    await Promise.all([run(1, show('1', 5)), run(1, show('2', 3)), run(1, show('3', 1)), run(1, show('4', 0))]);
    expect(shown).toEqual(['1', '4']);
    expect(most).toBe(1);
  });

  it('keeps keys apart and passes a job’s failure to its caller only', async () => {
    const run = latestPerKey<string>();
    const shown: string[] = [];
    const failing = run('a', async () => {
      await tick();
      throw new Error('tab closed');
    });
    const other = run('b', async () => void shown.push('b'));
    const next = run('a', async () => void shown.push('a'));
    await expect(failing).rejects.toThrow('tab closed');
    await other;
    await next;
    expect(shown.sort()).toEqual(['a', 'b']);
  });

  it('runs a job again for a key whose earlier jobs are done', async () => {
    const run = latestPerKey<number>();
    const shown: number[] = [];
    await run(7, async () => void shown.push(1));
    await run(7, async () => void shown.push(2));
    expect(shown).toEqual([1, 2]);
  });
});
