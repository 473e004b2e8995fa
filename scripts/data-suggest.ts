// npm run data:suggest -- <folder of articles> [--min 2] [--all] [--dataset <bundle.json> | --dataset sources]
// Lists names in a week of reading (.txt or .html files) that look like programmes, firms or
// abbreviations in a defense context but that the dataset does not match: count, number of articles,
// one example sentence. Without --all, only names shaped like a firm ("… Technologies", "… GmbH"), a
// programme ("… Fund", "… Office") or a defined abbreviation ("(ABBR)") are listed. Runs locally.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { suggestNames } from '../utils/dataset/suggest-names';
import { matcherSpecOf } from '../utils/matcher/alias-index';
import { compileMatcher } from '../utils/matcher/find-mentions';
import { corpusFiles, readCorpusArticle } from './corpus/evaluate-corpus';
import { loadDataset } from './load-dataset';

const USAGE = 'Usage: npm run data:suggest -- <folder of .txt/.html articles> [--min <count>] [--all] [--dataset <bundle.json> | --dataset sources]';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { min: { type: 'string', default: '2' }, all: { type: 'boolean', default: false }, dataset: { type: 'string' } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const folder = positionals[0];
if (!folder) {
  console.error(USAGE);
  process.exit(2);
}
if (!existsSync(folder)) {
  console.error(`Folder not found: ${folder}`);
  process.exit(2);
}
const min = Number(values.min);
if (!Number.isInteger(min) || min < 1) {
  console.error(`--min must be a whole number of at least 1, not "${values.min}"`);
  process.exit(2);
}
// With --dataset sources, names added since the last build are not suggested again.
const loaded = await loadDataset(values.dataset);
if ('error' in loaded) {
  console.error(loaded.error);
  process.exit(2);
}
const { bundle } = loaded;
const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
const files = corpusFiles(folder);
if (files.length === 0) {
  console.error(`No .txt or .html articles in ${folder}`);
  process.exit(2);
}
// A .txt is read whole (a maintainer's saved article need not follow the corpus format); a page, as the content script reads it.
const texts = files.map((file) => (file.endsWith('.txt') ? readFileSync(path.join(folder, file), 'utf8') : readCorpusArticle(folder, file).text));
const suggestions = suggestNames(texts, (text) => matcher.find(text)).filter((s) => s.count >= min && (values.all || s.looksLike !== 'name'));
console.log(`${suggestions.length} name(s) not in dataset ${bundle.version} seen at least ${min} time(s) in ${files.length} article(s):\n`);
for (const s of suggestions) console.log(`${String(s.count).padStart(4)}× in ${s.articles} article(s)  [${s.looksLike}]  ${s.name}\n        “${s.example}”`);
