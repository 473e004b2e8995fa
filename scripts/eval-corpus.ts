// npm run eval -- <folder> [--gold <gold.json>] [--json] [--dataset <bundle.json>]
// Runs the extension's matcher with the built dataset over every .txt and .html article in a folder,
// prints the mentions per article and, with a gold file, precision, recall and F1 per category and
// overall, with the false positives and misses by surface. --json prints one JSON object per article.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DatasetBundleSchema } from '../utils/dataset/schema';
import { GoldFileSchema, type Metrics } from '../utils/evaluation/gold';
import { annotateCorpus, scoreCorpus } from './corpus/evaluate-corpus';
import { BUNDLE_FILE } from './read-entity-files';

const USAGE = 'Usage: npm run eval -- <folder> [--gold <gold.json>] [--json] [--dataset <bundle.json>]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function readJson(file: string, what: string): unknown {
  if (!existsSync(file)) fail(`${what} not found: ${file}`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${what} is not valid JSON (${file}): ${(error as Error).message}`);
  }
}

let parsedArgs;
try {
  parsedArgs = parseArgs({
    allowPositionals: true,
    options: { gold: { type: 'string' }, json: { type: 'boolean', default: false }, dataset: { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsedArgs;
const folder = positionals[0];
if (values.help || !folder) fail(USAGE);
if (!existsSync(folder)) fail(`Corpus folder not found: ${folder}`);

const bundleResult = DatasetBundleSchema.safeParse(readJson(values.dataset ?? BUNDLE_FILE, 'Dataset bundle'));
if (!bundleResult.success) fail(`The dataset bundle is invalid: ${bundleResult.error.issues[0]?.message}`);
const bundle = bundleResult.data;
const names = new Map(bundle.entities.map((e) => [e.id, e.name]));

let annotated;
try {
  annotated = annotateCorpus(folder, bundle);
} catch (error) {
  fail((error as Error).message);
}
if (annotated.length === 0) fail(`No .txt or .html articles in ${folder}`);

if (values.json) {
  for (const { article, mentions } of annotated) {
    console.log(JSON.stringify({ file: article.file, mentions: mentions.map(({ start, end, surface, entityId, category }) => ({ start, end, surface, entityId, category })) }));
  }
  process.exit(0);
}

for (const { article, mentions } of annotated) {
  console.log(`\n${article.file}: ${mentions.length} mention(s)`);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const key = `${m.category.padEnd(7)} ${m.surface.replace(/\s+/g, ' ')} → ${names.get(m.entityId) ?? m.entityId}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of [...counts].sort()) console.log(`  ${key}${count > 1 ? ` ×${count}` : ''}`);
}

if (values.gold) {
  const gold = GoldFileSchema.safeParse(readJson(values.gold, 'Gold file'));
  if (!gold.success) fail(`Invalid gold file: ${gold.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  let result;
  try {
    result = scoreCorpus(annotated, gold.data);
  } catch (error) {
    fail((error as Error).message);
  }
  const { scores, summary } = result;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(9);
  const row = (label: string, m: Metrics) => `| ${label.padEnd(8)} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${String(m.tp).padStart(4)} | ${String(m.fp).padStart(4)} | ${String(m.fn).padStart(4)} |`;
  console.log(`\nScores over ${scores.length} labelled article(s):\n`);
  console.log('| category | precision |    recall |        F1 |   TP |   FP |   FN |');
  console.log('|----------|-----------|-----------|-----------|------|------|------|');
  for (const label of ['program', 'firm', 'edt', 'overall'] as const) console.log(row(label, summary[label]));
  const tally = (items: string[]) => {
    const map = new Map<string, number>();
    for (const key of items) map.set(key, (map.get(key) ?? 0) + 1);
    return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const fps = tally(scores.flatMap((s) => s.falsePositives.map((f) => `${f.category} "${f.surface}"${f.onNegative ? ' (listed negative)' : ''} in ${s.file}`)));
  const misses = scores.flatMap((s) => s.misses.map((m) => ({ key: `${m.category} "${m.surface}" in ${s.file}`, n: m.count }))).sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
  console.log(`\nFalse positives (${fps.reduce((n, [, c]) => n + c, 0)}):`);
  for (const [key, n] of fps) console.log(`  ${key}${n > 1 ? ` ×${n}` : ''}`);
  console.log(`\nMisses (${misses.reduce((n, m) => n + m.n, 0)}):`);
  for (const { key, n } of misses) console.log(`  ${key}${n > 1 ? ` ×${n}` : ''}`);
}
