declare const __LENS_BUILD_ID__: string | undefined;

/**
 * Which build of the extension this is: set at build time (wxt.config.ts), so that data derived by one
 * build's code — the stored compiled matcher — is recompiled by the next build, version bump or not.
 */
export const BUILD_ID = typeof __LENS_BUILD_ID__ === 'string' ? __LENS_BUILD_ID__ : 'unbuilt';

/**
 * The name a stored compiled matcher is kept under for this build: `<manifest version>+<BUILD_ID>`.
 * Every context that reads the stored matcher (background, PDF viewer, library) must use the same one,
 * or each would compile its own.
 */
export function builtBy(manifestVersion: string): string {
  return `${manifestVersion}+${BUILD_ID}`;
}
