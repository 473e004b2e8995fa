// The dataset bundle inside a built extension (gzip-compressed JSON; utils/dataset/shipped-bundle.ts), for
// tests and benchmarks that read it or put another dataset in a copy of the extension.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SHIPPED_BUNDLE_PATH } from '../utils/dataset/shipped-bundle';

/** Reads and parses the bundle a built extension folder ships. Throws when it is missing or not gzip JSON. */
export function readShippedBundle(extensionDir: string): unknown {
  return JSON.parse(gunzipSync(readFileSync(path.join(extensionDir, SHIPPED_BUNDLE_PATH))).toString('utf8'));
}

/** Replaces the bundle in a built extension folder (a copy: benchmarks with synthetic datasets). */
export function writeShippedBundle(extensionDir: string, bundle: unknown): void {
  writeFileSync(path.join(extensionDir, SHIPPED_BUNDLE_PATH), gzipSync(JSON.stringify(bundle)));
}
