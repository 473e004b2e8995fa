import type { CDPSession, Page } from 'playwright-core';

/** What went wrong on a page, split by whose code it was. */
export interface PageDiagnostics {
  /** Uncaught errors reported for the page (its own throws and, if any, ours), message and stack. */
  readonly pageErrors: string[];
  /** Exceptions thrown in our content script's isolated world, with their stack. */
  readonly ownErrors: string[];
  /** Console output from our content script's world: it only logs when it gives up on something. */
  readonly ownConsole: string[];
  /**
   * Evaluates an expression in a fresh isolated world of the page's main frame. Playwright's own
   * evaluation runs in the page's main world, where a hostile page may have broken the built-ins
   * it relies on; the highlight registry is per document, so every world reads the same one.
   */
  evaluateIsolated<T>(expression: string): Promise<T>;
  /**
   * Samples the page's main thread from now on. A page's own PerformanceObserver('longtask') does not
   * reliably see work done in an extension's isolated world, so our share is measured here instead.
   */
  startProfiling(): Promise<void>;
  /** Our code's longest uninterrupted run on the main thread, and its total, since startProfiling. */
  stopProfiling(): Promise<{ ownLongestRunMs: number; ownTotalMs: number }>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/**
 * Opens a CDP session on the page before it navigates, so that the content script's isolated world
 * is known by name when it is created and its exceptions and console calls can be told apart from
 * the page's (Playwright reports only the main world's console).
 */
export async function watchPage(page: Page, extensionName: string): Promise<PageDiagnostics> {
  const pageErrors: string[] = [];
  const ownErrors: string[] = [];
  const ownConsole: string[] = [];
  const ownContexts = new Set<number>();
  page.on('pageerror', (error) => pageErrors.push(`${error.message}\n${error.stack ?? ''}`));

  const cdp: CDPSession = await page.context().newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.name === extensionName) ownContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    if (exceptionDetails.executionContextId === undefined || !ownContexts.has(exceptionDetails.executionContextId)) return;
    const frames = exceptionDetails.stackTrace?.callFrames.map((f) => `  at ${f.functionName || '<anonymous>'} (${f.url}:${f.lineNumber + 1}:${f.columnNumber + 1})`) ?? [];
    ownErrors.push([exceptionDetails.exception?.description ?? exceptionDetails.text, ...frames].join('\n'));
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (!ownContexts.has(executionContextId)) return;
    ownConsole.push(`${type}: ${args.map((a) => a.description ?? (a.value === undefined ? a.type : String(a.value))).join(' ')}`);
  });
  await cdp.send('Runtime.enable');

  let isolatedContext: Promise<number> | undefined;
  const isolated = async () => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-suite' });
    return executionContextId;
  };

  return {
    async startProfiling() {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1_000 });
      await cdp.send('Profiler.start');
    },
    async stopProfiling() {
      const { profile } = await cdp.send('Profiler.stop');
      return ownRuns(profile.nodes as ProfileNode[], profile.samples ?? [], profile.timeDeltas ?? []);
    },
    pageErrors,
    ownErrors,
    ownConsole,
    async evaluateIsolated<T>(expression: string): Promise<T> {
      isolatedContext ??= isolated();
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: await isolatedContext,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`evaluateIsolated: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
  };
}

/**
 * Walks the samples in order: a sample whose stack holds a frame of an extension script is ours; a
 * garbage-collection sample right after one of ours is ours too (our allocations caused it);
 * anything else (page script, layout, idle) ends the run.
 */
function ownRuns(nodes: ProfileNode[], samples: number[], deltas: number[]): { ownLongestRunMs: number; ownTotalMs: number } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const isOwn = new Map<number, boolean>();
  // Iterative, memoised: stacks run thousands of frames deep on deeply nested pages.
  const own = (id: number): boolean => {
    const path: number[] = [];
    let value: boolean | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      value = isOwn.get(at);
      if (value !== undefined) break;
      if (byId.get(at)?.callFrame.url.startsWith('chrome-extension://')) {
        value = true;
        break;
      }
      path.push(at);
    }
    for (const at of path) isOwn.set(at, value ?? false);
    return value ?? false;
  };
  let run = 0;
  let longest = 0;
  let total = 0;
  let previousOwn = false;
  for (let i = 0; i < samples.length; i += 1) {
    // A sample's duration is the gap to the next one.
    const ms = (deltas[i + 1] ?? 0) / 1_000;
    const id = samples[i]!;
    const gc = byId.get(id)?.callFrame.functionName === '(garbage collector)';
    const mine: boolean = own(id) || (gc && previousOwn);
    if (mine) {
      run += ms;
      total += ms;
      longest = Math.max(longest, run);
    } else run = 0;
    previousOwn = mine;
  }
  return { ownLongestRunMs: Math.round(longest), ownTotalMs: Math.round(total) };
}
