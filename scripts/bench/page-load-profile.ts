import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { type LongTask, causedByExtension, longTasksWithExtensionTime, mainThreadTasks, recordTasks } from './renderer-tasks';

/**
 * What one page load costs the page's main thread because of the extension, read from a V8 CPU profile
 * of the page's renderer: every sample whose stack holds a frame of one of the extension's scripts
 * counts (its own work, and what its calls make the browser do: style, layout, highlight registration).
 * From navigation until the highlights settle.
 */
export interface PageLoadCost {
  /** Main-thread time attributed to the extension, ms. */
  extensionMs: number;
  /** From navigation start to the first registered highlight, ms (null: none on this page). */
  firstHighlightMs: number | null;
  /** Highlighted ranges once settled. */
  highlights: number;
  /** The longest run of consecutive extension samples (an upper bound of its longest task), ms. */
  longestRunMs: number;
  /**
   * The page's main-thread tasks over 50 ms (from a trace of the renderer's top-level tasks), each with
   * the extension's sampled time in it.
   */
  longTasks: LongTask[];
  /** The longest of them the extension caused (`causedByExtension`), ms; 0 when none. */
  longestCausedMs: number;
  /** Extension time by function (`name url:line`), ms, largest first: where the time goes. */
  byFunction: [string, number][];
  /**
   * The part of it spent below the extension's own frames, by the innermost frame (a browser API such as
   * `getComputedStyle`, the garbage collector), ms, largest first: what its calls make the browser do.
   */
  byNative: [string, number][];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  /** µs, on the trace clock. */
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Each sample's time, µs on the trace clock (`timeDeltas[i]` is the time before sample i). */
function sampleTimesUs(profile: Profile): number[] {
  let at = profile.startTime;
  return profile.timeDeltas.map((delta) => (at += delta));
}

/** Sums the samples whose stack holds a frame of a script whose URL starts with `prefix`. */
export function extensionTime(
  profile: Profile,
  prefix: string,
): { totalMs: number; longestRunMs: number; byFunction: [string, number][]; byNative: [string, number][]; samples: [number, number][] } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, string | null>();
  /** The innermost extension frame on the node's stack, or null. */
  const oursOf = (id: number): string | null => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const own = node.callFrame.url.startsWith(prefix) ? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.slice(prefix.length)}:${node.callFrame.lineNumber + 1}` : null;
    const up = parent.get(id);
    const answer = own ?? (up === undefined ? null : oursOf(up));
    ours.set(id, answer);
    return answer;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  const byFunction = new Map<string, number>();
  const byNative = new Map<string, number>();
  const samples: [number, number][] = [];
  const times = sampleTimesUs(profile);
  // timeDeltas[i] is the time before sample i: sample i stands for the interval up to sample i + 1.
  for (let i = 0; i < profile.samples.length; i += 1) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const frame = oursOf(profile.samples[i]!);
    if (frame) {
      samples.push([times[i]!, ms]);
      total += ms;
      run += ms;
      longest = Math.max(longest, run);
      byFunction.set(frame, (byFunction.get(frame) ?? 0) + ms);
      const leaf = byId.get(profile.samples[i]!)!.callFrame;
      if (!leaf.url.startsWith(prefix)) {
        const name = `${leaf.functionName || '(anonymous)'}${leaf.url ? ` ${leaf.url}` : ''}`;
        byNative.set(name, (byNative.get(name) ?? 0) + ms);
      }
    } else if (byId.get(profile.samples[i]!)?.callFrame.functionName !== '(program)') {
      run = 0;
    }
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, longestRunMs: longest, byFunction: sorted(byFunction), byNative: sorted(byNative), samples };
}

/**
 * Loads `url` in a new tab of a browser with the extension, profiling the renderer from navigation until
 * the number of highlights has not changed for `quietMs` (or `timeoutMs` passed).
 */
export async function profilePageLoad(
  context: BrowserContext,
  extensionId: string,
  url: string,
  /**
   * `expectHighlights` false (a page with nothing to highlight): the profile runs for `quietMs` after load.
   * Otherwise it waits for the first highlight, then for the count to stay the same for `quietMs`.
   */
  options: { quietMs?: number; timeoutMs?: number; intervalUs?: number; expectHighlights?: boolean } = {},
): Promise<PageLoadCost> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: options.intervalUs ?? 100 });
  await cdp.send('Profiler.start');
  const tracing = await recordTasks(cdp);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const count = () =>
    page.evaluate(() => ['program', 'firm', 'edt'].reduce((n, c) => n + (CSS.highlights?.get(`defense-innovation-lens-${c}`)?.size ?? 0), 0)).catch(() => 0);
  let firstHighlightMs: number | null = null;
  let last = -1;
  let stableSince = Date.now();
  const quiet = options.quietMs ?? 1_000;
  while (Date.now() - started < (options.timeoutMs ?? 15_000)) {
    const now = await count();
    if (now > 0 && firstHighlightMs === null) firstHighlightMs = Date.now() - started;
    // The quiet period counts from load for a page expected to stay plain (the loop's first read).
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quiet && (now > 0 || options.expectHighlights === false)) break;
    await page.waitForTimeout(20);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  // Dev aid: DIL_PROFILE_DUMP=<dir> keeps each raw profile, for a per-line look (`positionTicks`).
  if (process.env.DIL_PROFILE_DUMP) writeFileSync(path.join(process.env.DIL_PROFILE_DUMP, `${Date.now()}.cpuprofile`), JSON.stringify(profile));
  const events = await tracing.stop();
  if (process.env.DIL_PROFILE_DUMP) writeFileSync(path.join(process.env.DIL_PROFILE_DUMP, `${Date.now()}.trace.json`), JSON.stringify(events));
  await cdp.detach();
  await page.close();
  const cost = extensionTime(profile, `chrome-extension://${extensionId}/`);
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  const samples = sampleTimesUs(profile).map((atUs, i) => ({ atUs, idle: idle.has(profile.samples[i]!) }));
  const tasks = mainThreadTasks(events, samples);
  const longTasks = longTasksWithExtensionTime(tasks, cost.samples);
  return {
    extensionMs: cost.totalMs,
    firstHighlightMs,
    highlights: Math.max(last, 0),
    longestRunMs: cost.longestRunMs,
    longTasks,
    longestCausedMs: Math.max(0, ...longTasks.filter(causedByExtension).map((task) => task.durationMs)),
    byFunction: cost.byFunction.slice(0, 25),
    byNative: cost.byNative.slice(0, 25),
  };
}
