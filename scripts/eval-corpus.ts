// npm run eval -- <folder> [--gold <gold.json>] [--json] [--dataset <bundle.json>]
// Runs the extension's matcher with the built dataset over every .txt and .html article in a folder,
// prints the mentions per article and, with a gold file, precision, recall and F1 per category.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { DatasetBundleSchema } from '../utils/dataset/schema';
import { type CorpusArticle, readHtmlArticle, readTextArticle } from '../utils/evaluation/corpus-article';
import { type ArticleScore, GoldFileSchema, type Metrics, scoreArticle, summarise } from '../utils/evaluation/gold';
import { matcherSpecOf } from '../utils/matcher/alias-index';
import { type Mention, compileMatcher } from '../utils/matcher/find-mentions';
import { BUNDLE_FILE } from './read-entity-files';

const USAGE = 'Usage: npm run eval -- <folder> [--gold <gold.json>] [--json] [--dataset <bundle.json>]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { gold: { type: 'string' }, json: { type: 'boolean', default: false }, dataset: { type: 'string' } },
});
const folder = positionals[0];
if (!folder) fail(USAGE);

const bundleResult = DatasetBundleSchema.safeParse(JSON.parse(readFileSync(values.dataset ?? BUNDLE_FILE, 'utf8')));
if (!bundleResult.success) fail(`The dataset bundle is invalid: ${bundleResult.error.issues[0]?.message}`);
const bundle = bundleResult.data;
const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
const names = new Map(bundle.entities.map((e) => [e.id, e.name]));

function readArticle(file: string): CorpusArticle {
  const content = readFileSync(path.join(folder!, file), 'utf8');
  if (file.endsWith('.txt')) return readTextArticle(file, content);
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
  const article = readHtmlArticle(file, doc);
  void window.happyDOM.close();
  return article;
}

/** The mentions of one article, with offsets in its analysed text (see CorpusArticle). */
function annotate(article: CorpusArticle): Mention[] {
  const perBlock = matcher.findAll(article.blocks.map((b) => b.text));
  return perBlock.flatMap((mentions, i) => {
    const offset = article.blocks[i]!.start;
    return mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
  });
}

const files = readdirSync(folder).filter((f) => /\.(txt|html?)$/i.test(f)).sort();
if (files.length === 0) fail(`No .txt or .html articles in ${folder}`);
const results = files.map((file) => {
  const article = readArticle(file);
  return { article, mentions: annotate(article) };
});

if (values.json) {
  for (const { article, mentions } of results) {
    console.log(JSON.stringify({ file: article.file, mentions: mentions.map(({ start, end, surface, entityId, category }) => ({ start, end, surface, entityId, category })) }));
  }
  process.exit(0);
}

for (const { article, mentions } of results) {
  console.log(`\n${article.file}: ${mentions.length} mention(s)`);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const key = `${m.category.padEnd(7)} ${m.surface.replace(/\s+/g, ' ')} → ${names.get(m.entityId) ?? m.entityId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of [...counts].sort()) console.log(`  ${key}${count > 1 ? ` ×${count}` : ''}`);
}

if (values.gold) {
  const parsed = GoldFileSchema.safeParse(JSON.parse(readFileSync(values.gold, 'utf8')));
  if (!parsed.success) fail(`Invalid gold file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const byFile = new Map(results.map((r) => [r.article.file, r.mentions]));
  const scores: ArticleScore[] = [];
  for (const gold of parsed.data) {
    const mentions = byFile.get(gold.file);
    if (!mentions) fail(`Gold file names ${gold.file}, which is not in ${folder}`);
    scores.push(scoreArticle(gold, mentions));
  }
  const summary = summarise(scores);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (label: string, m: Metrics) => `| ${label.padEnd(8)} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${String(m.tp).padStart(4)} | ${String(m.fp).padStart(4)} | ${String(m.fn).padStart(4)} |`;
  console.log(`\nScores over ${scores.length} labelled article(s):\n`);
  console.log('| category | precision |  recall |      F1 |   TP |   FP |   FN |');
  console.log('|----------|-----------|---------|---------|------|------|------|');
  for (const label of ['program', 'firm', 'edt', 'overall'] as const) console.log(row(label, summary[label]));
  const tally = (items: { key: string; n: number }[]) => {
    const map = new Map<string, number>();
    for (const { key, n } of items) map.set(key, (map.get(key) ?? 0) + n);
    return [...map].sort((a, b) => b[1] - a[1]);
  };
  const fps = tally(scores.flatMap((s) => s.falsePositives.map((f) => ({ key: `${f.category} "${f.surface}"${f.onNegative ? ' (listed negative)' : ''} in ${s.file}`, n: 1 }))));
  const misses = tally(scores.flatMap((s) => s.misses.map((m) => ({ key: `${m.category} "${m.surface}" in ${s.file}`, n: m.count }))));
  console.log(`\nFalse positives (${fps.reduce((n, [, c]) => n + c, 0)}):`);
  for (const [key, n] of fps) console.log(`  ${key}${n > 1 ? ` ×${n}` : ''}`);
  console.log(`\nMisses (${misses.reduce((n, [, c]) => n + c, 0)}):`);
  for (const [key, n] of misses) console.log(`  ${key}${n > 1 ? ` ×${n}` : ''}`);
}
