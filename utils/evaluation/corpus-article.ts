import { type ArticleRegion, findArticleRegion } from '../page-text/article-region';
import { collectTextBlocks, isTextShown } from '../page-text/collect-text-blocks';
import { escapeHtml } from '../escape-html';

/** A corpus article as the matcher sees it: text blocks with their offsets in `text`. */
export interface CorpusArticle {
  file: string;
  source: string;
  title: string;
  /** The analysed text: the whole .txt file, or the visible text of an .html page joined by blank lines. */
  text: string;
  /** Where the scored text starts in `text`: the body of a .txt file (line 4), 0 for a page. */
  bodyStart: number;
  /**
   * Each block's text and where it starts in `text`; on an .html page also its first text node (where the
   * article region is read from) and the block as read (`shown`: whether a part of its text is shown).
   */
  blocks: { start: number; text: string; node?: Node; shown?: (start: number, end: number) => boolean }[];
  /** The page's article, for an .html page: the content script leaves furniture outside it plain. */
  region?: ArticleRegion;
}

/** Lines 1-3 of a .txt article are metadata: the address, the title and a blank line. */
const METADATA_LINES = 3;

/**
 * A `.txt` article: first line the source address, second the title, a blank line, then the body.
 * Only the body is read, as a browser shows it on a page whose visible text is that body: each
 * paragraph (lines up to a blank line) is one block, and a line break inside it is whitespace, so a
 * name wrapped across two lines is one mention. Offsets are in the file.
 */
export function readTextArticle(file: string, content: string): CorpusArticle {
  const lines = content.split('\n');
  if (lines.length < 4 || lines[2]!.trim() !== '' || /\s/.test(lines[0]!.trim())) {
    throw new Error(`${file} does not start with the corpus header: line 1 the source address, line 2 the title, line 3 blank (gold-format.md)`);
  }
  let bodyStart = 0;
  for (let i = 0; i < Math.min(METADATA_LINES, lines.length); i += 1) bodyStart += lines[i]!.length + 1;
  bodyStart = Math.min(bodyStart, content.length);
  const blocks: CorpusArticle['blocks'] = [];
  const paragraph = /\S[\s\S]*?(?=\r?\n[ \t]*\r?\n|\s*$)/g;
  paragraph.lastIndex = bodyStart;
  for (let m = paragraph.exec(content); m; m = paragraph.exec(content)) blocks.push({ start: m.index, text: m[0] });
  return { file, source: lines[0]?.trim() ?? '', title: lines[1]?.trim() ?? '', text: content, bodyStart, blocks };
}

/**
 * The page a `.txt` article stands for: the title as the document's title (not visible text), each
 * paragraph of the body as a `<p>` whose line breaks show as in the file. The eval CLI reads the
 * `.txt` exactly as the content script reads this page (tests/e2e/corpus-parity.test.ts checks it).
 */
export function textArticlePage(content: string): string {
  const article = readTextArticle('', content);
  const paragraphs = article.blocks.map((block) => `<p>${escapeHtml(block.text)}</p>`).join('\n');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title><style>p { white-space: pre-line; }</style></head>\n<body><article>\n${paragraphs}\n</article></body></html>\n`;
}

/**
 * An `.html` article, walked exactly as the content script walks a page (every block's text, same blocks;
 * a mention in text that is not shown is dropped, as the annotator drops it: `blocks[].shown`).
 */
export function readHtmlArticle(file: string, doc: Document): CorpusArticle {
  const blocks: CorpusArticle['blocks'] = [];
  let text = '';
  for (const block of collectTextBlocks(doc.body ?? doc.documentElement)) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, text: block.text, node: block.nodes[0], shown: (start, end) => isTextShown(block, start, end) });
    text += block.text;
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return { file, source: canonical, title: doc.title ?? '', text, bodyStart: 0, blocks, region: findArticleRegion(doc) };
}
