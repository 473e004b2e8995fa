/**
 * The dataset bundle as the built extension ships it: gzip-compressed JSON. Firefox's add-on linter (and so
 * its add-on store) refuses a text file over 5 MB it cannot parse, and the bundle outgrew that at 2,852
 * entities (5.5 MB of JSON, about 1.1 MB compressed). `public/dataset-bundle.json` stays the readable copy
 * that maintainers review and tools read; the build compresses it (wxt.config.ts).
 */

declare const __SHIPPED_DATASET_VERSION__: string | undefined;

/**
 * The version of the bundle the build packaged (wxt.config.ts reads it from the bundle); undefined outside a
 * build (unit tests), where the bundle itself must be read to know it.
 */
export const SHIPPED_BUNDLE_VERSION: string | undefined = typeof __SHIPPED_DATASET_VERSION__ === 'string' ? __SHIPPED_DATASET_VERSION__ : undefined;

/** Where the compressed bundle sits inside the built extension. */
export const SHIPPED_BUNDLE_PATH = '/dataset-bundle.json.gz';

/**
 * Reads a response whose body is gzip-compressed JSON and returns the parsed value.
 * Rejects when the response is not OK, has no body, is not gzip, or does not hold JSON.
 */
export async function readGzipJson(response: Response): Promise<unknown> {
  if (!response.ok || response.body === null) throw new Error(`the bundled dataset could not be read (HTTP ${response.status})`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json();
}
