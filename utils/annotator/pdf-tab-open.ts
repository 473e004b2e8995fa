import { sendMessage } from '../messaging';
import { type NavigationType, autoOpenStep, navigationTypeOf } from '../pdf/auto-open';
import { NATIVE_VIEWER_HASH } from '../pdf/viewer-address';
import { readReaderState } from './reader-state';

/**
 * With the option on, a PDF opened in the browser's viewer moves to the Lens viewer (unless the reader
 * asked for the browser's viewer). Reached by Back from the viewer it moved to, it steps back once more,
 * to the page before it (see utils/pdf/auto-open.ts); reached by any other history step it stays.
 */
export async function openInViewerIfAsked(): Promise<void> {
  if (document.contentType !== 'application/pdf') return;
  const url = location.href.replace(/#.*$/, '');
  const step = async (navigationType: NavigationType) => {
    const optionOn = (await readReaderState()).settings.openPdfsInViewer;
    const next = autoOpenStep({ optionOn, nativeAsked: location.hash === NATIVE_VIEWER_HASH, navigationType });
    if (next === 'open') await sendMessage('openPdfInViewer', { url });
    else if (next === 'returned' && (await sendMessage('pdfTabReturned', { url })) === 'back') history.back();
  };
  // A page restored from the back/forward cache runs no script again: its pageshow says it is back.
  window.addEventListener('pageshow', (event) => void (event.persisted && step('back_forward').catch(() => undefined)));
  await step(navigationTypeOf(performance));
}
