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
