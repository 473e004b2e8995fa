// The PDF viewer's part of `npm run bench`: two 100-page PDFs printed by Chromium, one from the seed
// texts (a real article's density of names) and one dense with names (about 120 a page), opened in the
// built extension's viewer. For each: time to first highlight, time until every page is read and
// annotated, main-thread time, then a scroll through the whole document with the mouse wheel; long
// tasks at load and while scrolling with annotation on and off, and the long tasks that hold annotation
// work (the viewer marks it: `lens:annotate-pages`, `lens:highlight-boxes`). Needs the built Chrome
// extension (`npm run build`).
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
/** The scroll: wheel steps of this many pixels, this far apart (a reader flicking through), to the end. */
const SCROLL_STEP_PX = 2_500;
const SCROLL_PAUSE_MS = 60;

/** A task (start, duration), as the long-task observer reports it. */
type Task = [number, number];

export interface ScrollRun {
  /** Main-thread task time over the scroll (CDP TaskDuration). */
  mainThreadMs: number;
  /** Long tasks (ms) from the first wheel step until a second after the last. */
  longTasksMs: number[];
  /** The longest of those tasks caused by annotation (`causedByAnnotation`; 0 when none is). */
  annotationTaskMs: number;
  /** The longest of those tasks annotation worked in at all (0 when none). */
  holdingTaskMs: number;
  /** Time spent drawing highlight boxes over the scroll (the viewer's `lens:highlight-boxes` measures). */
  annotationWorkMs: number;
  /** Mentions drawn once the scroll ends (every page was come near). */
  highlights: number;
}

export interface PdfRun {
  firstHighlightMs: number;
  /** Until every page's text layer is built and annotated (highlight count settled). */
  allAnnotatedMs: number;
  /** Main-thread task time of the extension's renderer over the run (CDP TaskDuration). */
  mainThreadMs: number;
  /** Script time over the run (CDP ScriptDuration). */
  scriptMs: number;
  /** Long tasks (ms). */
  longTasksMs: number[];
  /** The longest of those caused by annotation (`causedByAnnotation`; 0 when none is). */
  annotationTaskMs: number;
  /** The longest of those annotation worked in at all (0 when none). */
  holdingTaskMs: number;
  /** Mentions drawn when every page is read (those of the pages near the view). */
  highlights: number;
  /** When the PDF's bytes were in, PDF.js had opened it, and the first text layer was built. */
  pdfReadMs: number;
  pdfOpenedMs: number;
  firstTextLayerMs: number;
  scroll: ScrollRun;
}

export interface PdfBookResult {
  book: 'seed' | 'dense';
  pdfBytes: number;
  on: PdfRun[];
  off: PdfRun[];
}

