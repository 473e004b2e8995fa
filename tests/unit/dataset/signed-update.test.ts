import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import { KEY_ALGORITHM, MAX_BUNDLE_BYTES, isAllowedUpdateUrl, manifestFor, parseManifest, parseSignedPackage, verifyUpdate } from '../../../utils/dataset/signed-update';
import { entityFixture } from '../../support/entity-fixture';

async function keyPair() {
  const pair = (await crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  return { privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey), publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
}

const bundleBytes = async (version: string) =>
  new TextEncoder().encode(JSON.stringify(await buildBundle({ version, date: '2026-11-22', topicWords: [], topicThreshold: 1 }, [entityFixture()])));

describe('verifyUpdate', async () => {
  const trusted = await keyPair();
  const other = await keyPair();
  const bytes = await bundleBytes('1.2.0');
  const manifest = await manifestFor(bytes, '1.2.0', 'dataset-bundle-1.2.0.json', trusted.privateJwk);

  it('accepts a newer bundle signed with a trusted key', async () => {
    const bundle = await verifyUpdate(bytes, manifest, [other.publicJwk, trusted.publicJwk], '1.1.0');
    expect(bundle.version).toBe('1.2.0');
  });

  it('rejects a tampered bundle', async () => {
    const tampered = new TextEncoder().encode(new TextDecoder().decode(bytes).replace('Test Accelerator', 'Evil Accelerator'));
    await expect(verifyUpdate(tampered, { ...manifest, size: tampered.byteLength }, [trusted.publicJwk], '1.1.0')).rejects.toThrow(/checksum/);
    const { sha256 } = await manifestFor(tampered, '1.2.0', 'x', other.privateJwk);
    await expect(verifyUpdate(tampered, { ...manifest, size: tampered.byteLength, sha256 }, [trusted.publicJwk], '1.1.0')).rejects.toThrow(/signature is not valid/);
  });

  it('rejects a bundle signed with another key', async () => {
    const signedByOther = await manifestFor(bytes, '1.2.0', 'x', other.privateJwk);
    await expect(verifyUpdate(bytes, signedByOther, [trusted.publicJwk], '1.1.0')).rejects.toThrow(/signature is not valid/);
  });

  it('rejects a downgrade or the same version', async () => {
    await expect(verifyUpdate(bytes, manifest, [trusted.publicJwk], '1.2.0')).rejects.toThrow('Dataset 1.2.0 is not newer than the installed 1.2.0.');
    await expect(verifyUpdate(bytes, manifest, [trusted.publicJwk], '2.0.0')).rejects.toThrow(/not newer/);
  });

  it('rejects a signed bundle that is not a valid dataset', async () => {
    const junk = new TextEncoder().encode(JSON.stringify({ version: '1.2.0', entities: 'nope' }));
    const signed = await manifestFor(junk, '1.2.0', 'x', trusted.privateJwk);
    await expect(verifyUpdate(junk, signed, [trusted.publicJwk], '1.1.0')).rejects.toThrow(/does not match the schema/);
  });

  it('rejects an oversized bundle before hashing it', async () => {
    const huge = new Uint8Array(MAX_BUNDLE_BYTES + 1);
    await expect(verifyUpdate(huge, { ...manifest, size: huge.byteLength }, [trusted.publicJwk], '1.1.0')).rejects.toThrow(/larger than 10 MB/);
    await expect(verifyUpdate(bytes, { ...manifest, size: bytes.byteLength + 1 }, [trusted.publicJwk], '1.1.0')).rejects.toThrow(/size/);
  });

  it('rejects malformed manifests and packages with a reason', () => {
    expect(() => parseManifest('{')).toThrow('The update manifest is not valid JSON.');
    expect(() => parseManifest(JSON.stringify({ ...manifest, sha256: 'zz' }))).toThrow(/malformed \(sha256/);
    expect(() => parseManifest(JSON.stringify({ ...manifest, mirror: 'https://x' }))).toThrow('The update manifest has a field this version of the extension does not know ("mirror")');
    expect(() => parseManifest(' '.repeat(70 * 1024))).toThrow('The update manifest is larger than allowed (64 KB).');
    expect(() => parseSignedPackage(JSON.stringify({ format: 'other' }))).toThrow(/not a signed Defense Innovation Lens dataset/);
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('allows https update addresses, and plain http only on loopback', () => {
    expect(isAllowedUpdateUrl('https://updates.example.org/manifest.json')).toBe(true);
    expect(isAllowedUpdateUrl('http://127.0.0.1:8080/manifest.json')).toBe(true);
    expect(isAllowedUpdateUrl('http://updates.example.org/manifest.json')).toBe(false);
    expect(isAllowedUpdateUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedUpdateUrl('not a url')).toBe(false);
  });
});
