import { annotateCorpus } from '../scripts/corpus/evaluate-corpus';
import { loadDataset } from '../scripts/load-dataset';
import { firmNamesIntroduced } from '../utils/matcher/page-named-firms';
const folder = process.argv[2]!;
const only = process.argv[3];
const loaded = await loadDataset(undefined);
if ('error' in loaded) throw new Error(loaded.error);
for (const { article, mentions } of annotateCorpus(folder, loaded.bundle)) {
  if (only && !article.file.includes(only)) continue;
  console.log(`\n== ${article.file}`);
  for (const m of mentions) {
    if (m.category !== 'firm' && !process.env.ALL) continue;
    const ctx = article.text.slice(Math.max(0, m.start - 30), m.end + 20).replace(/\s+/g, ' ');
    console.log(`  [${m.surface}] ${m.entityId} :: ${m.rule} :: …${ctx}…`);
  }
}
