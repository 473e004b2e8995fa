// npm run data:keygen -- <private-key-file> — creates an ECDSA P-256 key pair for signing dataset
// updates. The private key goes to the file you name, which must be outside the repository; the
// public key is printed, to add to public/update-keys.json.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KEY_ALGORITHM } from '../utils/dataset/signed-update';
import { ROOT } from './read-entity-files';

const target = process.argv[2];
if (!target) {
  console.error('Usage: npm run data:keygen -- <private-key-file outside the repository>');
  process.exit(2);
}
const file = path.resolve(target);
const relative = path.relative(ROOT, file);
// "..key.jwk" starts with two dots but is inside the repository: compare whole path segments.
if (relative === '' || (!path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..')) {
  console.error('Refusing to write a private key inside the repository: choose a path outside it.');
  process.exit(1);
}
if (existsSync(file)) {
  console.error(`${file} exists: not overwriting a key.`);
  process.exit(1);
}
const pair = (await crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
writeFileSync(file, `${JSON.stringify(await crypto.subtle.exportKey('jwk', pair.privateKey))}\n`, { mode: 0o600 });
const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
console.log(`Private key written to ${file} (keep it secret, never commit it).`);
console.log('Public key, to add to public/update-keys.json:');
console.log(JSON.stringify({ kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x, y: publicJwk.y }));
