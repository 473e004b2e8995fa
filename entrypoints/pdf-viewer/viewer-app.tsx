import { useEffect, useRef, useState } from 'preact/hooks';
import { shortcutOfKey } from '../../utils/annotator/keyboard-navigation';
import { showSaveToast } from '../../utils/annotator/save-toast';
import { describeSaveError } from '../../utils/library/save-errors';
import { sendMessage } from '../../utils/messaging';
import { type PdfProblem, problemFromPdfError, problemMessage } from '../../utils/pdf/pdf-problems';
import { NATIVE_VIEWER_HASH, pageFromHash, pdfAddressFromSearch } from '../../utils/pdf/viewer-address';
import { findStatusText } from '../../utils/pdf/find-status';
import { downloadPdf } from '../../utils/pdf/pdf-download';
import type { PdfSource } from './pdf-source';
import { registerViewerMessages } from './viewer-messages';
import type { ViewerSession } from './viewer-session';
import { CARD_OBSTACLE_ATTRIBUTE } from '../../components/card-anchor';
import { bundledInstallFailureItem, noDatasetMessage } from '../../utils/bundled-dataset-status';
import { yieldToPage } from '../../utils/annotator/task-budget';

/** PDF.js and the viewer's use of it: a chunk of its own, evaluated in a task of its own (pdf-engine.ts). */
const engine = import('./pdf-engine');
// A failure is shown when a PDF is opened; until then it is nobody's error.
engine.catch(() => undefined);
/** The notice while no dataset is installed. */
const NO_DATASET_YET = 'The dataset is not installed yet: highlights appear here as soon as it is.';
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const DEFAULT_ZOOM = 1.25;

type Phase =
  | { kind: 'empty' }
  | { kind: 'loading'; label: string; received?: number; total?: number }
  | { kind: 'problem'; problem: PdfProblem; source?: PdfSource }
  | { kind: 'ready'; session: ViewerSession };

let current: ViewerSession | undefined;
registerViewerMessages(() => current);

/**
 * The Lens PDF viewer (`pdf-viewer.html?file=<URL-encoded address>`, or a file picked or dropped):
 * PDF.js renders the pages and their text layers; the extension's annotation stack highlights the text
 * layers as on any web page. The PDF is read by the browser from where the reader opened it and parsed
 * here, locally; nothing is sent anywhere.
 */
