/**
 * The "open PDFs in the Lens PDF viewer" option and the browser's history. A tab that follows a link to
 * a PDF first shows it in the browser's viewer (its history now: page A, the PDF), and is then moved
 * to the Lens viewer (A, the PDF, the viewer): extensions cannot replace a history entry without more
 * permissions. So the PDF's entry is a stepping stone: Back from the viewer reaches it, and it steps
 * back once more, to A. Pure: the content script and the background apply these decisions.
 */

/** How the tab reached a document (PerformanceNavigationTiming's `type`). */
export type NavigationType = 'navigate' | 'reload' | 'back_forward' | 'prerender';

/**
 * What a PDF shown in the browser's viewer does: moves to the Lens viewer (`open`), asks whether it is
 * a stepping stone reached back from the viewer (`returned`: a history step is never redirected again,
 * or Back could never leave the PDF), or stays.
 */
export function autoOpenStep({ optionOn, nativeAsked, navigationType }: { optionOn: boolean; nativeAsked: boolean; navigationType: NavigationType }): 'open' | 'returned' | 'stay' {
  if (!optionOn || nativeAsked) return 'stay';
  return navigationType === 'back_forward' ? 'returned' : 'open';
}

/**
 * The tabs whose PDF entry the option moved to the viewer (tab id → the PDF's address), and what a
 * stepping stone reached by a history step does: steps back, once, when it is this tab's auto-opened
 * PDF (Back from the viewer); stays otherwise (Forward after that, or a PDF the reader opened in the
 * Lens viewer by hand: Back from the viewer shows the browser's viewer, as it was).
 */
export type AutoOpened = Record<string, string>;

export function afterReturn(opened: AutoOpened, tabId: number, pdfUrl: string): { step: 'back' | 'stay'; opened: AutoOpened } {
  if (opened[tabId] !== pdfUrl) return { step: 'stay', opened };
  return { step: 'back', opened: withoutTab(opened, tabId) };
}

/** Forgets a tab (stepped back over, or closed). */
export function withoutTab(opened: AutoOpened, tabId: number): AutoOpened {
  if (!(String(tabId) in opened)) return opened;
  return Object.fromEntries(Object.entries(opened).filter(([id]) => id !== String(tabId)));
}

/** The navigation type of this document, from the Navigation Timing entry (or the older API). */
export function navigationTypeOf(perf: Performance): NavigationType {
  const entry = perf.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (entry?.type) return entry.type as NavigationType;
  const legacy = (perf as Performance & { navigation?: { type: number } }).navigation?.type;
  return legacy === 2 ? 'back_forward' : legacy === 1 ? 'reload' : 'navigate';
}
