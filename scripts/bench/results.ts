import type { FloorResult, LongTask, MarkResult, MutationResult, OursResult, PhaseResult } from './bench-api';

/** Everything the benchmark measured, as written to docs/benchmarks.json. Times in milliseconds. */
export interface BenchResults {
  generatedAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    chromium: string;
    playwrightCore: string;
    markJs: string;
    crossOriginIsolated: boolean;
    longTaskApi: boolean;
    /** 1, 5 and 15-minute load averages when the run started and ended (other work on the machine). */
    loadAverage: { start: number[]; end: number[] };
  };
  config: {
    runs: number;
    /** Rounds on the 100k-word and 50k-node pages. */
    runsOnBigPages: number;
    phaseRuns: number;
    heapRuns: number;
    markCapMs: number;
    seed: number;
    mutationParagraphs: number;
    mutationBatch: number;
    durationS?: number;
  };
  pages: PageInfo[];
  datasets: DatasetInfo[];
  cells: CellResult[];
  floors: { page: string; runs: FloorResult[]; medianMs: number }[];
  nodeMatcher: NodeMatcherResult[];
  mutation: MutationSummary[];
  targets: TargetResult[];
}

export interface PageInfo {
  id: string;
  label: string;
  /** Words the generator emitted, and as read back by the project's collector. */
  words: number;
  collectedWords: number;
  htmlBytes: number;
  elements: number;
  textNodes: number;
  blocks: number;
  chars: number;
  textBytes: number;
}

export interface DatasetInfo {
  id: string;
  label: string;
  aliases: number;
  /** Distinct strings in the automaton (folded aliases, context words, topic words). */
  patterns: number;
  specJsonBytes: number;
  specGzipBytes: number;
  compileNodeMs: { first: number; median: number };
  automatonNodeMs: { first: number; median: number };
  compileChromiumMs: number;
  /** Heap the compiled matcher keeps in the page (parsed spec included), after GC. */
  matcherHeapBytes: number;
}

export interface HeapSample {
  /** Used heap after our run, before any forced GC, minus the used heap before it (after GC). */
  addedBytes: number;
  /** The same after a forced GC: what the annotator keeps while the page is open. */
  retainedBytes: number;
}

export interface CellResult {
  page: string;
  dataset: string;
  ours: { runs: OursResult[]; heap: HeapSample[]; medianMs: number; medianFirstHighlightMs: number; medianNextFrameMs: number; longestTaskMs: number };
  mark: { runs: MarkResult[]; medianMs: number; timedOut: boolean; skipped?: string };
  phases: { runs: PhaseResult[]; median: PhaseResult };
  floorMs: number;
  /** ours ÷ mark.js time (below 1 means ours is faster); a bound when mark.js hit the cap. */
  oursOverMark: number;
  markOverOurs: number;
  oursOverFloor: number;
  heapAddedBytes: number;
  heapRetainedBytes: number;
}

export interface NodeMatcherResult {
  page: string;
  dataset: string;
  findAllMs: number;
  mbPerS: number;
  mentions: number;
  /** normalizeText alone over the same texts (independent of the dataset). */
  normalizeMs: number;
  normalizeMbPerS: number;
}

export interface MutationSummary {
  dataset: string;
  variant: MutationResult['variant'];
  whitespace: boolean;
  runs: MutationResult[];
  medianTotalMs: number;
  medianUpdateMs: number;
  medianMaxUpdateMs: number;
  longestTaskMs: number;
}

export interface TargetResult {
  target: string;
  met: boolean | null;
  detail: string;
}

export const longest = (tasks: readonly LongTask[]) => tasks.reduce((most, task) => Math.max(most, task.durationMs), 0);
