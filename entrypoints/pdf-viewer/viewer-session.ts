import type { PDFDocumentProxy } from 'pdfjs-dist';
import { type ExtractedPdf, NoTextError } from '../../utils/pdf/extracted-pdf';
import type { PageInfo } from '../../utils/messaging';
import { type PdfArticleMeta, pdfArticleMeta } from '../../utils/pdf/pdf-metadata';
import { hasReadableText, readablePageText } from '../../utils/pdf/pdf-text';
import { createPageOverlayHighlighter } from '../../utils/pdf/page-overlay-highlighter';
import { localPdfAddress } from '../../utils/pdf/viewer-address';
import type { FindPosition } from '../../utils/pdf/find-status';
import { PdfFind } from './pdf-find';
import { PdfPages } from './pdf-pages';
import type { PdfSource } from './pdf-source';
import { ViewerAnnotation } from './viewer-annotation';

/**
 * The most text a PDF may have to be saved: its pages go to the background in one message, which
 * Chromium caps at 64 MiB (a 77-million-character PDF failed with "No response", trial 18j); 20 million
 * characters stay under it even at three bytes a character.
 */
const MAX_SAVED_CHARS = 20_000_000;

/** Millions, rounded up, with the tenths a count just over the limit needs ("20.1", not "20" beside "at most 20"). */
const millions = (count: number) => (count >= 100e6 ? Math.ceil(count / 1e6).toString() : (Math.ceil(count / 1e5) / 10).toString());

export interface ViewerSessionOptions {
  doc: PDFDocumentProxy;
  /** The PDF's identity in the library (pdf-identity.ts). */
  identity: string;
  source: PdfSource;
  container: HTMLElement;
  scale: number;
  onPageChange(page: number): void;
  onCountChange(count: number, enabled: boolean): void;
  /** Pages whose text has been read so far (find and the popup cover these). */
  onReadProgress?(read: number, total: number): void;
  /** Find's results changed as it searched on in later tasks (see `PdfFind`). */
  onFindChange?(position: FindPosition): void;
  /** Told whether a dataset is installed, at the start and whenever the dataset changes. */
  onDatasetChange?(installed: boolean): void;
  /** How much of the window's top the toolbar covers. */
  obscuredTop?(): number;
  signal: AbortSignal;
}

/**
 * One open PDF: its pages, its annotation, find, and what saving takes from it (metadata, the text of
 * every page with page starts, the fingerprint). Everything it set up goes when `signal` aborts.
 */
export class ViewerSession {
  readonly pages: PdfPages;
  readonly annotation: ViewerAnnotation;
  readonly find: PdfFind;
  /** The PDF's identity in the library: its address, or for a file from this device its name and fingerprint. */
  readonly libraryUrl: string;
  readonly fingerprint: string;
  /** The annotation of the text layers handed over last. */
  private annotated: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: ViewerSessionOptions,
    readonly meta: PdfArticleMeta,
    firstViewport: import('pdfjs-dist').PageViewport,
  ) {
    const { doc, source } = options;
    this.fingerprint = options.identity;
    this.libraryUrl = source.kind === 'url' ? withoutHash(source.url) : localPdfAddress(source.name, this.fingerprint);
    // Highlights are boxes drawn on each page, for the pages in or near the view (page-overlay-highlighter.ts).
    const highlighter = createPageOverlayHighlighter({ pageOf: (node) => this.pages.pageOf(node), pageElement: (page) => this.pages.pageElement(page) });
    this.pages = new PdfPages(
      doc,
      options.container,
      {
        scale: options.scale,
        onTextLayers: (layers) => void (this.annotated = this.annotation.add(layers)),
        onPageChange: options.onPageChange,
        onNearPagesChange: (pages) => highlighter.setWindow(pages),
        onReadProgress: (read, total) => {
          options.onReadProgress?.(read, total);
          // Batches are annotated in order: once the last one is, every page is (a mark for the benchmark).
          if (read === total) void this.annotated.then(() => performance.mark('lens:every-page-annotated'));
        },
        obscuredTop: options.obscuredTop,
        signal: options.signal,
      },
      firstViewport,
    );
    this.annotation = new ViewerAnnotation({
      layers: () => this.pages.textLayers(),
      pageOf: (node) => this.pages.pageOf(node),
      pageElement: (page) => this.pages.pageElement(page),
      place: source.kind === 'url' ? { host: hostOf(source.url), href: this.libraryUrl } : { host: '', href: this.libraryUrl },
      onCountChange: options.onCountChange,
      signal: options.signal,
      highlighter,
      onDatasetChange: options.onDatasetChange,
    });
    this.find = new PdfFind({
      layers: () => this.pages.textLayers(),
      pageOf: (node) => this.pages.pageOf(node),
      currentPage: () => this.pages.currentPage,
      onChange: options.onFindChange,
    });
    options.signal.addEventListener('abort', () => void doc.destroy(), { once: true });
  }

  /** Starts showing the PDF; null when `signal` aborted meanwhile (the reader opened something else: nothing is shown). */
  static async start(options: ViewerSessionOptions): Promise<ViewerSession | null> {
    const { doc, source } = options;
    const [metadata, first] = await Promise.all([doc.getMetadata().catch(() => null), doc.getPage(1)]);
    if (options.signal.aborted) {
      void doc.destroy();
      return null;
    }
    const meta = pdfArticleMeta({
      info: (metadata?.info as Record<string, unknown> | undefined) ?? null,
      xmp: metadata?.metadata ? (Object.fromEntries(metadata.metadata as Iterable<[string, unknown]>) as Record<string, unknown>) : null,
      fallbackName: source.kind === 'url' ? source.url : source.name,
    });
    const session = new ViewerSession(options, meta, first.getViewport({ scale: 1 }));
    session.pages.buildAllText();
    return session;
  }

  get source(): PdfSource {
    return this.options.source;
  }

  /** Whether the PDF has text: read page by page until enough is found (page 1 most of the time), not the whole file up front. */
  async hasText(): Promise<boolean> {
    const withText: string[] = [];
    for (const slot of this.pages.slots) {
      const page = readablePageText(await this.pages.pageText(slot.number));
      if (/\S/.test(page)) withText.push(page);
      if (hasReadableText(withText)) return true;
    }
    return false;
  }

  /**
   * The PDF as the background saves it (`pdfArticle` makes the article): metadata, identity and each
   * page's raw text. Rejects with `NoTextError` for a PDF without text, or when a page cannot be read
   * (no half saves).
   */
  async extract(): Promise<ExtractedPdf> {
    const pages = await Promise.all(this.pages.slots.map((slot) => this.pages.pageText(slot.number)));
    if (!(await this.hasText())) throw new NoTextError();
    const chars = pages.reduce((sum, page) => sum + page.length, 0);
    if (chars > MAX_SAVED_CHARS) throw new Error(`this PDF has too much text to save (${millions(chars)} million characters; at most ${millions(MAX_SAVED_CHARS)} million can be saved).`);
    const source = this.options.source;
    return {
      kind: 'pdf',
      url: this.libraryUrl,
      title: this.meta.title,
      ...(this.meta.byline ? { byline: this.meta.byline } : {}),
      ...(this.meta.publishedAt ? { publishedAt: this.meta.publishedAt } : {}),
      siteName: source.kind === 'url' ? hostOf(source.url) || 'PDF' : 'PDF on this device',
      fingerprint: this.fingerprint,
      pages,
    };
  }

  info(): PageInfo {
    return { ...this.annotation.info(), url: this.libraryUrl, title: this.meta.title, pdf: { viewer: true, fingerprint: this.fingerprint } };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}
