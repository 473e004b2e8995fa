import { describe, expect, it } from 'vitest';
import { type TraceEvent, causedByExtension, longTasksWithExtensionTime, mainThreadTasks } from '../../../scripts/bench/renderer-tasks';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (pid: number, ts: number, durUs: number, name = 'ThreadControllerImpl::RunTask'): TraceEvent => ({ name, ph: 'X', pid, tid: pid, ts, dur: durUs });

describe('renderer tasks from a trace', () => {
  const events: TraceEvent[] = [
    thread(1, 1, 'CrRendererMain'),
    thread(2, 2, 'CrRendererMain'),
    thread(3, 3, 'CrBrowserMain'),
    // The page's renderer (pid 2): a 60 ms task, its microtasks right after it, a nested task inside it,
    // then a short task and a microtask checkpoint on its own later.
    task(2, 1_000, 60_000),
    task(2, 2_000, 1_000),
    task(2, 61_050, 5_000, 'BlinkScheduler_PerformMicrotaskCheckpoint'),
    task(2, 100_000, 10_000, 'RunTask'),
    task(2, 200_000, 70_000, 'BlinkScheduler_PerformMicrotaskCheckpoint'),
    // Another tab's renderer and the browser, at the same times.
    task(1, 1_000, 300_000),
    task(3, 1_000, 300_000),
  ];
  // The profiler samples the page's renderer only: busy inside its tasks, idle between them.
  const samples = [
    ...[5_000, 30_000, 64_000, 105_000, 210_000].map((atUs) => ({ atUs, idle: false })),
    ...[80_000, 150_000, 290_000].map((atUs) => ({ atUs, idle: true })),
  ];

  it('takes the renderer main thread holding the samples, with microtasks joined to the task before them', () => {
    const tasks = mainThreadTasks(events, samples);
    expect(tasks.map((t) => [t.startUs, t.durationMs])).toEqual([
      [1_000, 65.05],
      [100_000, 10],
      [200_000, 70],
    ]);
  });

  it('gives each long task the extension time sampled in it, and says which the extension caused', () => {
    const tasks = mainThreadTasks(events, samples);
    const long = longTasksWithExtensionTime(tasks, [
      [5_000, 20],
      [30_000, 10],
      [105_000, 5],
      [210_000, 1],
    ]);
    expect(long).toEqual([
      { durationMs: 65.05, extensionMs: 30 },
      { durationMs: 70, extensionMs: 1 },
    ]);
    expect(long.map(causedByExtension)).toEqual([true, false]);
  });

  it('fails clearly on a trace with no renderer', () => {
    expect(() => mainThreadTasks([thread(3, 3, 'CrBrowserMain')], samples)).toThrow(/No renderer main thread/);
  });
});
