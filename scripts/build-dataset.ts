// npm run data:build [-- --dry-run] — writes public/dataset-bundle.json from data/dataset.json and
// data/entities/*.json, with a content hash, and a changelog entry (data/CHANGELOG.md and the bundle's
// "what's new") against the previously built bundle. A content change needs a newer version.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildBundle } from '../utils/dataset/build-bundle';
import { compareVersions } from '../utils/dataset/compare-versions';
import { changelogEntry, describeDiff, diffDatasets } from '../utils/dataset/dataset-diff';
import { type DatasetBundle, DatasetBundleSchema } from '../utils/dataset/schema';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { releaseDays, reservedUrls } from './check-dataset';
import { BUNDLE_FILE, CHANGELOG_FILE, META_FILE, readEntityFiles } from './read-entity-files';

const dryRun = process.argv.includes('--dry-run');

// The same checks as data:validate, counting today as a release day: a source dated today would be
// refused once this release exists, and fixing it then would cost another version.
const today = new Date().toISOString().slice(0, 10);
const { entities, problems } = validateDataset(readEntityFiles(), { buildDays: [...releaseDays(), today], reservedUrls: reservedUrls() });
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\nNot built: fix the problems above first.');
  process.exit(1);
}

let previous: DatasetBundle | null = null;
if (existsSync(BUNDLE_FILE)) {
  const parsed = DatasetBundleSchema.safeParse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  if (parsed.success) previous = parsed.data;
}

const meta = JSON.parse(readFileSync(META_FILE, 'utf8'));
// A release is dated the day it is built (today): the options page and the changelog show this date.
const draft = await buildBundle({ ...meta, date: today }, entities);
if (previous && (await buildBundle({ ...meta, date: previous.date }, entities)).hash === previous.hash) {
  console.log(`Nothing changed: public/dataset-bundle.json is version ${previous.version} (sha256 ${previous.hash}).`);
  process.exit(0);
}
if (previous && compareVersions(draft.version, previous.version) <= 0) {
  console.error(`The dataset changed but its version did not: bump "version" in data/dataset.json above ${previous.version} (readers only install newer versions).`);
  process.exit(1);
}

const lines = previous ? describeDiff(diffDatasets(previous.entities, entities)) : [`First release: ${entities.length} entities.`];
const entry = changelogEntry(draft.version, draft.date, previous?.version ?? null, lines);
const bundle = await buildBundle({ ...meta, date: today }, entities, lines);
console.log(entry);
if (dryRun) {
  console.log('(dry run: nothing written)');
  process.exit(0);
}
writeFileSync(BUNDLE_FILE, `${JSON.stringify(bundle)}\n`);
if (meta.date !== today) writeFileSync(META_FILE, `${JSON.stringify({ ...meta, date: today }, null, 2)}\n`);
const changelog = existsSync(CHANGELOG_FILE) ? readFileSync(CHANGELOG_FILE, 'utf8').replace(/^# Dataset changelog\n\n/, '') : '';
writeFileSync(CHANGELOG_FILE, `# Dataset changelog\n\n${entry}\n${changelog}`);
console.log(`Wrote public/dataset-bundle.json: version ${bundle.version}, ${entities.length} entities, sha256 ${bundle.hash}`);