export function ViewerApp() {
  const [phase, setPhase] = useState<Phase>({ kind: 'empty' });
  const [page, setPage] = useState(1);
  /** The page box while the reader types in it. */
  const [pageDraft, setPageDraft] = useState<string | null>(null);
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const [findStatus, setFindStatus] = useState('');
  const [notice, setNotice] = useState('');
  const [saving, setSaving] = useState(false);
  const [dragging, setDragging] = useState(false);
  /** Pages whose text is read, of all: the pages region is busy until every one is. */
  const [reading, setReading] = useState<{ read: number; total: number } | null>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const toolbarRef = useRef<HTMLElement>(null);

  /** Bumped by each request to open a PDF: a load (or a file still being read) for an older one is dropped. */
  const requestRef = useRef(0);

  /**
   * Opens a PDF. Each call supersedes the one before: that one's download stops, and whatever it
   * still finishes (a late answer, a late failure) is dropped, never shown over what the reader opened.
   */
  const open = async (source: PdfSource, bytes?: Uint8Array, request = ++requestRef.current) => {
    if (request !== requestRef.current) return;
    controllerRef.current?.abort();
    const controller = (controllerRef.current = new AbortController());
    const { signal } = controller;
    current = undefined;
    setNotice('');
    setFindStatus('');
    setPage(1);
    setReading(null);
    const label = source.kind === 'url' ? source.url : source.name;
    setPhase({ kind: 'loading', label });
    const onProgress = (received: number, total: number | undefined) => !signal.aborted && setPhase({ kind: 'loading', label, received, total });
    const data = bytes ? { ok: true as const, value: bytes } : source.kind === 'url' ? await downloadPdf(source.url, { signal, onProgress }) : null;
    // A file asked for since (its bytes perhaps still being read) supersedes this load too.
    if (request !== requestRef.current) controller.abort();
    if (!data || signal.aborted) return;
    if (!data.ok) return setPhase({ kind: 'problem', problem: data.problem, source });
    performance.mark('lens:pdf-read');
    let modules: Awaited<typeof engine>;
    try {
      modules = await engine;
    } catch (error) {
      return setPhase({ kind: 'problem', problem: { kind: 'viewer-failed', detail: String((error as Error)?.message ?? error).slice(0, 200) }, source });
    }
    const { openPdf, ViewerSession } = modules;
    // PDF.js starts on the file in a task of its own, not in the one that evaluated a chunk just loaded.
    await yieldToPage();
    const opened = await openPdf(data.value);
    performance.mark('lens:pdf-opened');
    if (request !== requestRef.current) controller.abort();
    if (signal.aborted) {
      if (opened.ok) void opened.value.doc.destroy();
      return;
    }
    if (!opened.ok) return setPhase({ kind: 'problem', problem: opened.problem, source });
    const container = pagesRef.current!;
    container.replaceChildren();
    /** The no-dataset notice last shown: it goes when a dataset arrives, any other notice stays. */
    let noDatasetNotice = NO_DATASET_YET;
    const session = await ViewerSession.start({
      doc: opened.value.doc,
      identity: opened.value.identity,
      source,
      container,
      scale: zoom,
      onPageChange: setPage,
      obscuredTop: () => toolbarRef.current?.offsetHeight ?? 0,
      onReadProgress: (read, total) => {
        if (signal.aborted) return;
        setReading({ read, total });
        // Find covers the pages read since it ran.
        const position = current?.find.refresh();
        if (position !== undefined) setFindStatus(findStatusText(findRef.current?.value ?? '', position, read < total, current!.find.searching));
      },
      onFindChange: (position) => {
        if (signal.aborted) return;
        if (!current) return;
        setFindStatus(findStatusText(findRef.current?.value ?? '', position, !current.pages.everyPageRead, current.find.searching));
      },
      onCountChange: (count, enabled) => void sendMessage('reportPageState', { count, enabled }).catch(() => undefined),
      // Until a dataset is installed (right after the extension is), the PDF is plain and the reader is told
      // why; the notice goes when the dataset arrives and the highlights with it (trial 18j).
      onDatasetChange: (installed) => {
        if (signal.aborted) return;
        if (!installed) {
          void bundledInstallFailureItem.getValue().then((failure) => {
            if (signal.aborted) return;
            noDatasetNotice = failure ? noDatasetMessage(failure) : NO_DATASET_YET;
            setNotice(noDatasetNotice);
          });
        } else setNotice((notice) => (notice === noDatasetNotice ? '' : notice));
      },
      signal,
    }).catch((error: unknown) => {
      if (!signal.aborted) setPhase({ kind: 'problem', problem: problemFromPdfError(error), source });
      return null;
    });
    if (!session || signal.aborted) return;
    current = session;
    document.title = `${session.meta.title} — Lens PDF viewer`;
    setPhase({ kind: 'ready', session });
    // A page named on the viewer's address (`#page=3`, as PDF.js's viewer takes it) or on the PDF's own
    // (`?file=…report.pdf%23page%3D3`): gone to once the toolbar is laid out (pages start below it).
    const start = pageFromHash(location.hash) ?? (source.kind === 'url' ? pageFromHash(new URL(source.url).hash) : null);
    if (start && start > 1) requestAnimationFrame(() => requestAnimationFrame(() => !signal.aborted && session.pages.goTo(start)));
    void session.hasText().then(
      (hasText) => !hasText && !signal.aborted && setPhase({ kind: 'problem', problem: { kind: 'no-text' }, source }),
      () => undefined,
    );
  };

  const openFile = async (file: File) => {
    const request = ++requestRef.current;
    // A file from this device has no address to show: the viewer's address no longer names a PDF.
    history.replaceState(null, '', location.pathname);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Another file picked (or dropped) while this one was read wins.
    await open({ kind: 'file', name: file.name }, bytes, request);
  };

  // A page typed or linked on the viewer's address while a PDF is open.
  useEffect(() => {
    const onHash = () => {
      const page = pageFromHash(location.hash);
      if (page) current?.pages.goTo(page);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const address = pdfAddressFromSearch(location.search);
    if (address) void open({ kind: 'url', url: address });
    else if (/[?&]file=/.test(location.search)) setPhase({ kind: 'problem', problem: { kind: 'download', detail: 'The viewer’s address does not name an http(s) address of a PDF.' } });
  }, []);

  const session = phase.kind === 'ready' ? phase.session : phase.kind === 'problem' && phase.problem.kind === 'no-text' ? current : undefined;

  const changeZoom = (next: number) => {
    const clamped = Math.min(4, Math.max(0.25, Math.round(next * 100) / 100));
    setZoom(clamped);
    session?.pages.setScale(clamped);
  };
  const stepZoom = (direction: 1 | -1) => {
    // From the pages' own scale, set at once by the step before: the state may not have rendered yet
    // (key presses in quick succession each stepped from the same level, and steps were lost).
    const from = session?.pages.zoom ?? zoom;
    const next = direction === 1 ? ZOOMS.find((z) => z > from + 0.001) : [...ZOOMS].reverse().find((z) => z < from - 0.001);
    if (next !== undefined) changeZoom(next);
  };
  const runFind = (direction: 1 | -1, fresh = false) => {
    if (!session) return;
    const query = findRef.current?.value ?? '';
    if (fresh) session.find.search(query);
    const position = session.find.step(direction);
    setFindStatus(findStatusText(query, position, !reading || reading.read < reading.total, session.find.searching));
  };
  /**
   * Saves the PDF as the popup's Save does: the background asks this page for the PDF (`extractArticle`),
   * makes the article, matches and writes it, and tells this page how it went (`showSaveConfirmation`,
   * the toast). Only a failure to reach the background is shown from here.
   */
  const save = async () => {
    if (!current) return;
    setSaving(true);
    void navigator.storage?.persist?.();
    try {
      await sendMessage('saveThisPage', undefined);
    } catch (error) {
      showSaveToast({ ok: false, error: describeSaveError(error) }, {});
    }
    setSaving(false);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const inField = (event.target as Element | null)?.closest?.('input, textarea, select');
      const mod = event.ctrlKey || event.metaKey;
      const shortcut = shortcutOfKey(event);
      if (mod && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        findRef.current?.focus();
        findRef.current?.select();
      } else if (mod && (event.key === '+' || event.key === '=')) {
        event.preventDefault();
        stepZoom(1);
      } else if (mod && event.key === '-') {
        event.preventDefault();
        stepZoom(-1);
      } else if (mod && event.key === '0') {
        event.preventDefault();
        changeZoom(DEFAULT_ZOOM);
      } else if (event.altKey && event.shiftKey && event.code === 'KeyS') {
        event.preventDefault();
        void save();
      } else if (shortcut === 'next-mention' || shortcut === 'previous-mention') {
        if (current?.annotation.step(shortcut === 'next-mention' ? 1 : -1)) event.preventDefault();
      } else if (!inField && !mod && !event.altKey && session) {
        if (event.key === 'n' || event.key === 'j' || event.key === 'ArrowRight') session.pages.goTo(session.pages.currentPage + 1);
        else if (event.key === 'p' || event.key === 'k' || event.key === 'ArrowLeft') session.pages.goTo(session.pages.currentPage - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      setDragging(false);
      if (!file) return;
      event.preventDefault();
      void openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  useEffect(() => void document.body.classList.toggle('dragging', dragging), [dragging]);

  // The fixed toolbar covers the top of the window (one line or more, as it wraps): the body is padded by
  // its height, and a page jumped to starts below it (the pages' scroll-margin-top, viewer.css).
  useEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--toolbar-height', `${toolbar.offsetHeight}px`));
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, []);

  const source = phase.kind === 'ready' ? phase.session.source : phase.kind === 'problem' || phase.kind === 'loading' ? (phase.kind === 'problem' ? phase.source : undefined) : undefined;
  const nativeUrl = source?.kind === 'url' && !source.url.startsWith('file:') ? `${source.url.replace(/#.*$/, '')}${NATIVE_VIEWER_HASH}` : undefined;
  const pageCount = session?.pages.pageCount ?? 0;

  return (
    <>
      <header class="viewer-toolbar" aria-label="PDF viewer" ref={toolbarRef} {...{ [CARD_OBSTACLE_ATTRIBUTE]: '' }}>
        <span class="title" title={session?.meta.title}>
          {session?.meta.title ?? 'Lens PDF viewer'}
        </span>
        <span class="group">
          <button type="button" onClick={() => fileRef.current?.click()}>
            Open a PDF file…
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/pdf,.pdf"
            class="visually-hidden"
            aria-label="PDF file"
            tabIndex={-1}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void openFile(file);
              e.currentTarget.value = '';
            }}
          />
        </span>
        {session ? (
          <>
            <span class="group" aria-label="Pages">
              <button type="button" aria-label="Previous page" onClick={() => session.pages.goTo(page - 1)} disabled={page <= 1}>
                ‹
              </button>
              <input
                type="number"
                min={1}
                max={pageCount}
                value={pageDraft ?? page}
                aria-label="Page number"
                // What the reader types stays in the box (a controlled input would snap back to the
                // current page on each keystroke) until Enter, a step of its arrows, or leaving it.
                onInput={(e) => setPageDraft(e.currentTarget.value)}
                onChange={(e) => {
                  session.pages.goTo(Number(e.currentTarget.value));
                  setPageDraft(null);
                }}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  session.pages.goTo(Number(e.currentTarget.value));
                  setPageDraft(null);
                }}
                onBlur={() => setPageDraft(null)}
              />
              <span>of {pageCount}</span>
              <button type="button" aria-label="Next page" onClick={() => session.pages.goTo(page + 1)} disabled={page >= pageCount}>
                ›
              </button>
            </span>
            <span class="group" aria-label="Zoom">
              <button type="button" aria-label="Zoom out" onClick={() => stepZoom(-1)}>
                −
              </button>
              <select aria-label="Zoom level" value={String(zoom)} onChange={(e) => changeZoom(Number(e.currentTarget.value))}>
                {[...new Set([...ZOOMS, zoom])].sort((a, b) => a - b).map((z) => (
                  <option key={z} value={String(z)}>{`${Math.round(z * 100)}%`}</option>
                ))}
              </select>
              <button type="button" aria-label="Zoom in" onClick={() => stepZoom(1)}>
                +
              </button>
            </span>
            <span class="group" role="search">
              <input
                ref={findRef}
                type="search"
                placeholder="Find in PDF"
                aria-label="Find in PDF"
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    runFind(e.shiftKey ? -1 : 1, findStatus === '');
                  } else if (e.key === 'Escape') {
                    session.find.clear();
                    setFindStatus('');
                    e.currentTarget.blur();
                  }
                }}
                onInput={() => {
                  session.find.clear();
                  setFindStatus('');
                }}
              />
              <button type="button" aria-label="Previous result" onClick={() => runFind(-1, findStatus === '')}>
                ↑
              </button>
              <button type="button" aria-label="Next result" onClick={() => runFind(1, findStatus === '')}>
                ↓
              </button>
              <span role="status" class="find-status">
                {findStatus}
              </span>
            </span>
            <button type="button" onClick={() => void save()} disabled={saving || phase.kind !== 'ready'}>
              {saving ? 'Saving…' : 'Save to library'}
            </button>
          </>
        ) : null}
        {nativeUrl ? (
          <a href={nativeUrl} class="native-link" title="Open this PDF in the browser’s own viewer">
            Browser’s viewer
          </a>
        ) : null}
      </header>
      {notice ? (
        <p class="viewer-status" role="status">
          {notice}
        </p>
      ) : null}
      {phase.kind === 'loading' ? (
        <p class="viewer-status" role="status">
          Opening {phase.label}…{phase.received ? ` ${megabytes(phase.received)}${phase.total ? ` of ${megabytes(phase.total)}` : ''}` : ''}
        </p>
      ) : null}
      {phase.kind === 'problem' ? (
        <section class="viewer-problem" role="alert" data-problem={phase.problem.kind}>
          <h2>{problemMessage(phase.problem).title}</h2>
          <p>{problemMessage(phase.problem).body}</p>
        </section>
      ) : null}
      {phase.kind === 'empty' ? (
        <section class={`viewer-empty${dragging ? ' dragging' : ''}`}>
          <h2>Open a PDF</h2>
          <p>Drag a PDF file here, or choose one with “Open a PDF file…”. PDFs open here are read on this device only.</p>
          <p class="muted">
            To open a PDF from the web here, use “Open in Lens PDF viewer” in the toolbar popup or on a link’s context menu, or this page’s address followed by{' '}
            <code>?file=</code> and the PDF’s address.
          </p>
        </section>
      ) : null}
      <main class="pdf-pages" ref={pagesRef} aria-label="PDF pages" aria-busy={session ? !reading || reading.read < reading.total : undefined} />
    </>
  );
}

/** "1.2 MB": a download's progress. */
function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
