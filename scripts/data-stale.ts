// npm run data:stale -- [--months 12] — lists entities whose newest dated source is older than that
// (and those with only undated sources), oldest first, so a maintainer knows which cards to refresh.
import { parseArgs } from 'node:util';
import { staleEntities } from '../utils/dataset/stale-entities';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { readEntityFiles } from './read-entity-files';

let parsed;
try {
  parsed = parseArgs({ options: { months: { type: 'string', default: '12' } } });
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run data:stale -- [--months <whole number>]`);
  process.exit(2);
}
const { values } = parsed;
const months = Number(values.months);
if (!Number.isInteger(months) || months < 1) {
  console.error(`--months must be a whole number of at least 1, not "${values.months}"`);
  process.exit(2);
}
const { entities, problems } = validateDataset(readEntityFiles());
if (problems.length > 0) {
  console.error(`The dataset has ${problems.length} problem(s); first: ${formatProblem(problems[0]!)}`);
  process.exit(1);
}
const stale = staleEntities(entities, months, new Date());
console.log(`${stale.length} of ${entities.length} entities have no source newer than ${months} month(s):\n`);
for (const s of stale) console.log(`  ${(s.newest ?? 'undated').padEnd(10)}  ${s.id}  (${s.name}, ${s.sources} source(s))`);
