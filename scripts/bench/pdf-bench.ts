// The PDF viewer's part of `npm run bench`: a 100-page PDF printed by Chromium from the seed texts,
// opened in the built extension's viewer; time to first highlight, time until every page is read and
// annotated, main-thread time, and long tasks with annotation on and off (the difference is what
// annotation adds). Needs the built Chrome extension (`npm run build`).
import { withReportSection } from './report-section';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../../tests/support/launch-extension';
import { serveFolder } from '../../tests/support/static-server';
import { readSeedParagraphs } from './make-pages';
import { max, median } from './stats';

export const PDF_PAGES = 100;
const LONG_TASK_MS = 50;

export interface PdfRun {
  firstHighlightMs: number;
  /** Until every page's text layer is built and annotated (highlight count settled). */
  allAnnotatedMs: number;
  /** Main-thread task time of the extension's renderer over the run (CDP TaskDuration). */
  mainThreadMs: number;
  /** Script time over the run (CDP ScriptDuration). */
  scriptMs: number;
  /** Long tasks (ms) other than the one that compiles the matcher. */
  longTasksMs: number[];
  /** The long task that holds the matcher's compilation (set-up, as on every web page), or 0. */
  compileTaskMs: number;
  compileMs: number;
  /** Reading the dataset and the reader's terms from the database (mostly waiting, not main-thread work). */
  datasetReadMs: number;
  highlights: number;
  /** When the PDF's bytes were in, PDF.js had opened it, and the first text layer was built. */
  pdfReadMs: number;
  pdfOpenedMs: number;
  firstTextLayerMs: number;
}

