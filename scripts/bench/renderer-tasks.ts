import type { CDPSession } from 'playwright-core';

/** One trace event, as Chromium's tracing writes it (times in µs on the same clock as CPU profile samples). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** What a top-level task is called in the trace: `RunTask` in older Chromium, the task controller's name in newer. */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** The microtask checkpoint Blink runs after a task, written as a top-level event of its own. */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** A checkpoint this close to a task's end (µs) is that task's. */
const ADJACENT_US = 100;

/** A task of the page's renderer main thread: when it started (µs, trace clock) and how long it ran (ms). */
export interface RendererTask {
  startUs: number;
  durationMs: number;
}

/**
 * Starts recording the browser's top-level tasks (`toplevel` category: one task event per task of every
 * thread). `stop` ends it and returns the events. Runs beside the CPU profiler: both use the same clock.
 */
export async function recordTasks(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    events.push(...(message.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', '__metadata'] }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

/**
 * The top-level tasks of the main thread of the page's renderer, in time order. The trace holds every
 * renderer's main thread; the page's is the one whose tasks hold the profile's busy samples and not its
 * idle ones (the profiler samples that thread only; a navigation may move the page to a new process, so
 * the frame list written when tracing started cannot tell). Nested tasks (run inside another) are left
 * out: their time is in their parent's. `samples` are the profile's samples: time (µs) and whether the
 * thread was idle.
 * @throws Error when the trace has no renderer main thread.
 */
export function mainThreadTasks(events: readonly TraceEvent[], samples: readonly { atUs: number; idle: boolean }[]): RendererTask[] {
  const byThread = new Map<string, RendererTask[]>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain') byThread.set(`${event.pid}:${event.tid}`, []);
  }
  if (byThread.size === 0) throw new Error('No renderer main thread in the trace');
  const sorted = events.filter((event) => (TASK_EVENTS.has(event.name) || event.name === MICROTASKS) && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const ends = new Map<string, number>();
  for (const event of sorted) {
    const key = `${event.pid}:${event.tid}`;
    const tasks = byThread.get(key);
    if (!tasks || event.ts < (ends.get(key) ?? -Infinity)) continue;
    const end = event.ts + event.dur!;
    ends.set(key, end);
    // The microtasks run after a task (promise reactions, awaits resumed) are that task's, as a long task
    // counts them; the trace writes them beside it.
    const previous = tasks[tasks.length - 1];
    if (event.name === MICROTASKS && previous && event.ts - (previous.startUs + previous.durationMs * 1000) < ADJACENT_US) {
      previous.durationMs = (end - previous.startUs) / 1000;
    } else tasks.push({ startUs: event.ts, durationMs: event.dur! / 1000 });
  }
  const inOrder = [...samples].sort((a, b) => a.atUs - b.atUs);
  let best: RendererTask[] = [];
  let bestScore = -Infinity;
  for (const tasks of byThread.values()) {
    let score = 0;
    let i = 0;
    for (const task of tasks) {
      const end = task.startUs + task.durationMs * 1000;
      while (i < inOrder.length && inOrder[i]!.atUs < task.startUs) i += 1;
      for (; i < inOrder.length && inOrder[i]!.atUs < end; i += 1) score += inOrder[i]!.idle ? -1 : 1;
    }
    if (score > bestScore) {
      bestScore = score;
      best = tasks;
    }
  }
  return best;
}

/** A long task and the part of it the extension's code ran (CPU samples whose stack holds its frames), ms. */
export interface LongTask {
  durationMs: number;
  extensionMs: number;
}

/**
 * The tasks longer than `overMs`, each with the extension's sampled time inside it. `extensionSamples`
 * are `[timestampUs, ms]` of the samples whose stack holds an extension frame.
 */
export function longTasksWithExtensionTime(tasks: readonly RendererTask[], extensionSamples: readonly [number, number][], overMs = 50): LongTask[] {
  const long = tasks.filter((task) => task.durationMs > overMs);
  return long.map((task) => {
    const end = task.startUs + task.durationMs * 1000;
    let extensionMs = 0;
    for (const [at, ms] of extensionSamples) if (at >= task.startUs && at < end) extensionMs += ms;
    return { durationMs: task.durationMs, extensionMs };
  });
}

/**
 * Whether the extension caused a long task: its own time is at least half of the task or at least 25 ms
 * (the rule the PDF benchmark uses for annotation).
 */
export function causedByExtension(task: LongTask): boolean {
  return task.extensionMs >= task.durationMs / 2 || task.extensionMs >= 25;
}
