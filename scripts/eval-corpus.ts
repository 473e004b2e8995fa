// npm run eval -- <folder> [--gold <gold.json>] [--json] [--verbose] [--dataset <bundle.json>]
// Runs the extension's matcher with the built dataset over every .txt and .html article in a folder,
// keeping what the browser highlights with default settings (a .txt article's body only). Without a
// gold file it prints the mentions per article; with one, strict and lenient precision, recall and F1
// per category and overall, the negative hit rate, every false positive with the rule that let it
// through, and every miss classified (not in the dataset, alias missing, a rule rejected it — which —,
// other category, bounds differ). --verbose adds the per-article mentions; --json prints one JSON
// object per article (offsets in the file).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { explainMisses } from '../utils/evaluation/explain-misses';
import { GoldFileSchema, type Metrics } from '../utils/evaluation/gold';
import { annotateCorpus, scoreCorpus } from './corpus/evaluate-corpus';
import { loadDataset } from './load-dataset';

const USAGE = 'Usage: npm run eval -- <folder> [--gold <gold.json>] [--json] [--verbose] [--dataset <bundle.json> | --dataset sources]';

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
    options: { gold: { type: 'string' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, dataset: { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsedArgs;
const folder = positionals[0];
if (values.help || !folder) fail(USAGE);
if (!existsSync(folder)) fail(`Corpus folder not found: ${folder}`);

const loaded = await loadDataset(values.dataset);
if ('error' in loaded) fail(loaded.error);
const { bundle } = loaded;
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

if (values.verbose || !values.gold) {
  for (const { article, mentions } of annotated) {
    console.log(`\n${article.file}: ${mentions.length} mention(s)`);
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const key = `${m.category.padEnd(7)} ${m.surface.replace(/\s+/g, ' ')} → ${names.get(m.entityId) ?? m.entityId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of [...counts].sort()) console.log(`  ${key}${count > 1 ? ` ×${count}` : ''}`);
  }
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
  const { scores, summary, lenient, negatives } = result;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(9);
  const row = (label: string, m: Metrics) => `| ${label.padEnd(8)} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | ${String(m.tp).padStart(4)} | ${String(m.fp).padStart(4)} | ${String(m.fn).padStart(4)} |`;
  const table = (title: string, s: typeof summary) => {
    console.log(`\n${title}\n`);
    console.log('| category | precision |    recall |        F1 |   TP |   FP |   FN |');
    console.log('|----------|-----------|-----------|-----------|------|------|------|');
    for (const label of ['program', 'firm', 'edt', 'overall'] as const) console.log(row(label, s[label]));
  };
  const mentionCount = gold.data.reduce((n, a) => n + a.mentions.reduce((k, m) => k + m.count, 0), 0);
  console.log(`\n${scores.length} labelled article(s), ${mentionCount} gold mention(s).`);
  table('Strict (a highlight counts when its text equals the labelled mention):', summary);
  table('Lenient (a highlight that covers the labelled mention with other bounds counts too):', lenient);
  console.log(`\nNegatives highlighted: ${negatives.highlighted} of ${negatives.occurrences} (${(negatives.rate * 100).toFixed(1)}%)`);

  const byFile = new Map(annotated.map((a) => [a.article.file, a]));
  const tally = (items: string[]) => {
    const map = new Map<string, number>();
    for (const key of items) map.set(key, (map.get(key) ?? 0) + 1);
    return [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const fps = tally(
    scores.flatMap((s) =>
      s.falsePositives.map((f) => {
        const m = byFile.get(s.file)?.mentions.find((x) => x.start === f.start && x.end === f.end);
        const why = m ? ` → ${names.get(m.entityId) ?? m.entityId} (${m.rule})` : '';
        return `${f.category} "${f.surface}"${why}${f.onNegative ? ' [listed negative]' : ''} in ${s.file}`;
      }),
    ),
  );
  console.log(`\nFalse positives, lenient (${fps.reduce((n, [, c]) => n + c, 0)}):`);
  for (const [key, n] of fps) console.log(`  ${key}${n > 1 ? ` ×${n}` : ''}`);

  const bounds = tally(scores.flatMap((s) => s.boundsDiffer.map((b) => `${b.category} gold "${b.gold}", highlighted "${b.highlighted}" in ${s.file}`)));
  console.log(`\nBounds differ (strict misses, lenient hits) (${bounds.reduce((n, [, c]) => n + c, 0)}):`);
  for (const [key, n] of bounds) console.log(`  ${key}${n > 1 ? ` ×${n}` : ''}`);

  const explained = scores.flatMap((s) => {
    const a = byFile.get(s.file)!;
    return explainMisses(s.misses, { text: a.article.text, bodyStart: a.article.bodyStart, mentions: a.mentions, rejections: a.rejections, entities: bundle.entities }).map((m) => ({ ...m, file: s.file }));
  });
  const kinds = tally(explained.flatMap((m) => Array<string>(m.count).fill(m.kind)));
  console.log(`\nMisses, lenient (${explained.reduce((n, m) => n + m.count, 0)}): ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const m of explained.sort((a, b) => a.kind.localeCompare(b.kind) || b.count - a.count || a.surface.localeCompare(b.surface))) {
    console.log(`  [${m.kind}] ${m.category} "${m.surface}"${m.count > 1 ? ` ×${m.count}` : ''}${m.detail ? ` — ${m.detail}` : ''} in ${m.file}`);
  }
}
