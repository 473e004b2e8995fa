import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_ALGORITHM } from '../../../utils/dataset/signed-update';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const BUNDLE = path.join(ROOT, 'public', 'dataset-bundle.json');

/** Runs `npm run data:sign` (through tsx) and returns its exit status and everything it printed. */
function sign(bundle: string, key: string, out: string): { status: number | null; output: string } {
  const run = spawnSync('npx', ['tsx', 'scripts/sign-dataset.ts', bundle, '--key', key, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function privateKeyFile(dir: string): Promise<string> {
  const pair = (await crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const file = path.join(dir, 'key.jwk');
  writeFileSync(file, JSON.stringify(await crypto.subtle.exportKey('jwk', pair.privateKey)));
  return file;
}

// Each case runs the CLI in a child process (about 9 s each with 2,900 entities, more under a busy test run).
// Not concurrent: spawnSync blocks the worker, so concurrent cases ran one after another while all their
// timeouts ran at once, and the last timed out (a full unit run, session 22).
describe('npm run data:sign', { timeout: 60_000 }, () => {
  it('signs the current bundle, warning that a key the extension does not trust would be refused by installed copies', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dil-sign-'));
    const { status, output } = sign(BUNDLE, await privateKeyFile(dir), path.join(dir, 'out'));
    expect(status).toBe(0);
    expect(output).toContain('warning: this key is not among the keys the extension trusts');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'out', 'update-manifest.json'), 'utf8'));
    expect(manifest.version).toBe(JSON.parse(readFileSync(BUNDLE, 'utf8')).version);
  });

  it('refuses a bundle that is not what the entity files build now', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dil-sign-'));
    const stale = path.join(dir, 'stale-bundle.json');
    cpSync(BUNDLE, stale);
    const bundle = JSON.parse(readFileSync(stale, 'utf8'));
    bundle.entities[0].summary = `${bundle.entities[0].summary} Edited after the build.`;
    writeFileSync(stale, JSON.stringify(bundle));
    const { status, output } = sign(stale, await privateKeyFile(dir), path.join(dir, 'out'));
    expect(status).toBe(1);
    expect(output).toContain('is not what data/ builds now');
    expect(output).toContain('run npm run data:build');
  });
});

describe('npm run data:sign and data:keygen: mistakes that must not go out quietly', { timeout: 60_000 }, () => {
  it('refuses a bundle whose "what\'s new" was edited by hand', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dil-sign-'));
    const edited = path.join(dir, 'edited-bundle.json');
    const bundle = JSON.parse(readFileSync(BUNDLE, 'utf8'));
    writeFileSync(edited, JSON.stringify({ ...bundle, changes: ['Nothing to see here'] }));
    const { status, output } = sign(edited, await privateKeyFile(dir), path.join(dir, 'out'));
    expect(status).toBe(1);
    expect(output).toContain('differs from data/CHANGELOG.md');
  });

  it('says which file it cannot read instead of printing a stack trace', () => {
    const { status, output } = sign(BUNDLE, '/nonexistent/key.jwk', path.join(tmpdir(), 'dil-out'));
    expect(status).toBe(2);
    expect(output.trim()).toBe('Cannot read the key: /nonexistent/key.jwk');
  });

  it('refuses to write a private key inside the repository, even one named "..key.jwk"', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/keygen.ts', '..key.jwk'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Refusing to write a private key inside the repository');
  });
});
