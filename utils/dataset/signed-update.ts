import { z } from 'zod';
import { compareVersions } from './compare-versions';
import { type DatasetBundle, DatasetBundleSchema } from './schema';

/**
 * Signed dataset updates. A maintainer signs the exact bytes of a bundle with an ECDSA P-256 key
 * (`npm run data:sign`); the extension ships the public keys and checks, in this order: size,
 * SHA-256, signature, schema, version. Everything uses WebCrypto, so the same code runs in the
 * background service worker, in the tests and in the maintainer CLI.
 */
export const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
export const MAX_MANIFEST_BYTES = 64 * 1024;
export const SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export const UpdateManifestSchema = z.strictObject({
  format: z.literal('defense-innovation-lens/dataset-update'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The bundle's address, relative to the manifest or absolute. */
  bundle: z.string().min(1),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Base64 ECDSA P-256 / SHA-256 signature (IEEE P1363, as WebCrypto produces) of the bundle bytes. */
  signature: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type UpdateManifest = z.infer<typeof UpdateManifestSchema>;

/** A single file for offline installs: the manifest and the exact bundle text it signs. */
export const SignedPackageSchema = z.strictObject({
  format: z.literal('defense-innovation-lens/signed-dataset'),
  manifest: UpdateManifestSchema,
  bundle: z.string(),
});

export class UpdateRejected extends Error {
  override readonly name = 'UpdateRejected';
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UpdateRejected(`${what} is not valid JSON.`);
  }
}

export function parseManifest(text: string): UpdateManifest {
  if (text.length > MAX_MANIFEST_BYTES) throw new UpdateRejected(`The update manifest is larger than allowed (${MAX_MANIFEST_BYTES / 1024} KB).`);
  const parsed = UpdateManifestSchema.safeParse(parseJson(text, 'The update manifest'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === 'unrecognized_keys') {
      throw new UpdateRejected(`The update manifest has a field this version of the extension does not know (${issue.keys.map((k) => `"${k}"`).join(', ')}): it was made for another version.`);
    }
    throw new UpdateRejected(`The update manifest is malformed (${issue?.path.join('.') || 'format'}: ${issue?.message}).`);
  }
  return parsed.data;
}

export function parseSignedPackage(text: string): { manifest: UpdateManifest; bytes: Uint8Array } {
  if (text.length > MAX_BUNDLE_BYTES * 2) throw new UpdateRejected('The file is too large to be a dataset.');
  const parsed = SignedPackageSchema.safeParse(parseJson(text, 'The file'));
  if (!parsed.success) throw new UpdateRejected('The file is not a signed Defense Innovation Lens dataset.');
  return { manifest: parsed.data.manifest, bytes: new TextEncoder().encode(parsed.data.bundle) };
}

export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Checks a downloaded bundle against its manifest and the trusted keys, and that it is newer than
 * the installed version. Returns the bundle to install, or throws UpdateRejected with the reason.
 */
export async function verifyUpdate(
  bytes: Uint8Array,
  manifest: UpdateManifest,
  trustedKeys: readonly JsonWebKey[],
  installedVersion: string | null,
): Promise<DatasetBundle> {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) throw new UpdateRejected(`The dataset is larger than ${MAX_BUNDLE_BYTES / 1024 / 1024} MB.`);
  if (bytes.byteLength !== manifest.size) throw new UpdateRejected('The dataset does not have the size its manifest announces.');
  if ((await sha256Bytes(bytes)) !== manifest.sha256) throw new UpdateRejected('The dataset does not match its checksum (corrupted or tampered).');
  if (!(await verifySignature(bytes, manifest.signature, trustedKeys))) {
    throw new UpdateRejected('The dataset’s signature is not valid for any trusted key (tampered, or signed with another key).');
  }
  const parsed = DatasetBundleSchema.safeParse(parseJson(new TextDecoder().decode(bytes), 'The dataset'));
  if (!parsed.success) throw new UpdateRejected(`The dataset does not match the schema (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}).`);
  if (parsed.data.version !== manifest.version) throw new UpdateRejected('The dataset’s version differs from its manifest.');
  if (installedVersion && compareVersions(parsed.data.version, installedVersion) <= 0) {
    throw new UpdateRejected(`Dataset ${parsed.data.version} is not newer than the installed ${installedVersion}.`);
  }
  return parsed.data;
}

async function verifySignature(bytes: Uint8Array, signature: string, keys: readonly JsonWebKey[]): Promise<boolean> {
  let signatureBytes: Uint8Array;
  try {
    signatureBytes = base64ToBytes(signature);
  } catch {
    return false;
  }
  for (const jwk of keys) {
    try {
      const key = await crypto.subtle.importKey('jwk', jwk, KEY_ALGORITHM, false, ['verify']);
      if (await crypto.subtle.verify(SIGNATURE_ALGORITHM, key, signatureBytes as BufferSource, bytes as BufferSource)) return true;
    } catch {
      // A malformed key in the list must not stop the others being tried.
    }
  }
  return false;
}

/** Signs bundle bytes with a private JWK (maintainer CLI and tests). */
export async function signBundle(bytes: Uint8Array, privateJwk: JsonWebKey): Promise<string> {
  const key = await crypto.subtle.importKey('jwk', privateJwk, KEY_ALGORITHM, false, ['sign']);
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign(SIGNATURE_ALGORITHM, key, bytes as BufferSource)));
}

/** The manifest for signed bundle bytes. */
export async function manifestFor(bytes: Uint8Array, version: string, bundleAddress: string, privateJwk: JsonWebKey): Promise<UpdateManifest> {
  return {
    format: 'defense-innovation-lens/dataset-update',
    version,
    bundle: bundleAddress,
    size: bytes.byteLength,
    sha256: await sha256Bytes(bytes),
    signature: await signBundle(bytes, privateJwk),
  };
}

/** Update addresses must be https:, except loopback (a local test server), which browsers treat as secure. */
export function isAllowedUpdateUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
  } catch {
    return false;
  }
}