export interface PdfBenchResult {
  pages: number;
  pdfBytes: number;
  runs: number;
  on: PdfRun[];
  off: PdfRun[];
  median: { firstHighlightMs: number; allAnnotatedMs: number; mainThreadMs: number; scriptMs: number; mainThreadOffMs: number; allReadOffMs: number };
  /** The median over runs of each run's longest task (other than the matcher's compilation). */
  longestTaskOnMs: number;
  longestTaskOffMs: number;
  /** The longest task of all runs. */
  worstTaskOnMs: number;
  worstTaskOffMs: number;
  longTasksOn: number;
  longTasksOff: number;
  /** The machine's load average (1 min) when the runs started and ended: other work shows in every figure. */
  load: { start: number; end: number };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One page per section, each filled with seed paragraphs (the seeds name programmes, firms and technologies). */
export function bookHtml(pages: number): string {
  const paragraphs = readSeedParagraphs().filter((p) => p.length > 200);
  const sections: string[] = [];
  for (let page = 0; page < pages; page += 1) {
    const body = [0, 1, 2].map((k) => `<p>${escapeHtml(paragraphs[(page * 3 + k) % paragraphs.length]!.slice(0, 900))}</p>`).join('');
    sections.push(`<section><h2>Section ${page + 1}</h2>${body}</section>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Defense innovation reader (${pages} pages)</title><style>
    body { font: 11pt/1.45 Georgia, serif; } section { break-after: page; height: 9in; overflow: hidden; } h2 { font-size: 14pt; }
  </style></head><body>${sections.join('')}</body></html>`;
}

/** In the viewer: when the first highlight appeared, and every long task, from the page's start. */
const INSTRUMENT = `(() => {
  const w = window;
  w.__bench = { first: null, longTasks: [] };
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__bench.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  const poll = () => {
    const found = ['program', 'firm', 'edt'].some((c) => (CSS.highlights?.get('defense-innovation-lens-' + c)?.size ?? 0) > 0);
    if (found) w.__bench.first = performance.now(); else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/**
 * Resolves once every text layer is built and (annotating) the viewer marked every page annotated.
 * Only pages near the view have their highlights registered, so the count is of those.
 */
const SETTLE = `async (pages, annotated) => {
  const count = () => ['program', 'firm', 'edt'].reduce((sum, c) => sum + (CSS.highlights?.get('defense-innovation-lens-' + c)?.size ?? 0), 0);
  const allRead = () => {
    const layers = document.querySelectorAll('.pdf-page .textLayer');
    return layers.length === pages && Array.from(layers).every((layer) => layer.childElementCount > 0);
  };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = count();
    const done = performance.getEntriesByName('lens:every-page-annotated')[0];
    if (allRead() && (!annotated || done)) return { at: done ? done.startTime : performance.now(), highlights: now };
    if (performance.now() > 120000) throw new Error('the PDF did not settle in 120 s');
  }
}`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Opens the PDF in the viewer and waits until every page is read and annotated (or read, with annotation off). */
async function oneRun(page: Page, cdp: CDPSession, viewerUrl: string, annotated: boolean): Promise<PdfRun> {
  const before = await metrics(cdp);
  await page.goto(viewerUrl);
  // Passed as text: tsx names arrow functions with a helper the page does not have.
  const settled = (await page.evaluate(`(${SETTLE})(${PDF_PAGES}, ${annotated})`)) as { at: number; highlights: number };
  const after = await metrics(cdp);
  const bench = ((await page.evaluate('window.__bench')) as { first: number | null; longTasks: [number, number][] } | undefined) ?? { first: null, longTasks: [] };
  const marks = (await page.evaluate(`Object.fromEntries(['lens:pdf-read', 'lens:pdf-opened', 'lens:first-text-layer'].map((name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? null]))`)) as Record<string, number | null>;
  const compile = (await page.evaluate(`performance.getEntriesByName('lens:matcher-compile').map((e) => [e.startTime, e.duration])[0] ?? null`)) as [number, number] | null;
  const read = (await page.evaluate(`performance.getEntriesByName('lens:dataset-read').map((e) => [e.startTime, e.duration])[0] ?? null`)) as [number, number] | null;
  // A long task that holds the matcher's compilation is set-up (as on every web page), not annotation.
  const inCompile = ([start, duration]: [number, number]) => compile !== null && start <= compile[0] + compile[1] && start + duration >= compile[0];
  return {
    firstHighlightMs: bench.first ?? Number.NaN,
    allAnnotatedMs: settled.at,
    mainThreadMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    longTasksMs: bench.longTasks.filter((task) => !inCompile(task)).map(([, duration]) => duration),
    compileTaskMs: max(bench.longTasks.filter(inCompile).map(([, duration]) => duration)),
    compileMs: compile?.[1] ?? Number.NaN,
    datasetReadMs: read?.[1] ?? Number.NaN,
    highlights: settled.highlights,
    pdfReadMs: marks['lens:pdf-read'] ?? Number.NaN,
    pdfOpenedMs: marks['lens:pdf-opened'] ?? Number.NaN,
    firstTextLayerMs: marks['lens:first-text-layer'] ?? Number.NaN,
  };
}

export async function runPdfBench(runs: number, log: (message: string) => void): Promise<PdfBenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dil-pdf-bench-'));
  const server = await serveFolder(dir);
  const browser = await launchWithExtension();
  try {
    const printer = await browser.context.newPage();
    await printer.setContent(bookHtml(PDF_PAGES));
    const pdf = await printer.pdf({ format: 'Letter', margin: { top: '0.75in', bottom: '0.75in', left: '0.9in', right: '0.9in' } });
    writeFileSync(path.join(dir, 'book.pdf'), pdf);
    await printer.close();
    const viewerUrl = `chrome-extension://${browser.extensionId}/pdf-viewer.html?file=${encodeURIComponent(server.url('book.pdf'))}`;
    const host = new URL(server.url('book.pdf')).host;
    const setSite = (enabled: boolean) =>
      browser.serviceWorker.evaluate(
        `(async () => {
          const settings = (await chrome.storage.sync.get('settings')).settings ?? {};
          await chrome.storage.sync.set({ settings: { ...settings, disabledSites: ${enabled ? '[]' : JSON.stringify([host])} } });
        })()`,
      );
    const loadAtStart = os.loadavg()[0]!;
    const result: PdfBenchResult = { load: { start: loadAtStart, end: 0 }, pages: PDF_PAGES, pdfBytes: pdf.length, runs, on: [], off: [], median: {} as PdfBenchResult['median'], longestTaskOnMs: 0, longestTaskOffMs: 0, worstTaskOnMs: 0, worstTaskOffMs: 0, longTasksOn: 0, longTasksOff: 0 };
    // A warm-up run (the dataset install, caches), then alternating runs with annotation on and off.
    for (let i = 0; i <= runs; i += 1) {
      for (const annotated of [true, false]) {
        await setSite(annotated);
        const page = await browser.context.newPage();
        await page.addInitScript(INSTRUMENT);
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const run = await oneRun(page, cdp, viewerUrl, annotated);
        await page.close();
        if (i === 0) continue;
        (annotated ? result.on : result.off).push(run);
        log(`pdf ${annotated ? 'on ' : 'off'} run ${i}: first highlight ${run.firstHighlightMs.toFixed(0)} ms, all read ${run.allAnnotatedMs.toFixed(0)} ms, main thread ${run.mainThreadMs.toFixed(0)} ms, compile ${run.compileMs.toFixed(0)} ms, longest other task ${max(run.longTasksMs).toFixed(0)} ms`);
      }
    }
    await setSite(true);
    result.load.end = os.loadavg()[0]!;
    result.median = {
      firstHighlightMs: median(result.on.map((r) => r.firstHighlightMs)),
      allAnnotatedMs: median(result.on.map((r) => r.allAnnotatedMs)),
      mainThreadMs: median(result.on.map((r) => r.mainThreadMs)),
      scriptMs: median(result.on.map((r) => r.scriptMs)),
      mainThreadOffMs: median(result.off.map((r) => r.mainThreadMs)),
      allReadOffMs: median(result.off.map((r) => r.allAnnotatedMs)),
    };
    // Per run, then the median: one task stretched by another process on a two-core machine is not the viewer's.
    result.longestTaskOnMs = median(result.on.map((r) => max(r.longTasksMs)));
    result.longestTaskOffMs = median(result.off.map((r) => max(r.longTasksMs)));
    result.worstTaskOnMs = max(result.on.flatMap((r) => r.longTasksMs));
    result.worstTaskOffMs = max(result.off.flatMap((r) => r.longTasksMs));
    result.longTasksOn = median(result.on.map((r) => r.longTasksMs.filter((d) => d > LONG_TASK_MS).length));
    result.longTasksOff = median(result.off.map((r) => r.longTasksMs.filter((d) => d > LONG_TASK_MS).length));
    return result;
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : 'n/a');
const task = (value: number) => (value === 0 ? `none over ${LONG_TASK_MS} ms` : ms(value));

/** The report's section for the PDF viewer. */
export function pdfBenchSection(result: PdfBenchResult): string {
  const verdict =
    result.longTasksOn <= result.longTasksOff && result.longestTaskOnMs <= Math.max(LONG_TASK_MS, result.longestTaskOffMs) + 5
      ? 'no long task comes from annotation: the runs with it have no more or longer tasks than those without'
      : `annotation adds long tasks (${result.longTasksOn} vs ${result.longTasksOff} per run, longest ${ms(result.longestTaskOnMs)})`;
  return [
    '## PDF viewer: a 100-page PDF',
    '',
    `A ${result.pages}-page PDF (${(result.pdfBytes / 1024).toFixed(0)} kB) printed by Chromium from the seed texts, opened in the built extension's viewer (\`pdf-viewer.html?file=\`) from 127.0.0.1, with the real dataset; ` +
      `median of ${result.runs} runs after a warm-up, each in a fresh tab (load average ${result.load.start.toFixed(1)} at the start, ${result.load.end.toFixed(1)} at the end, on ${os.cpus().length} cores). "Off" is the same PDF with highlighting switched off for its site: PDF.js rendering and text layers only. ` +
      'Times are from the start of navigation; main-thread time is the renderer\'s task time over the run (CDP `TaskDuration`), which includes drawing the pages in view and building all 100 text layers.',
    '',
    '| figure | annotation on | annotation off |',
    '| --- | --- | --- |',
    `| PDF downloaded / opened by PDF.js / first text layer built | ${[...(['pdfReadMs', 'pdfOpenedMs', 'firstTextLayerMs'] as const)].map((k) => ms(median(result.on.map((r) => r[k])))).join(' / ')} | ${[...(['pdfReadMs', 'pdfOpenedMs', 'firstTextLayerMs'] as const)].map((k) => ms(median(result.off.map((r) => r[k])))).join(' / ')} |`,
    `| time to first highlight | ${ms(result.median.firstHighlightMs)} | – |`,
    `| every page read (and annotated) | ${ms(result.median.allAnnotatedMs)} | ${ms(result.median.allReadOffMs)} |`,
    `| main-thread time | ${ms(result.median.mainThreadMs)} | ${ms(result.median.mainThreadOffMs)} |`,
    `| long tasks (> ${LONG_TASK_MS} ms) per run | ${result.longTasksOn} | ${result.longTasksOff} |`,
    `| longest task (median of runs; the longest of all runs) | ${task(result.longestTaskOnMs)} (${task(result.worstTaskOnMs)}) | ${task(result.longestTaskOffMs)} (${task(result.worstTaskOffMs)}) |`,
    `| highlights | ${median(result.on.map((r) => r.highlights)).toLocaleString('en')} | – |`,
    `| set-up: compiling the matcher (dataset and your terms), one task | ${ms(median(result.on.map((r) => r.compileMs)))} (task ${ms(median(result.on.map((r) => r.compileTaskMs)))}) | ${ms(median(result.off.map((r) => r.compileMs)))} |`,
    `| set-up: reading the dataset from the database | ${ms(median(result.on.map((r) => r.datasetReadMs)))} | ${ms(median(result.off.map((r) => r.datasetReadMs)))} |`,
    '',
    'The first page of this PDF names only NATO (an umbrella institution, not highlighted by default), so the first highlight is on page 2, whose text PDF.js reads after the pages in view are drawn.',
    '',
    `Verdict: ${verdict}. Long tasks are counted without the one that compiles the matcher: that set-up is one task per page, paid by every web page's content script as well, and is listed on its own row (moving it off the main thread is a separate change).`,
    '',
  ].join('\n');
}

/** The report with its PDF section replaced (or added at the end), between markers. */
export function withPdfSection(report: string, section: string): string {
  return withReportSection(report, 'pdf-bench', section);
}
