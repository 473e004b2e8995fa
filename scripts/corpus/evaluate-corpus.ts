import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { MentionView } from '../../utils/annotator/mention-view';
import type { DatasetBundle } from '../../utils/dataset/schema';
import { type CorpusArticle, readHtmlArticle, readTextArticle } from '../../utils/evaluation/corpus-article';
import { type ArticleScore, type GoldFile, negativeHitRate, scoreArticle, summarise } from '../../utils/evaluation/gold';
import { matcherSpecOf } from '../../utils/matcher/alias-index';
import { type Mention, type Rejection, compileMatcher } from '../../utils/matcher/find-mentions';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/reader-settings';

export interface AnnotatedArticle {
  article: CorpusArticle;
  /** What the browser highlights on the article's page under the given settings, offsets in `article.text`. */
  mentions: Mention[];
  /** Candidates the matcher's rules turned down, offsets in `article.text` (for explaining misses). */
  rejections: Rejection[];
}

/** Reads one corpus article: `.txt` in the corpus format, `.html` walked like the content script walks a page. */
export function readCorpusArticle(folder: string, file: string): CorpusArticle {
  const content = readFileSync(path.join(folder, file), 'utf8');
  if (file.toLowerCase().endsWith('.txt')) return readTextArticle(file, content);
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
  const article = readHtmlArticle(file, doc);
  void window.happyDOM.close();
  return article;
}

export function corpusFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort();
}

/**
 * Runs the extension's matcher with a dataset bundle over every article of a folder, and keeps what
 * the content script would show under `settings` (the defaults: umbrella institutions left plain),
 * so the figures describe what a reader sees.
 */
export function annotateCorpus(folder: string, bundle: DatasetBundle, settings: Settings = DEFAULT_SETTINGS): AnnotatedArticle[] {
  const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
  return corpusFiles(folder).map((file) => {
    const article = readCorpusArticle(folder, file);
    const session = matcher.session({ explain: true });
    const scanned = session.scan(article.blocks.map((b) => b.text));
    const perBlock = session.resolve(scanned);
    const view = new MentionView(settings, [], { host: 'corpus.invalid', href: `https://corpus.invalid/${file}` }, article.region);
    const shift = <T extends { start: number; end: number }>(items: readonly T[], i: number) => items.map((m) => ({ ...m, start: m.start + article.blocks[i]!.start, end: m.end + article.blocks[i]!.start }));
    // The view reads the article region from the mention's first node, as on the page (the block's first node
    // stands for it: a block lies wholly inside or outside the article).
    const blockNode = (i: number) => (article.blocks[i]!.node ? { nodes: [article.blocks[i]!.node!] } : {});
    // Text that is not shown (a hidden panel, a phone layout's copy) is matched with the page but not drawn.
    const shown = (m: Mention, i: number) => article.blocks[i]!.shown?.(m.start, m.end) ?? true;
    const mentions = perBlock
      .flatMap((found, i) => shift(found.filter((m) => shown(m, i)), i).map((m) => ({ ...m, ...blockNode(i) })))
      .filter((m) => view.admit(m))
      .map(({ nodes: _nodes, ...m }) => m);
    const rejections = session.explain(scanned).flatMap((found, i) => shift(found, i));
    return { article, mentions, rejections };
  });
}

/** Scores annotated articles against gold labels; every gold article must be in the corpus. */
export function scoreCorpus(annotated: readonly AnnotatedArticle[], gold: GoldFile) {
  const byFile = new Map(annotated.map((a) => [a.article.file, a]));
  for (const entry of gold) {
    const seen = new Set<string>();
    for (const m of entry.mentions) {
      const key = `${m.category} "${m.surface}"`;
      if (seen.has(key)) throw new Error(`The gold file lists ${key} twice for ${entry.file}: give one entry with the total count`);
      seen.add(key);
    }
  }
  const scores: ArticleScore[] = gold.map((entry) => {
    const found = byFile.get(entry.file);
    if (!found) throw new Error(`The gold file names ${entry.file}, which is not in the corpus`);
    return scoreArticle(entry, found.mentions, found.article.text, found.article.bodyStart);
  });
  return { scores, summary: summarise(scores, 'strict'), lenient: summarise(scores, 'lenient'), negatives: negativeHitRate(scores) };
}
