import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { DatasetBundle } from '../../utils/dataset/schema';
import { type CorpusArticle, readHtmlArticle, readTextArticle } from '../../utils/evaluation/corpus-article';
import { type ArticleScore, type GoldFile, scoreArticle, summarise } from '../../utils/evaluation/gold';
import { matcherSpecOf } from '../../utils/matcher/alias-index';
import { type Mention, compileMatcher } from '../../utils/matcher/find-mentions';

export interface AnnotatedArticle {
  article: CorpusArticle;
  mentions: Mention[];
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

/** Runs the extension's matcher with a dataset bundle over every article of a folder. */
export function annotateCorpus(folder: string, bundle: DatasetBundle): AnnotatedArticle[] {
  const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
  return corpusFiles(folder).map((file) => {
    const article = readCorpusArticle(folder, file);
    const perBlock = matcher.findAll(article.blocks.map((b) => b.text));
    const mentions = perBlock.flatMap((found, i) => {
      const offset = article.blocks[i]!.start;
      return found.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
    });
    return { article, mentions };
  });
}

/** Scores annotated articles against gold labels; every gold article must be in the corpus. */
export function scoreCorpus(annotated: readonly AnnotatedArticle[], gold: GoldFile) {
  const byFile = new Map(annotated.map((a) => [a.article.file, a.mentions]));
  const scores: ArticleScore[] = gold.map((entry) => {
    const mentions = byFile.get(entry.file);
    if (!mentions) throw new Error(`The gold file names ${entry.file}, which is not in the corpus`);
    return scoreArticle(entry, mentions);
  });
  return { scores, summary: summarise(scores) };
}
