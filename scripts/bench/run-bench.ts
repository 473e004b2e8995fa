// npm run bench — annotation speed, memory and responsiveness in Debian's Chromium, against mark.js
// and a bare DOM walk, on generated news pages of 1k/10k/100k words and one of 50k small nodes, with
// the real dataset and synthetic ones of 3k and 30k aliases. Writes docs/benchmarks.md and .json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type Page, chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/support/launch-extension';
import type { DatasetBundle } from '../../utils/dataset/schema';
import { AhoCorasick } from '../../utils/matcher/aho-corasick';
import { type MatcherSpec, matcherSpecOf } from '../../utils/matcher/alias-index';
import { compileMatcher } from '../../utils/matcher/find-mentions';
import { normalizeAlias, normalizeText } from '../../utils/matcher/normalize-text';
import { BENCH_GLOBAL, type BenchApi, type FloorResult, type MarkResult, type PageStats } from './bench-api';
import { type BenchPage, appendedParagraphs, articlePage, manyNodesPage, readSeedParagraphs } from './make-pages';
import { pageLoadSection, runPageLoadBench, withPageLoadSection } from './page-load-bench';
import { pdfBenchSection, runPdfBench, withPdfSection } from './pdf-bench';
import { writeReport } from './report';
import { runWakeUpBench, wakeUpSection, withWakeUpSection } from './wake-up-bench';
import { type BenchResults, type CellResult, type DatasetInfo, type MutationSummary, type NodeMatcherResult, type PageInfo, longest } from './results';
import { serveIsolated } from './serve-isolated';
import { max, median, timed } from './stats';
import { syntheticSpec } from './synthetic-aliases';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// `--quick` (one round of everything) is for checking the harness itself, not for figures.
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 1 : 5;
// A load of the 100k-word page or the 50k-node page costs up to 2–3 s (parse, style, layout), and
// every run gets a fresh load: fewer rounds there keep the whole run within a few minutes.
const BIG_PAGES = new Set(['page-100k', 'page-50k-nodes']);
const RUNS_BIG = QUICK ? 1 : 3;
const PHASE_RUNS = QUICK ? 1 : 2;
const HEAP_RUNS = QUICK ? 1 : 2;
const MATCHER_HEAP_PAGE = 'page-1k';
const MARK_CAP_MS = 3_000;
const MARK_TARGET = { page: 'page-10k', dataset: '3k' };
const SEED = 20_261_122;
const MUTATION_PAGE = 'page-10k';
const MUTATION_DATASET = 'real';
const MUTATION_PARAGRAPHS = 1_000;
const MUTATION_BATCH = 10;
// The line-break variant re-reads the whole article per batch (see the report) and takes ~10 s.
const MUTATION_RUNS = QUICK ? 1 : 2;
const MUTATION_VARIANTS = [
  { variant: 'direct', whitespace: true },
  { variant: 'direct', whitespace: false },
  { variant: 'watcher', whitespace: true },
] as const;
// Node timings: at least this many runs and this much total time per figure, median reported.
const NODE_RUNS = 10;
const NODE_MIN_MS = 300;

const started = performance.now();

