/**
 * Runs asynchronous jobs one at a time per key, keeping only the newest waiting job.
 *
 * Why: the toolbar badge of a tab is set by several awaited browser calls per report, and a page sends
 * reports faster than they complete (a PDF reports after each page it reads). Two reports handled at
 * once can finish in the wrong order and leave an older count on the badge; a report that is already
 * out of date when its turn comes need not run at all.
 *
 * @returns `run(key, job)`: resolves once `job` has run (its own rejection is passed on) or once a newer
 *   job for the same key has replaced it before it started (then it resolves without running).
 */
export function latestPerKey<K>(): (key: K, job: () => Promise<void>) => Promise<void> {
  const slots = new Map<K, { running: boolean; waiting?: { job: () => Promise<void>; settle: () => void; fail: (e: unknown) => void } }>();

  const drain = async (key: K): Promise<void> => {
    const slot = slots.get(key);
    if (!slot) return;
    while (slot.waiting) {
      const { job, settle, fail } = slot.waiting;
      slot.waiting = undefined;
      slot.running = true;
      try {
        await job();
        settle();
      } catch (error) {
        fail(error);
      }
      slot.running = false;
    }
    slots.delete(key);
  };

  return (key, job) =>
    new Promise<void>((settle, fail) => {
      const slot = slots.get(key) ?? { running: false };
      slots.set(key, slot);
      // The job it replaces has not started: it is out of date, so its caller is told it is done.
      slot.waiting?.settle();
      slot.waiting = { job, settle, fail };
      if (!slot.running) void drain(key);
    });
}
