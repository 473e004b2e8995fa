import { existsSync, readFileSync } from 'node:fs';
import { buildBundle } from '../utils/dataset/build-bundle';
import { type DatasetBundle, DatasetBundleSchema } from '../utils/dataset/schema';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { BUNDLE_FILE, META_FILE, readEntityFiles } from './read-entity-files';

/**
 * The dataset a maintainer CLI works with: the built bundle (default), another bundle file, or with
 * `"sources"` the entity files as they are now, before `npm run data:build`. Returns the bundle, or
 * a one-line reason it could not be had.
 */
export async function loadDataset(option: string | undefined): Promise<{ bundle: DatasetBundle } | { error: string }> {
  if (option === 'sources') {
    const { entities, problems } = validateDataset(readEntityFiles());
    if (problems.length > 0) return { error: `The dataset sources have ${problems.length} problem(s); first: ${formatProblem(problems[0]!)}` };
    return { bundle: await buildBundle(JSON.parse(readFileSync(META_FILE, 'utf8')), entities) };
  }
  const file = option ?? BUNDLE_FILE;
  if (!existsSync(file)) return { error: `Dataset bundle not found: ${file}` };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { error: `Dataset bundle is not valid JSON (${file}): ${(error as Error).message}` };
  }
  const parsed = DatasetBundleSchema.safeParse(json);
  return parsed.success ? { bundle: parsed.data } : { error: `The dataset bundle is invalid (${file}): ${parsed.error.issues[0]?.message}` };
}
