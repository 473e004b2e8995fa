// npm run data:validate — checks every entity source file and that the shipped bundle is current.
import { checkDataset } from './check-dataset';

const { entities, problems, warnings } = await checkDataset();
for (const warning of warnings) console.warn(`warning: ${warning}`);
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in the dataset.`);
  process.exit(1);
}
console.log(`Dataset: ${entities.length} entities, no problems${warnings.length > 0 ? `, ${warnings.length} warning(s)` : ''}.`);
