import { canonicalJson } from './canonical-json';
import { type DatasetBundle, type DatasetMeta, DatasetMetaSchema, type Entity } from './schema';

/**
 * The bundle the extension ships: metadata, entities sorted by id, and a SHA-256 of the canonical
 * entity list (WebCrypto, so the same code runs in Node and in the extension).
 */
export async function buildBundle(meta: DatasetMeta, entities: readonly Entity[], changes?: readonly string[]): Promise<DatasetBundle> {
  const parsed = DatasetMetaSchema.parse(meta);
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hash = await sha256Hex(canonicalJson({ ...parsed, entities: sorted }));
  return { ...parsed, ...(changes ? { changes: [...changes] } : {}), hash, entities: sorted };
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
