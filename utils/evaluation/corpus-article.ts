import { collectTextBlocks } from '../page-text/collect-text-blocks';

/** A corpus article as the matcher sees it: text blocks with their offsets in `text`. */
export interface CorpusArticle {
  file: string;
  source: string;
  title: string;
  /** The analysed text: the whole .txt file, or the visible text of an .html page joined by blank lines. */
  text: string;
  blocks: { start: number; text: string }[];
}

/**
 * A `.txt` article: first line the source address, second the title, a blank line, then the text.
 * The title and every non-empty line are blocks (a reader sees the title too); offsets are in the file.
 */
export function readTextArticle(file: string, content: string): CorpusArticle {
  const lines = content.split('\n');
  const blocks: CorpusArticle['blocks'] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const clean = line.replace(/\r$/, '');
    if (index > 0 && clean.trim().length > 0) blocks.push({ start: offset, text: clean });
    offset += line.length + 1;
  });
  return { file, source: lines[0]?.trim() ?? '', title: lines[1]?.trim() ?? '', text: content, blocks };
}

/** An `.html` article, walked exactly as the content script walks a page (visible text, same blocks). */
export function readHtmlArticle(file: string, doc: Document): CorpusArticle {
  const blocks: CorpusArticle['blocks'] = [];
  let text = '';
  for (const block of collectTextBlocks(doc.body ?? doc.documentElement)) {
    if (text) text += '\n\n';
    blocks.push({ start: text.length, text: block.text });
    text += block.text;
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return { file, source: canonical, title: doc.title ?? '', text, blocks };
}
