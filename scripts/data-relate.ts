// npm run data:relate [-- --apply] — lists facts that name another entity of the dataset without a
// relation to it (the validator's warnings) and, with --apply, adds a "related-to" relation citing the
// fact's own source (the source that names both), then rewrites the files canonically. A maintainer
// refines the type (invests-in, funded-by, supplies…) where the source says more.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../utils/dataset/canonical-json';
import type { Entity } from '../utils/dataset/schema';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { ROOT, readEntityFiles } from './read-entity-files';

const apply = process.argv.includes('--apply');
const { problems, warnings } = validateDataset(readEntityFiles());
if (problems.length > 0) {
  console.error(`The dataset has ${problems.length} problem(s); first: ${formatProblem(problems[0]!)}`);
  process.exit(1);
}
const proposals = warnings.filter((w) => w.target && w.source);
for (const w of proposals) console.log(`${w.entityId} related-to ${w.target} (source ${w.source}): ${w.message}`);
if (!apply) {
  console.log(`\n${proposals.length} relation(s) proposed; run with --apply to add them.`);
  process.exit(0);
}
const byFile = new Map<string, typeof proposals>();
for (const w of proposals) byFile.set(w.path, [...(byFile.get(w.path) ?? []), w]);
for (const [file, list] of byFile) {
  const full = path.join(ROOT, file);
  const entity = JSON.parse(readFileSync(full, 'utf8')) as Entity;
  for (const w of list) {
    if (entity.relations.some((r) => r.target === w.target)) continue;
    entity.relations.push({ type: 'related-to', target: w.target!, source: w.source! });
  }
  writeFileSync(full, canonicalJson(entity));
}
console.log(`\nAdded ${proposals.length} relation(s) in ${byFile.size} file(s).`);
