import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { LensDatabase } from '../../utils/db/db';
import type { ExtractedArticle } from '../../utils/library/saved-article';
import type { PageInfo } from '../../utils/messaging';
import { type PdfArticleMeta, pdfArticleMeta } from '../../utils/pdf/pdf-metadata';
import { documentWords, hasReadableText, hyphenReadingsByNames, pdfArticleHtml, pdfArticleText, readablePageText } from '../../utils/pdf/pdf-text';
import { createPageOverlayHighlighter } from '../../utils/pdf/page-overlay-highlighter';
import { localPdfAddress } from '../../utils/pdf/viewer-address';
import { PdfFind } from './pdf-find';
import { PdfPages } from './pdf-pages';
import type { PdfSource } from './pdf-source';
import { sliceDeadline, yieldToPage } from '../../utils/annotator/task-budget';
import { type CompiledLens, ViewerAnnotation } from './viewer-annotation';

/** Thrown by `extract` for a PDF without text: the save is refused with this message, and nothing is written. */
export class NoTextError extends Error {
  constructor() {
    super('this PDF has no text (it looks scanned), so there is nothing to save.');
    this.name = 'NoTextError';
  }
}

export interface ViewerSessionOptions {
  doc: PDFDocumentProxy;
  /** The PDF's identity in the library (pdf-identity.ts). */
  identity: string;
  source: PdfSource;
  container: HTMLElement;
  db: LensDatabase;
  scale: number;
  onPageChange(page: number): void;
  onCountChange(count: number, enabled: boolean): void;
  /** Pages whose text has been read so far (find and the popup cover these). */
  onReadProgress?(read: number, total: number): void;
  /** How much of the window's top the toolbar covers. */
  obscuredTop?(): number;
  signal: AbortSignal;
  /** The matcher, compiled while the PDF was opening. */
  preloaded?: Promise<CompiledLens | null>;
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
  private text: Promise<string[]> | undefined;
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
    const highlighter = createPageOverlayHighlighter({ pageOf: (node) => this.pages.pageOf(node), pageElement: (page) => this.pages.slots[page - 1]?.div });
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
      db: options.db,
      layers: () => this.pages.textLayers(),
      pageOf: (node) => this.pages.pageOf(node),
      place: source.kind === 'url' ? { host: hostOf(source.url), href: this.libraryUrl } : { host: '', href: this.libraryUrl },
      onCountChange: options.onCountChange,
      signal: options.signal,
      preloaded: options.preloaded,
      highlighter,
    });
    this.find = new PdfFind(() => this.pages.textLayers(), (node) => this.pages.pageOf(node));
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

  /**
   * Every page's readable text, read once (a page that cannot be read fails the whole read: no half
   * saves). The whole PDF's words decide which line-end hyphens are a compound's own (`readablePageText`).
   */
  readableText(): Promise<string[]> {
    this.text ??= Promise.all([Promise.all(this.pages.slots.map((slot) => this.pages.pageText(slot.number))), this.annotation.ready]).then(async ([raw]) => {
      const known = documentWords(raw);
      // The matcher the pages were highlighted with decides first: what was highlighted is what is saved.
      const matcher = this.annotation.matcher?.matcher;
      // Page by page, yielding when a slice of time is up: each page's hyphens are read by matching it twice,
      // and a 100-page PDF read in one go was part of a 304-451 ms save task (trial 18i).
      const pages: string[] = [];
      let expired = sliceDeadline();
      for (const page of raw) {
        if (expired()) {
          await yieldToPage();
          expired = sliceDeadline();
        }
        pages.push(readablePageText(page, known, matcher ? (marked) => hyphenReadingsByNames(matcher, marked) : undefined));
      }
      return pages;
    });
    return this.text;
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

  /** The PDF as an article to save: metadata, the whole text with page starts, HTML with a heading per page. */
  async extract(): Promise<ExtractedArticle> {
    const pages = await this.readableText();
    if (!hasReadableText(pages)) throw new NoTextError();
    const { text, pageStarts } = pdfArticleText(pages);
    const source = this.options.source;
    return {
      url: this.libraryUrl,
      title: this.meta.title,
      ...(this.meta.byline ? { byline: this.meta.byline } : {}),
      ...(this.meta.publishedAt ? { publishedAt: this.meta.publishedAt } : {}),
      siteName: source.kind === 'url' ? hostOf(source.url) || 'PDF' : 'PDF on this device',
      text,
      html: pdfArticleHtml(pages),
      pdf: { fingerprint: this.fingerprint, pageStarts },
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
