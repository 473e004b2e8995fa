// npm run data:audit — prints the source audit of the dataset (publication dates, copies, what
// summaries rest on) as Markdown, for docs/dataset-audit.md.
import { auditSources } from '../utils/dataset/source-audit';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { readEntityFiles } from './read-entity-files';

const { entities, problems } = validateDataset(readEntityFiles());
if (problems.length > 0) {
  console.error(`The dataset has ${problems.length} problem(s); first: ${formatProblem(problems[0]!)}`);
  process.exit(1);
}
const a = auditSources(entities);
const pct = (n: number) => `${((100 * n) / Math.max(1, a.sources)).toFixed(1)} %`;
console.log(`| | count | share of sources |
|---|---|---|
| entities | ${a.entities} (programmes ${a.byCategory.program}, firms and investors ${a.byCategory.firm}, technology areas ${a.byCategory.edt}) | |
| sources | ${a.sources} | |
| with a publication date of their own | ${a.dated} | ${pct(a.dated)} |
| undated (the date shown is the day consulted) | ${a.undated} | ${pct(a.undated)} |
| seed documents | ${a.seeds} | ${pct(a.seeds)} |
| originals | ${a.originals} | ${pct(a.originals)} |
| copies (mirrors, reprints, syndication), marked as such | ${a.copies} | ${pct(a.copies)} |
| entities whose summary rests only on copies | ${a.summariesOnCopiesOnly.length} | |
| entities with no relation to another entity | ${a.withoutRelations} | |
| facts per entity | ${a.factsPerEntity.toFixed(1)} | |`);
if (a.summariesOnCopiesOnly.length > 0) console.log(`\nSummaries resting only on copies: ${a.summariesOnCopiesOnly.join(', ')}.`);
