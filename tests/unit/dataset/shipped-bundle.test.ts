import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readGzipJson } from '../../../utils/dataset/shipped-bundle';

describe('the shipped dataset bundle (gzip-compressed JSON)', () => {
  it('reads back the JSON that was compressed', async () => {
    const bundle = { version: '1.2.3', entities: [{ id: 'tekever', name: 'TEKEVER', summary: 'Drones — “quoted”, ünïcode' }] };
    expect(await readGzipJson(new Response(gzipSync(JSON.stringify(bundle))))).toEqual(bundle);
  });

  it('rejects a failed response and a body that is not gzip JSON', async () => {
    await expect(readGzipJson(new Response('missing', { status: 404 }))).rejects.toThrow(/HTTP 404/);
    await expect(readGzipJson(new Response('{"plain": "json"}'))).rejects.toThrow();
    await expect(readGzipJson(new Response(gzipSync('not json')))).rejects.toThrow();
  });
});
