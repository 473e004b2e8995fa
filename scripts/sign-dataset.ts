// npm run data:sign -- <bundle.json> --key <private-key-file> [--out <dir>]
// Signs a built bundle for remote updates. Refuses a bundle that is not what the entity files build
// now (stale, or edited by hand), and warns when the key is not one the extension trusts
// (public/update-keys.json): installed copies would refuse the update. Writes, in the output folder:
//   dataset-bundle-<version>.json   the bundle, byte for byte as signed (upload it)
//   update-manifest.json            what the extension polls: version, size, SHA-256, signature
//   dataset-<version>.signed.json   one file for "Install dataset from file…" (offline users)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle } from '../utils/dataset/build-bundle';
import { DatasetBundleSchema } from '../utils/dataset/schema';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { releaseChanges } from './check-dataset';
import { META_FILE, ROOT, readEntityFiles } from './read-entity-files';
import { manifestFor } from '../utils/dataset/signed-update';

const usage = 'Usage: npm run data:sign -- <bundle.json> --key <private-key-file> [--out <dir>]';
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { key: { type: 'string' }, out: { type: 'string', default: 'dist/dataset-update' } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const [bundleFile] = args.positionals;
if (!bundleFile || !args.values.key) {
  console.error(usage);
  process.exit(2);
}
/** Reads a JSON file or ends with a one-line reason (not a stack trace). */
function readJsonFile(file: string, what: string): { bytes: Uint8Array; value: unknown } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    console.error(`Cannot read the ${what}: ${file}`);
    process.exit(2);
  }
  try {
    return { bytes, value: JSON.parse(new TextDecoder().decode(bytes)) };
  } catch {
    console.error(`The ${what} is not valid JSON: ${file}`);
    process.exit(2);
  }
}
const { bytes, value: bundleJson } = readJsonFile(bundleFile, 'bundle');
const bundle = DatasetBundleSchema.safeParse(bundleJson);
if (!bundle.success) {
  console.error(`${bundleFile} is not a valid dataset bundle: ${bundle.error.issues[0]?.path.join('.')}: ${bundle.error.issues[0]?.message}`);
  process.exit(1);
}
const fromSources = validateDataset(readEntityFiles());
if (fromSources.problems.length > 0) {
  console.error(`Not signed: the dataset sources have problems; first: ${formatProblem(fromSources.problems[0]!)}`);
  process.exit(1);
}
const current = await buildBundle(JSON.parse(readFileSync(META_FILE, 'utf8')), fromSources.entities);
const { hash: statedHash, entities: shippedEntities, changes: _changes, ...shippedMeta } = bundle.data;
const actual = await buildBundle(shippedMeta, shippedEntities);
if (actual.hash !== statedHash || current.hash !== statedHash || current.version !== bundle.data.version) {
  console.error(
    `Not signed: ${bundleFile} (version ${bundle.data.version}, content sha256 ${actual.hash.slice(0, 12)}…) is not what data/ builds now (version ${current.version}, sha256 ${current.hash.slice(0, 12)}…). ` +
      'It is stale or was edited by hand: run npm run data:build (bumping the version), then sign again.',
  );
  process.exit(1);
}
// "What's new" lies outside the content hash: it must be the changelog's entry for this version.
const changelogEntry = releaseChanges(bundle.data.version);
if (changelogEntry && JSON.stringify(changelogEntry) !== JSON.stringify(bundle.data.changes ?? [])) {
  console.error(`Not signed: the bundle's "what's new" differs from data/CHANGELOG.md for ${bundle.data.version} (edited by hand?): run npm run data:build.`);
  process.exit(1);
}
const privateJwk = readJsonFile(args.values.key, 'key').value as JsonWebKey;
if (!privateJwk.d) {
  console.error(`${args.values.key} is not a private key.`);
  process.exit(1);
}
const trusted = (JSON.parse(readFileSync(path.join(ROOT, 'public', 'update-keys.json'), 'utf8')) as { keys: JsonWebKey[] }).keys;
if (!trusted.some((key) => key.x === privateJwk.x && key.y === privateJwk.y)) {
  console.warn(
    'warning: this key is not among the keys the extension trusts (public/update-keys.json). Installed copies will refuse ' +
      'this update until an extension release that carries its public key has reached them (README: rotating the signing key).',
  );
}
const { version } = bundle.data;
const out = path.resolve(args.values.out);
try {
  mkdirSync(out, { recursive: true });
} catch (error) {
  console.error(`Cannot create the output folder ${out}: ${(error as Error).message}`);
  process.exit(2);
}
const bundleName = `dataset-bundle-${version}.json`;
let manifest;
try {
  manifest = await manifestFor(bytes, version, bundleName, privateJwk);
} catch (error) {
  console.error(`The key ${args.values.key} is not a usable ECDSA P-256 private key (${(error as Error).message}).`);
  process.exit(2);
}
copyFileSync(bundleFile, path.join(out, bundleName));
writeFileSync(path.join(out, 'update-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  path.join(out, `dataset-${version}.signed.json`),
  `${JSON.stringify({ format: 'defense-innovation-lens/signed-dataset', manifest, bundle: new TextDecoder().decode(bytes) })}\n`,
);
console.log(`Signed dataset ${version} (${bytes.byteLength} bytes, sha256 ${manifest.sha256}) into ${out}:`);
console.log(`  ${bundleName}, update-manifest.json, dataset-${version}.signed.json`);
