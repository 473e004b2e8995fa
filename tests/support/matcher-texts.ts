import path from 'node:path';
import { readFileSync } from 'node:fs';
import { corpusFiles, readCorpusArticle } from '../../scripts/corpus/evaluate-corpus';
import { BUNDLE_FILE } from '../../scripts/read-entity-files';
import { DatasetBundleSchema } from '../../utils/dataset/schema';
import { type MatcherSpec, matcherSpecOf } from '../../utils/matcher/alias-index';
import type { Matcher } from '../../utils/matcher/find-mentions';
import type { Random } from '../../scripts/bench/prng';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

/** The shipped dataset's matcher spec. */
export function shippedSpec(): MatcherSpec {
  const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  return matcherSpecOf(bundle, bundle.entities);
}

/** The block texts of every page of the hand-written corpus and the seed pages, one array per page. */
export function fixturePages(): { file: string; blocks: string[] }[] {
  const corpus = path.join(FIXTURES, 'corpus');
  const pages = path.join(FIXTURES, 'pages');
  return [
    ...corpusFiles(corpus).map((file) => ({ file, blocks: readCorpusArticle(corpus, file).blocks.map((b) => b.text) })),
    ...corpusFiles(pages)
      .filter((file) => file.startsWith('seed-'))
      .map((file) => ({ file, blocks: readCorpusArticle(pages, file).blocks.map((b) => b.text) })),
  ];
}

/** Everything a matcher says about one page: the mentions of each text and the candidates it turned down. */
export function readPage(matcher: Matcher, blocks: readonly string[]) {
  const session = matcher.session({ explain: true });
  const scanned = session.scan(blocks);
  return { mentions: session.resolve(scanned), rejections: session.explain(scanned), onTopic: session.onTopic };
}

const FILLER = ['the', 'a', 'of', 'and', 'said', 'new', 'funding', 'defence', 'defense', 'space', 'data', 'Commissioner for', 'chief', 'officer', 'in', 'by', 'its', 'Ltd', 'Inc.', 'GmbH', 'honey', 'travel', 'team'];
const GLUE = [' ', ' ', ' ', ', ', '. ', ' (', ') ', '-', '/', '@', '#', '’s ', '\n', ': ', ' — ', '.com ', '_'];

/**
 * Page texts made of a spec's own words in random order — aliases in changed case and number,
 * context and topic words, filler, abbreviations in parentheses, words glued to names — so that the
 * page-level rules (topic gate, abbreviations, short forms, context) all get exercised.
 */
export function randomPage(random: Random, spec: MatcherSpec, blocks = 4): string[] {
  const words = [...spec.topicWords, ...spec.aliases.flatMap((a) => a.context?.anyOf ?? []), ...spec.aliases.flatMap((a) => a.unless?.anyOf ?? [])];
  const piece = () => {
    const roll = random.next();
    if (roll < 0.35) {
      const text = random.pick(spec.aliases).text;
      const form = random.next();
      if (form < 0.15) return text.toLowerCase();
      if (form < 0.25) return text.toUpperCase();
      if (form < 0.35) return `${text}s`;
      if (form < 0.45) return text.split(/\s+/)[0]!;
      if (form < 0.5) return `${text}Sat`;
      return text;
    }
    if (roll < 0.5 && words.length > 0) return random.pick(words);
    return random.pick(FILLER);
  };
  return Array.from({ length: blocks }, () => {
    let text = '';
    for (let i = random.int(3, 40); i > 0; i -= 1) text += piece() + random.pick(GLUE);
    return text;
  });
}
