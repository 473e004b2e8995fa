import type { annotatePage } from './annotate-page';
import type { openInViewerIfAsked } from './pdf-tab-open';

/**
 * The annotator proper (`entrypoints/annotator-main.ts`, built as `annotator-main.js`): what a page runs
 * once the first look (`probePage`) found a name on it, and what the content script's rarer commands
 * need (the PDF option's settings). Most pages never load it.
 */
export interface AnnotatorScript {
  annotatePage: typeof annotatePage;
  openInViewerIfAsked: typeof openInViewerIfAsked;
}

/** Where `annotator-main.js` leaves its exports: a global of the content script's own world. */
export const ANNOTATOR_GLOBAL = '__defenseInnovationLensAnnotator';
