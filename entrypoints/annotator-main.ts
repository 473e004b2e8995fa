import { annotatePage } from '../utils/annotator/annotate-page';
import { ANNOTATOR_GLOBAL, type AnnotatorScript } from '../utils/annotator/annotator-script';
import { openInViewerIfAsked } from '../utils/annotator/pdf-tab-open';

// Loaded by the content script once the page names something (see utils/annotator/annotator-script.ts).
export default defineUnlistedScript(() => {
  const exports: AnnotatorScript = { annotatePage, openInViewerIfAsked };
  (globalThis as unknown as Record<string, AnnotatorScript>)[ANNOTATOR_GLOBAL] = exports;
});
