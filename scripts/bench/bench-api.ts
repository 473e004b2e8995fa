/**
 * What the page entry (bundled and injected into each benchmark page) puts on `window`, and what its
 * functions return. Shared by the page side and the Node side so both agree on the shapes.
 */
export interface LongTask {
  startMs: number;
  durationMs: number;
}

export interface LoadSpecResult {
  compileMs: number;
  aliases: number;
}

export interface PageStats {
  elements: number;
  textNodes: number;
  blocks: number;
  chars: number;
  /** The blocks' texts as the project's collector reads them, for the Node-side matcher runs. */
  texts: string[];
}

export interface OursResult {
  /** From before constructing the annotator until `annotate` resolved with highlights registered. */
  totalMs: number;
  /** Until the first `Highlighter.add` with mentions returned. */
  firstHighlightMs: number;
  /** Until the frame after registration was produced (rendering of the highlights included). */
  nextFrameMs: number;
  mentions: number;
  highlighted: number;
  blocks: number;
  longTasks: LongTask[];
}

export interface MarkResult {
  ms: number;
  nextFrameMs: number;
  timedOut: boolean;
  termsDone: number;
  terms: number;
  marks: number;
  longTasks: LongTask[];
}

export interface FloorResult {
  ms: number;
  nodes: number;
  chars: number;
}

/** The annotate pipeline run step by step without time slicing, to see where the time goes. */
export interface PhaseResult {
  collectMs: number;
  scanMs: number;
  resolveMs: number;
  rangesMs: number;
  verifyMs: number;
  viewMs: number;
  highlightMs: number;
  totalMs: number;
}

export interface MutationResult {
  variant: 'direct' | 'watcher';
  whitespace: boolean;
  paragraphs: number;
  batches: number;
  /** Wall time from the first append until the last appended paragraph's mentions were registered. */
  totalMs: number;
  /** Time spent inside `PageAnnotator.update` (direct) or in annotation jobs (watcher). */
  updateMs: number;
  maxUpdateMs: number;
  /** Annotation jobs run (the watcher groups mutation records into fewer jobs). */
  updates: number;
  mentionsBefore: number;
  mentionsAfter: number;
  longTasks: LongTask[];
}

export interface BenchApi {
  /** Fetches a matcher spec; compiles it unless only mark.js will run on this page load. */
  loadSpec(url: string, compile: boolean): Promise<LoadSpecResult>;
  pageStats(): PageStats;
  ours(): Promise<OursResult>;
  markjs(capMs: number): Promise<MarkResult>;
  floor(): FloorResult;
  phases(): PhaseResult;
  /** `whitespace`: line breaks between the appended paragraphs (text nodes directly in the article). */
  mutation(variant: 'direct' | 'watcher', paragraphsUrl: string, batchSize: number, whitespace: boolean): Promise<MutationResult>;
  longTaskSupported(): boolean;
}

export const BENCH_GLOBAL = '__defenseInnovationLensBench';