// `--pdf-only`: just the PDF viewer's figures (needs `npm run build`), written into the report's PDF section.
const PDF_RUNS = QUICK ? 1 : 5;
const PAGE_LOAD_RUNS = QUICK ? 1 : 5;
if (process.argv.includes('--pdf-only')) {
  const result = await runPdfBench(PDF_RUNS, (message) => console.log(message));
  const report = path.join(ROOT, 'docs', 'benchmarks.md');
  writeFileSync(report, withPdfSection(readFileSync(report, 'utf8'), pdfBenchSection(result)));
  writeFileSync(path.join(ROOT, 'docs', 'benchmarks-pdf.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(pdfBenchSection(result));
  process.exit(0);
}
// `--page-load-only`: just what a reader pays per page load with the built extension (needs `npm run build`;
// `DIL_PROFILE_BUILD=1 npm run build` too for the breakdown by function), written into its report section.
if (process.argv.includes('--page-load-only')) {
  const result = await runPageLoadBench(PAGE_LOAD_RUNS, (message) => console.log(message));
  const report = path.join(ROOT, 'docs', 'benchmarks.md');
  writeFileSync(report, withPageLoadSection(readFileSync(report, 'utf8'), pageLoadSection(result, PAGE_LOAD_RUNS)));
  writeFileSync(path.join(ROOT, 'docs', 'benchmarks-page-load.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(pageLoadSection(result, PAGE_LOAD_RUNS));
  process.exit(0);
}
// `--wake-up-only`: what the background pays to get its matcher back after the service worker was stopped
// (Node, fake-indexeddb; no browser), written into its report section.
const WAKE_UP_RUNS = QUICK ? 1 : 7;
if (process.argv.includes('--wake-up-only')) {
  const rows = await runWakeUpBench(WAKE_UP_RUNS, (message) => console.log(message));
  const report = path.join(ROOT, 'docs', 'benchmarks.md');
  writeFileSync(report, withWakeUpSection(readFileSync(report, 'utf8'), wakeUpSection(rows, process.version)));
  writeFileSync(path.join(ROOT, 'docs', 'benchmarks-wake-up.json'), `${JSON.stringify(rows, null, 2)}\n`);
  console.log(wakeUpSection(rows, process.version));
  process.exit(0);
}
const loadAtStart = os.loadavg();
const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// ---------------------------------------------------------------- inputs
const bundle = JSON.parse(readFileSync(path.join(ROOT, 'public', 'dataset-bundle.json'), 'utf8')) as DatasetBundle;
const real = matcherSpecOf(bundle, bundle.entities);
// One seed for both sizes: generation is sequential, so the 3k set is a prefix of the 30k set and
// the comparison between them changes only the number of aliases.
const datasets: { id: string; label: string; spec: MatcherSpec }[] = [
  { id: 'real', label: `real (${real.aliases.length.toLocaleString('en')} aliases)`, spec: real },
  { id: '3k', label: '3k aliases', spec: syntheticSpec(real, 3_000, SEED) },
  { id: '30k', label: '30k aliases', spec: syntheticSpec(real, 30_000, SEED) },
];

const paragraphs = readSeedParagraphs();
const pages: BenchPage[] = [
  articlePage('page-1k', '1k words', 1_000, paragraphs, SEED),
  articlePage('page-10k', '10k words', 10_000, paragraphs, SEED),
  articlePage('page-100k', '100k words', 100_000, paragraphs, SEED),
  manyNodesPage('page-50k-nodes', '50k small nodes', 50_000, paragraphs, SEED),
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'dil-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
for (const page of pages) writeFileSync(path.join(dir, page.file), page.html);
for (const dataset of datasets) writeFileSync(path.join(dir, `spec-${dataset.id}.json`), JSON.stringify(dataset.spec));
writeFileSync(path.join(dir, 'appended.json'), JSON.stringify(appendedParagraphs(MUTATION_PARAGRAPHS, paragraphs, SEED)));

const bundled = await build({
  entryPoints: [path.join(import.meta.dirname, 'page-entry.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  write: false,
  logLevel: 'silent',
  plugins: [
    {
      name: 'no-extension-storage',
      setup(builder) {
        builder.onResolve({ filter: /^wxt\/utils\/storage$/ }, () => ({ path: path.join(import.meta.dirname, 'storage-stub.ts') }));
      },
    },
  ],
});
const entryScript = bundled.outputFiles[0]!.text;
const highlightsCss = readFileSync(path.join(ROOT, 'utils', 'annotator', 'highlights.css'), 'utf8');

// ---------------------------------------------------------------- browser
const server = await serveIsolated(dir);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const tab = await context.newPage();
const cdp = await context.newCDPSession(tab);

async function call<K extends keyof BenchApi>(page: Page, name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return (await page.evaluate(
    ([global, method, values]) => {
      const api = (window as unknown as Record<string, Record<string, (...input: unknown[]) => unknown>>)[global]!;
      return api[method]!(...values);
    },
    [BENCH_GLOBAL, name, args as unknown[]] as const,
  )) as Awaited<ReturnType<BenchApi[K]>>;
}

/** A fresh document for every measured run: nothing carries over (DOM, highlights, page scripts' state). */
async function open(page: BenchPage): Promise<void> {
  await tab.goto(server.url(page.file), { waitUntil: 'load' });
  await tab.addStyleTag({ content: highlightsCss });
  await tab.addScriptTag({ content: entryScript });
  // The content script runs at document_idle, after the page has been laid out and painted.
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

const usedHeap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
const collectGarbage = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
};

log(`Chromium ${browser.version()}; pages and specs in ${dir}`);
const pageStats = new Map<string, PageStats>();
let crossOriginIsolated = false;
let longTaskApi = false;
for (const page of pages) {
  await open(page);
  pageStats.set(page.id, await call(tab, 'pageStats'));
  crossOriginIsolated = await tab.evaluate(() => globalThis.crossOriginIsolated);
  longTaskApi = await call(tab, 'longTaskSupported');
}

const emptyPhases = { collectMs: 0, scanMs: 0, resolveMs: 0, rangesMs: 0, verifyMs: 0, viewMs: 0, highlightMs: 0, totalMs: 0 };
const cells = new Map<string, CellResult>();
const cellOf = (page: string, dataset: string) => {
  const key = `${page}|${dataset}`;
  let cell = cells.get(key);
  if (!cell) {
    cell = {
      page,
      dataset,
      ours: { runs: [], heap: [], medianMs: 0, medianFirstHighlightMs: 0, medianNextFrameMs: 0, longestTaskMs: 0 },
      mark: { runs: [], medianMs: 0, timedOut: false },
      phases: { runs: [], median: emptyPhases },
      floorMs: 0,
      oursOverMark: 0,
      markOverOurs: 0,
      oursOverFloor: 0,
      heapAddedBytes: 0,
      heapRetainedBytes: 0,
    };
    cells.set(key, cell);
  }
  return cell;
};
const floors = new Map<string, FloorResult[]>(pages.map((page) => [page.id, []]));
const compileChromium = new Map<string, number[]>(datasets.map((dataset) => [dataset.id, []]));
const matcherHeap = new Map<string, number[]>(datasets.map((dataset) => [dataset.id, []]));

// Interleaved: every round measures every page × dataset × tool once, so drift in machine load
// spreads over all of them instead of biasing one.
for (let round = 0; round < RUNS; round += 1) {
  for (const page of pages) {
    if (BIG_PAGES.has(page.id) && round >= RUNS_BIG) continue;
    // Rotating the dataset order per round keeps any warm-up effect from always landing on one.
    const order = datasets.map((_, i) => datasets[(i + round) % datasets.length]!);
    for (const dataset of order) {
      const cell = cellOf(page.id, dataset.id);
      const specUrl = server.url(`spec-${dataset.id}.json`);

      await open(page);
      if (page.id === MATCHER_HEAP_PAGE) await collectGarbage();
      const beforeSpec = await usedHeap();
      compileChromium.get(dataset.id)!.push((await call(tab, 'loadSpec', specUrl, true)).compileMs);
      await collectGarbage();
      const beforeRun = await usedHeap();
      // Forced GCs cost most of a second on the big pages: the matcher's own heap is measured on
      // the smallest page only (it does not depend on the page).
      if (page.id === MATCHER_HEAP_PAGE) matcherHeap.get(dataset.id)!.push(beforeRun - beforeSpec);
      const ours = await call(tab, 'ours');
      const afterRun = await usedHeap();
      cell.ours.runs.push(ours);
      if (round < HEAP_RUNS) {
        await collectGarbage();
        cell.ours.heap.push({ addedBytes: afterRun - beforeRun, retainedBytes: (await usedHeap()) - beforeRun });
      }

      // Once mark.js has hit the cap on a cell, further rounds would only repeat the cap. The
      // datasets are nested (real ⊂ 3k ⊂ 30k) and mark.js pays per term, so a larger one cannot
      // finish where a smaller one did not; the target's own cell is always run.
      const smallerCapped = datasets.slice(0, datasets.indexOf(dataset)).some((d) => cellOf(page.id, d.id).mark.timedOut);
      const isTarget = page.id === MARK_TARGET.page && dataset.id === MARK_TARGET.dataset;
      if (!cell.mark.timedOut && smallerCapped && !isTarget) {
        cell.mark.timedOut = true;
        cell.mark.skipped = 'not run: a subset of its terms already hit the cap on this page';
      }
      if (!cell.mark.timedOut) {
        await open(page);
        await call(tab, 'loadSpec', specUrl, false);
        const mark: MarkResult = await call(tab, 'markjs', MARK_CAP_MS);
        cell.mark.runs.push(mark);
        cell.mark.timedOut = mark.timedOut;
      }

      // The floor shares a load with the (diagnostic) phase run, before it, to save page loads.
      const floorHere = dataset === order[0];
      if (round < PHASE_RUNS || floorHere) await open(page);
      if (floorHere) floors.get(page.id)!.push(await call(tab, 'floor'));
      if (round < PHASE_RUNS) {
        await call(tab, 'loadSpec', specUrl, true);
        cell.phases.runs.push(await call(tab, 'phases'));
      }
      const lastMark = cell.mark.runs.at(-1);
      log(
        `round ${round + 1} ${page.id} × ${dataset.id}: ours ${ours.totalMs.toFixed(1)} ms, ` +
          `mark.js ${lastMark ? `${lastMark.timedOut ? '>' : ''}${lastMark.ms.toFixed(0)} ms` : '-'}, ` +
          `longest task ${longest(ours.longTasks).toFixed(0)} ms, ${ours.mentions} mentions`,
      );
    }
  }
}

// ---------------------------------------------------------------- mutation workload
const mutation: MutationSummary[] = MUTATION_VARIANTS.map(({ variant, whitespace }) => ({
  dataset: MUTATION_DATASET,
  variant,
  whitespace,
  runs: [],
  medianTotalMs: 0,
  medianUpdateMs: 0,
  medianMaxUpdateMs: 0,
  longestTaskMs: 0,
}));
const mutationPage = pages.find((page) => page.id === MUTATION_PAGE)!;
for (let round = 0; round < MUTATION_RUNS; round += 1) {
  for (const summary of mutation) {
    await open(mutationPage);
    await call(tab, 'loadSpec', server.url(`spec-${summary.dataset}.json`), true);
    const result = await call(tab, 'mutation', summary.variant, server.url('appended.json'), MUTATION_BATCH, summary.whitespace);
    summary.runs.push(result);
    log(
      `mutation ${summary.variant}${summary.whitespace ? '' : ' (no whitespace)'} × ${summary.dataset}: ` +
        `${result.totalMs.toFixed(0)} ms total, ${result.updateMs.toFixed(0)} ms updating, longest task ${longest(result.longTasks).toFixed(0)} ms`,
    );
  }
}
for (const summary of mutation) {
  summary.medianTotalMs = median(summary.runs.map((r) => r.totalMs));
  summary.medianUpdateMs = median(summary.runs.map((r) => r.updateMs));
  summary.medianMaxUpdateMs = median(summary.runs.map((r) => r.maxUpdateMs));
  summary.longestTaskMs = max(summary.runs.map((r) => longest(r.longTasks)));
}

const chromiumVersion = browser.version();
await browser.close();
await server.close();

// ---------------------------------------------------------------- Node-side measurements
// Run with the browser closed, so the two do not compete for the machine's cores.
log('matcher alone in Node');
const utf8 = (texts: readonly string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
/** Timings of `fn` after one warm-up run: at least NODE_RUNS of them and NODE_MIN_MS in all. */
const repeat = (fn: () => unknown) => {
  fn();
  const runs: number[] = [];
  for (let total = 0; runs.length < NODE_RUNS || total < NODE_MIN_MS; total += runs.at(-1)!) runs.push(timed(fn).ms);
  return runs;
};
const nodeMatcher: NodeMatcherResult[] = [];
for (const page of pages) {
  const texts = pageStats.get(page.id)!.texts;
  const megabytes = utf8(texts) / 1e6;
  const normalizeMs = median(repeat(() => texts.forEach((text) => normalizeText(text))));
  for (const dataset of datasets) {
    const matcher = compileMatcher(dataset.spec);
    const mentions = matcher.findAll(texts).reduce((sum, list) => sum + list.length, 0);
    const findAllMs = median(repeat(() => matcher.findAll(texts)));
    nodeMatcher.push({ page: page.id, dataset: dataset.id, findAllMs, mbPerS: megabytes / (findAllMs / 1000), mentions, normalizeMs, normalizeMbPerS: megabytes / (normalizeMs / 1000) });
  }
}

log('compile times and spec sizes');
const datasetInfo: DatasetInfo[] = datasets.map((dataset) => {
  const compiles = Array.from({ length: NODE_RUNS }, () => timed(() => compileMatcher(dataset.spec)).ms);
  // The same strings compileMatcher hands its automaton: folded aliases, context words, topic words.
  const folded = new Set<string>();
  for (const alias of dataset.spec.aliases) {
    folded.add(normalizeAlias(alias.text).folded);
    for (const word of alias.context?.anyOf ?? []) folded.add(normalizeAlias(word).folded);
  }
  for (const word of dataset.spec.topicWords) folded.add(normalizeAlias(word).folded);
  folded.delete('');
  const patterns = [...folded];
  const automata = Array.from({ length: NODE_RUNS }, () => timed(() => new AhoCorasick(patterns)).ms);
  const json = JSON.stringify(dataset.spec);
  return {
    id: dataset.id,
    label: dataset.label,
    aliases: dataset.spec.aliases.length,
    patterns: patterns.length,
    specJsonBytes: Buffer.byteLength(json),
    specGzipBytes: gzipSync(json).length,
    compileNodeMs: { first: compiles[0]!, median: median(compiles) },
    automatonNodeMs: { first: automata[0]!, median: median(automata) },
    compileChromiumMs: median(compileChromium.get(dataset.id)!),
    matcherHeapBytes: median(matcherHeap.get(dataset.id)!),
  };
});

// ---------------------------------------------------------------- summaries and report
const floorSummaries = pages.map((page) => ({ page: page.id, runs: floors.get(page.id)!, medianMs: median(floors.get(page.id)!.map((f) => f.ms)) }));
for (const cell of cells.values()) {
  const { ours, mark, phases } = cell;
  ours.medianMs = median(ours.runs.map((r) => r.totalMs));
  ours.medianFirstHighlightMs = median(ours.runs.map((r) => r.firstHighlightMs));
  ours.medianNextFrameMs = median(ours.runs.map((r) => r.nextFrameMs));
  ours.longestTaskMs = max(ours.runs.map((r) => longest(r.longTasks)));
  // A capped mark.js run is a lower bound; the median of completed runs otherwise.
  mark.medianMs = mark.skipped ? MARK_CAP_MS : mark.timedOut ? max(mark.runs.map((r) => r.ms)) : median(mark.runs.map((r) => r.ms));
  const keys = Object.keys(emptyPhases) as (keyof typeof emptyPhases)[];
  phases.median = Object.fromEntries(keys.map((key) => [key, median(phases.runs.map((r) => r[key]))])) as typeof emptyPhases;
  cell.floorMs = floorSummaries.find((f) => f.page === cell.page)!.medianMs;
  cell.oursOverMark = ours.medianMs / mark.medianMs;
  cell.markOverOurs = mark.medianMs / ours.medianMs;
  cell.oursOverFloor = ours.medianMs / cell.floorMs;
  cell.heapAddedBytes = median(ours.heap.map((h) => h.addedBytes));
  cell.heapRetainedBytes = median(ours.heap.map((h) => h.retainedBytes));
}

const pageInfo: PageInfo[] = pages.map((page) => {
  const stats = pageStats.get(page.id)!;
  return {
    id: page.id,
    label: page.label,
    words: page.words,
    collectedWords: stats.texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0),
    htmlBytes: Buffer.byteLength(page.html),
    elements: stats.elements,
    textNodes: stats.textNodes,
    blocks: stats.blocks,
    chars: stats.chars,
    textBytes: utf8(stats.texts),
  };
});

const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
const packageVersion = (name: string) => (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const results: BenchResults = {
  generatedAt: new Date().toISOString(),
  machine: {
    cpu,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion,
    playwrightCore: packageVersion('playwright-core'),
    markJs: packageVersion('mark.js'),
    crossOriginIsolated,
    longTaskApi,
    loadAverage: { start: loadAtStart, end: os.loadavg() },
  },
  config: { runs: RUNS, runsOnBigPages: RUNS_BIG, phaseRuns: PHASE_RUNS, heapRuns: HEAP_RUNS, markCapMs: MARK_CAP_MS, seed: SEED, mutationParagraphs: MUTATION_PARAGRAPHS, mutationBatch: MUTATION_BATCH },
  pages: pageInfo,
  datasets: datasetInfo,
  cells: [...cells.values()],
  floors: floorSummaries,
  nodeMatcher,
  mutation,
  targets: [],
};
results.config.durationS = Math.round((performance.now() - started) / 1000);
const docs = path.join(ROOT, 'docs');
mkdirSync(docs, { recursive: true });
const { markdown, targets } = writeReport(results);
results.targets = targets;
log('the PDF viewer: a 100-page PDF in the built extension');
const pdfResult = await runPdfBench(PDF_RUNS, log);
log('page load: the built extension, per page and dataset');
const pageLoadResult = await runPageLoadBench(PAGE_LOAD_RUNS, log);
log('worker wake-up: reading the matcher back');
const wakeUp = await runWakeUpBench(WAKE_UP_RUNS, log);
writeFileSync(
  path.join(docs, 'benchmarks.md'),
  withWakeUpSection(withPageLoadSection(withPdfSection(markdown, pdfBenchSection(pdfResult)), pageLoadSection(pageLoadResult, PAGE_LOAD_RUNS)), wakeUpSection(wakeUp, process.version)),
);
writeFileSync(path.join(docs, 'benchmarks-wake-up.json'), `${JSON.stringify(wakeUp, null, 2)}\n`);
writeFileSync(path.join(docs, 'benchmarks-page-load.json'), `${JSON.stringify(pageLoadResult, null, 2)}\n`);
writeFileSync(path.join(docs, 'benchmarks-pdf.json'), `${JSON.stringify(pdfResult, null, 2)}\n`);
writeFileSync(path.join(docs, 'benchmarks.json'), `${JSON.stringify(results, null, 2)}\n`);
log('wrote docs/benchmarks.md and docs/benchmarks.json');
for (const target of targets) console.log(`${target.met === null ? 'n/a   ' : target.met ? 'met   ' : 'MISSED'} ${target.target}: ${target.detail}`);
