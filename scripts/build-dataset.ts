// npm run data:build — writes public/dataset-bundle.json from data/dataset.json and data/entities/*.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildBundle } from '../utils/dataset/build-bundle';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { BUNDLE_FILE, META_FILE, readEntityFiles } from './read-entity-files';

const { entities, problems } = validateDataset(readEntityFiles());
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\nNot built: fix the problems above first.');
  process.exit(1);
}
const bundle = await buildBundle(JSON.parse(readFileSync(META_FILE, 'utf8')), entities);
writeFileSync(BUNDLE_FILE, `${JSON.stringify(bundle)}\n`);
console.log(`Wrote public/dataset-bundle.json: version ${bundle.version}, ${entities.length} entities, sha256 ${bundle.hash}`);