export interface PdfBenchResult {
  pages: number;
  runs: number;
  books: PdfBookResult[];
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

/** One page per section, each dense with names of the dataset (about 120 a page). */
export function denseBookHtml(pages: number): string {
  const sentence =
    'The NATO Innovation Fund backed TEKEVER and Helsing, while DIANA and the European Defence Fund funded quantum sensing and hypersonics work with ARX Robotics and Palantir. ';
  const sections = Array.from({ length: pages }, (_, page) => `<section><h2>Section ${page + 1}</h2><p>${sentence.repeat(14)}</p></section>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Names on every line (${pages} pages)</title><style>
    body { font: 10pt/1.4 Georgia, serif; } section { break-after: page; } h2 { font-size: 13pt; }
  </style></head><body>${sections.join('')}</body></html>`;
}

/** In the viewer: when the first highlight appeared, and every long task, from the page's start. */
const INSTRUMENT = `(() => {
  const w = window;
  w.__bench = { first: null, longTasks: [] };
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__bench.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); } catch {}
  // A highlight drawn (a box on a page), or registered with the browser (the viewer before it drew boxes).
  const poll = () => {
    const found = document.querySelector('.defense-innovation-lens-box') !== null || ['program', 'firm', 'edt'].some((c) => (CSS.highlights?.get('defense-innovation-lens-' + c)?.size ?? 0) > 0);
    if (found) w.__bench.first = performance.now(); else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

/** Mentions shown: boxes drawn (or ranges registered, in the viewer before it drew boxes). */
const COUNT = `() => document.querySelectorAll('.defense-innovation-lens-box').length + ['program', 'firm', 'edt'].reduce((sum, c) => sum + (CSS.highlights?.get('defense-innovation-lens-' + c)?.size ?? 0), 0)`;

/**
 * Resolves once every text layer is built and (annotating) the viewer marked every page annotated.
 * Only pages near the view have their highlights drawn, so the count is of those.
 */
const SETTLE = `async (pages, annotated) => {
  const count = ${COUNT};
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

/**
 * The time annotation held the viewer's main thread, as [start, duration] spans: batches of text
 * layers annotated (`lens:annotate-pages`) less what the viewer measures inside them as not its own
 * work (the waits for the background's matcher, `lens:match-wait`, and the yields between slices,
 * `lens:yield`: other tasks, PDF.js's, run then), and highlight boxes drawn (`lens:highlight-boxes`).
 */
const ANNOTATION_WORK = `(() => {
  const spans = (name) => performance.getEntriesByName(name).map((e) => [e.startTime, e.startTime + e.duration]);
  const gaps = [...spans('lens:match-wait'), ...spans('lens:yield')].sort((a, b) => a[0] - b[0]);
  const work = [];
  for (const [from, to] of spans('lens:annotate-pages')) {
    let at = from;
    for (const [gs, ge] of gaps) {
      if (ge <= at || gs >= to) continue;
      if (gs > at) work.push([at, gs - at]);
      at = Math.max(at, ge);
    }
    if (at < to) work.push([at, to - at]);
  }
  return [...work, ...spans('lens:highlight-boxes').map(([from, to]) => [from, to - from])];
})()`;

/** Whether a task and a span of time overlap. */
const overlaps = ([start, duration]: Task, [from, length]: Task) => start <= from + length && start + duration >= from;

/** How long two spans of time share, ms. */
const shared = ([start, duration]: Task, [from, length]: Task) => Math.max(0, Math.min(start + duration, from + length) - Math.max(start, from));

/**
 * Whether annotation caused a task: its work in the task is half of it or more, or 25 ms or more (the
 * rule trial 18i classed tasks by from CPU profiles). A task that holds a few ms of annotation beside
 * PDF.js's drawing is PDF.js's.
 */
const causedByAnnotation = (task: Task, work: readonly Task[]) => {
  const ms = work.reduce((sum, span) => sum + shared(task, span), 0);
  return ms >= 25 || ms * 2 >= task[1];
};

/** The longest long task that `keep` keeps, or 0. */
const longestLongTask = (tasks: readonly Task[], keep: (task: Task) => boolean) => max(tasks.filter((task) => task[1] > LONG_TASK_MS && keep(task)).map(([, d]) => d));
/** The longest long task caused by annotation, or 0. */
const longestWithAnnotation = (tasks: readonly Task[], work: readonly Task[]) => longestLongTask(tasks, (task) => causedByAnnotation(task, work));
/** The longest long task annotation worked in at all, or 0. */
const longestHoldingAnnotation = (tasks: readonly Task[], work: readonly Task[]) => longestLongTask(tasks, (task) => work.some((span) => overlaps(task, span)));

/**
 * Opens the PDF in the viewer and waits until every page is read and annotated (or read, with
 * annotation off), then scrolls through it with the mouse wheel to the end.
 */
async function oneRun(page: Page, cdp: CDPSession, viewerUrl: string, annotated: boolean): Promise<PdfRun> {
  const before = await metrics(cdp);
  await page.goto(viewerUrl);
  // Passed as text: tsx names arrow functions with a helper the page does not have.
  const settled = (await page.evaluate(`(${SETTLE})(${PDF_PAGES}, ${annotated})`)) as { at: number; highlights: number };
  const after = await metrics(cdp);
  const bench = ((await page.evaluate('window.__bench')) as { first: number | null; longTasks: Task[] } | undefined) ?? { first: null, longTasks: [] };
  const marks = (await page.evaluate(`Object.fromEntries(['lens:pdf-read', 'lens:pdf-opened', 'lens:first-text-layer'].map((name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? null]))`)) as Record<string, number | null>;
  const loadTasks = bench.longTasks;
  const loadWork = (await page.evaluate(ANNOTATION_WORK)) as Task[];

  // The scroll: from the top to the end, a wheel step at a time, as a reader flicking through.
  await page.waitForTimeout(1_000);
  const scrollStart = (await page.evaluate('performance.now()')) as number;
  const beforeScroll = await metrics(cdp);
  const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
  await page.mouse.move(640, 450);
  for (let y = 0; y < height; y += SCROLL_STEP_PX) {
    await page.mouse.wheel(0, SCROLL_STEP_PX);
    await page.waitForTimeout(SCROLL_PAUSE_MS);
  }
  await page.waitForTimeout(1_000);
  const afterScroll = await metrics(cdp);
  const scrollTasks = (((await page.evaluate('window.__bench.longTasks')) as Task[]) ?? []).filter(([start]) => start >= scrollStart);
  const scrollWork = ((await page.evaluate(ANNOTATION_WORK)) as Task[]).filter(([start]) => start >= scrollStart);

  return {
    firstHighlightMs: bench.first ?? Number.NaN,
    allAnnotatedMs: settled.at,
    mainThreadMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    longTasksMs: loadTasks.map(([, duration]) => duration),
    annotationTaskMs: longestWithAnnotation(loadTasks, loadWork),
    holdingTaskMs: longestHoldingAnnotation(loadTasks, loadWork),
    highlights: settled.highlights,
    pdfReadMs: marks['lens:pdf-read'] ?? Number.NaN,
    pdfOpenedMs: marks['lens:pdf-opened'] ?? Number.NaN,
    firstTextLayerMs: marks['lens:first-text-layer'] ?? Number.NaN,
    scroll: {
      mainThreadMs: ((afterScroll.TaskDuration ?? 0) - (beforeScroll.TaskDuration ?? 0)) * 1000,
      longTasksMs: scrollTasks.map(([, duration]) => duration),
      annotationTaskMs: longestWithAnnotation(scrollTasks, scrollWork),
      holdingTaskMs: longestHoldingAnnotation(scrollTasks, scrollWork),
      annotationWorkMs: scrollWork.filter(([start]) => start >= scrollStart).reduce((sum, [, duration]) => sum + duration, 0),
      highlights: (await page.evaluate(`(${COUNT})()`)) as number,
    },
  };
}

const BOOKS = [
  { book: 'seed', html: bookHtml },
  { book: 'dense', html: denseBookHtml },
] as const;

export async function runPdfBench(runs: number, log: (message: string) => void): Promise<PdfBenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dil-pdf-bench-'));
  const server = await serveFolder(dir);
  const browser = await launchWithExtension();
  try {
    const host = new URL(server.url('seed.pdf')).host;
    const setSite = (enabled: boolean) =>
      browser.serviceWorker.evaluate(
        `(async () => {
          const settings = (await chrome.storage.sync.get('settings')).settings ?? {};
          await chrome.storage.sync.set({ settings: { ...settings, disabledSites: ${enabled ? '[]' : JSON.stringify([host])} } });
        })()`,
      );
    const result: PdfBenchResult = { load: { start: os.loadavg()[0]!, end: 0 }, pages: PDF_PAGES, runs, books: [] };
    for (const { book, html } of BOOKS) {
      const printer = await browser.context.newPage();
      await printer.setContent(html(PDF_PAGES));
      const pdf = await printer.pdf({ format: 'Letter', margin: { top: '0.75in', bottom: '0.75in', left: '0.9in', right: '0.9in' } });
      writeFileSync(path.join(dir, `${book}.pdf`), pdf);
      await printer.close();
      const viewerUrl = `chrome-extension://${browser.extensionId}/pdf-viewer.html?file=${encodeURIComponent(server.url(`${book}.pdf`))}`;
      const entry: PdfBookResult = { book, pdfBytes: pdf.length, on: [], off: [] };
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
          (annotated ? entry.on : entry.off).push(run);
          log(
            `pdf ${book} ${annotated ? 'on ' : 'off'} run ${i}: first highlight ${run.firstHighlightMs.toFixed(0)} ms, all read ${run.allAnnotatedMs.toFixed(0)} ms, main thread ${run.mainThreadMs.toFixed(0)} ms, longest load task ${max(run.longTasksMs).toFixed(0)} ms; ` +
              `scroll: main thread ${run.scroll.mainThreadMs.toFixed(0)} ms, ${run.scroll.longTasksMs.filter((d) => d > LONG_TASK_MS).length} long tasks, longest ${max(run.scroll.longTasksMs).toFixed(0)} ms, longest caused by annotation ${run.scroll.annotationTaskMs.toFixed(0)} ms (holding any ${run.scroll.holdingTaskMs.toFixed(0)} ms); load: caused by annotation ${run.annotationTaskMs.toFixed(0)} ms (holding any ${run.holdingTaskMs.toFixed(0)} ms)`,
          );
        }
      }
      result.books.push(entry);
    }
    await setSite(true);
    result.load.end = os.loadavg()[0]!;
    return result;
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : 'n/a');
const task = (value: number) => (value === 0 ? `none over ${LONG_TASK_MS} ms` : ms(value));

const BOOK_LABELS = { seed: 'seed texts', dense: 'dense with names' } as const;

/** The report's section for the PDF viewer. */
export function pdfBenchSection(result: PdfBenchResult): string {
  const columns = result.books.flatMap((b) => [
    { label: `${BOOK_LABELS[b.book]}: on`, runs: b.on },
    { label: `${BOOK_LABELS[b.book]}: off`, runs: b.off },
  ]);
  const row = (figure: string, cell: (runs: PdfRun[], on: boolean) => string) => `| ${figure} | ${columns.map((c, i) => cell(c.runs, i % 2 === 0)).join(' | ')} |`;
  const med = (runs: PdfRun[], pick: (r: PdfRun) => number) => median(runs.map(pick));
  const longest = (runs: PdfRun[], pick: (r: PdfRun) => number[]) => `${task(median(runs.map((r) => max(pick(r)))))} (${task(max(runs.flatMap(pick)))})`;
  const count = (runs: PdfRun[], pick: (r: PdfRun) => number[]) => String(median(runs.map((r) => pick(r).filter((d) => d > LONG_TASK_MS).length)));
  const withAnnotation = (runs: PdfRun[], pick: (r: PdfRun) => number) => `${task(med(runs, pick))} (${task(max(runs.map(pick)))})`;
  const onOnly = (text: string, on: boolean) => (on ? text : '–');
  const verdicts = result.books.map((b) => {
    const load = max(b.on.map((r) => r.annotationTaskMs));
    const scroll = max(b.on.map((r) => r.scroll.annotationTaskMs));
    const ok = load === 0 && scroll === 0;
    return `${BOOK_LABELS[b.book]}: ${ok ? `no task over ${LONG_TASK_MS} ms caused by annotation, at load or while scrolling, in any run` : `the longest task caused by annotation took ${ms(Math.max(load, scroll))} (${load >= scroll ? 'at load' : 'while scrolling'})`}`;
  });
  const [seed] = result.books;
  return [
    '## PDF viewer: 100-page PDFs',
    '',
    `Two ${result.pages}-page PDFs printed by Chromium, opened in the built extension's viewer (\`pdf-viewer.html?file=\`) from 127.0.0.1, with the real dataset: one from the seed texts (${seed ? (seed.pdfBytes / 1024).toFixed(0) : '?'} kB; a real article's density of names) and one dense with names (about 120 a page). ` +
      `Median of ${result.runs} runs after a warm-up, each in a fresh tab (load average ${result.load.start.toFixed(1)} at the start, ${result.load.end.toFixed(1)} at the end, on ${os.cpus().length} cores). "Off" is the same PDF with highlighting switched off for its site: PDF.js rendering and text layers only. ` +
      `Each run opens the PDF and waits until every page is read and annotated ("load"), then scrolls through the whole document with the mouse wheel, ${SCROLL_STEP_PX.toLocaleString('en')} px every ${SCROLL_PAUSE_MS} ms, to the end ("scroll"). ` +
      'Times are from the start of navigation; main-thread time is the renderer\'s task time (CDP `TaskDuration`). Annotation\'s own main-thread time is what the viewer marks as annotation (`lens:annotate-pages`: a batch of text layers annotated, less the waits for the background\'s answer, `lens:match-wait`, and the yields between slices, `lens:yield`, inside it; `lens:highlight-boxes`: highlight boxes measured and drawn). A long task is *caused by annotation* when annotation\'s time in it is half of it or more, or 25 ms or more; *annotation worked in it at all* when it holds any of that time (a frame that drew a few boxes beside PDF.js\'s canvas).',
    '',
    `| figure | ${columns.map((c) => c.label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    row('PDF downloaded / opened by PDF.js / first text layer built', (runs) => (['pdfReadMs', 'pdfOpenedMs', 'firstTextLayerMs'] as const).map((k) => ms(med(runs, (r) => r[k]))).join(' / ')),
    row('time to first highlight', (runs, on) => onOnly(ms(med(runs, (r) => r.firstHighlightMs)), on)),
    row('every page read (and annotated)', (runs) => ms(med(runs, (r) => r.allAnnotatedMs))),
    row('load: main-thread time', (runs) => ms(med(runs, (r) => r.mainThreadMs))),
    row(`load: long tasks (> ${LONG_TASK_MS} ms) per run`, (runs) => count(runs, (r) => r.longTasksMs)),
    row('load: longest task (median of runs; the longest of all runs)', (runs) => longest(runs, (r) => r.longTasksMs)),
    row('load: longest task caused by annotation', (runs, on) => onOnly(withAnnotation(runs, (r) => r.annotationTaskMs), on)),
    row('load: longest task annotation worked in at all', (runs, on) => onOnly(withAnnotation(runs, (r) => r.holdingTaskMs), on)),
    row('scroll: main-thread time', (runs) => ms(med(runs, (r) => r.scroll.mainThreadMs))),
    row(`scroll: long tasks (> ${LONG_TASK_MS} ms) per run`, (runs) => count(runs, (r) => r.scroll.longTasksMs)),
    row('scroll: longest task (median of runs; the longest of all runs)', (runs) => longest(runs, (r) => r.scroll.longTasksMs)),
    row('scroll: longest task caused by annotation', (runs, on) => onOnly(withAnnotation(runs, (r) => r.scroll.annotationTaskMs), on)),
    row('scroll: longest task annotation worked in at all', (runs, on) => onOnly(withAnnotation(runs, (r) => r.scroll.holdingTaskMs), on)),
    row('scroll: drawing highlight boxes (main thread)', (runs, on) => onOnly(ms(med(runs, (r) => r.scroll.annotationWorkMs)), on)),
    row('highlights drawn after load / after the scroll', (runs, on) => onOnly(`${med(runs, (r) => r.highlights).toLocaleString('en')} / ${med(runs, (r) => r.scroll.highlights).toLocaleString('en')}`, on)),
    '',
    'The first page of the seed-text PDF names only NATO (an umbrella institution, not highlighted by default), so its first highlight is on page 2. Highlights are drawn for the pages in and near the view only (boxes under each page\'s text layer), so the count after load is of those; by the end of the scroll every page has come near.',
    '',
    `Verdict: ${verdicts.join('; ')}. The viewer neither opens the database nor holds the matcher: it sends its text layers' text to the background in batches and draws the mentions it gets back, as a web page does.`,
    '',
  ].join('\n');
}

/** The report with its PDF section replaced (or added at the end), between markers. */
export function withPdfSection(report: string, section: string): string {
  return withReportSection(report, 'pdf-bench', section);
}
