// npm run data:validate — checks every entity source file and that the shipped bundle is current.
import { readFileSync } from 'node:fs';
import { buildBundle } from '../utils/dataset/build-bundle';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { BUNDLE_FILE, META_FILE, readEntityFiles } from './read-entity-files';

const { entities, problems } = validateDataset(readEntityFiles());
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the dataset.`);
  process.exit(1);
}
const expected = await buildBundle(JSON.parse(readFileSync(META_FILE, 'utf8')), entities);
const shipped = JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')) as { hash?: string; version?: string };
if (shipped.hash !== expected.hash || shipped.version !== expected.version) {
  console.error('public/dataset-bundle.json is out of date with data/entities: run npm run data:build');
  process.exit(1);
}
console.log(`Dataset ${expected.version}: ${entities.length} entities, no problems.`);
