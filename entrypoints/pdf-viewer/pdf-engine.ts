/**
 * What needs PDF.js, loaded by the viewer as a chunk of its own (`import('./pdf-engine')`), started as
 * the page starts. Why: evaluating PDF.js is most of the viewer's start-up; in its own task it no longer
 * adds to the task that draws the toolbar and opens the database (one task of 50–80 ms otherwise).
 */
export { openPdf } from './pdf-source';
export { ViewerSession } from './viewer-session';
