import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { checkDataset } from './scripts/check-dataset';
import { BUNDLE_FILE } from './scripts/read-entity-files';
import { SHIPPED_BUNDLE_PATH } from './utils/dataset/shipped-bundle';
import { addEagerCompileHints } from './scripts/eager-compile-hint';

const BUILD_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The packaged bundle's version (utils/dataset/shipped-bundle.ts), read when the build starts from the same file it packages. */
const shippedDatasetVersion = (): string => (JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')) as { version: string }).version;

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      // The dataset bundle ships compressed (utils/dataset/shipped-bundle.ts): the JSON copy stays in public/
      // for maintainers and tools, not in the extension.
      const json = files.findIndex((file) => file.relativeDest === path.basename(BUNDLE_FILE));
      if (json < 0) throw new Error(`${BUNDLE_FILE} is missing: run npm run data:build`);
      files.splice(json, 1);
      const shippedName = path.basename(SHIPPED_BUNDLE_PATH);
      mkdirSync(path.resolve('.wxt'), { recursive: true });
      const compressed = path.resolve('.wxt', shippedName);
      writeFileSync(compressed, gzipSync(readFileSync(BUNDLE_FILE), { level: 9 }));
      files.push({ absoluteSrc: compressed, relativeDest: shippedName });
      // The PDF viewer's PDF.js worker, character maps and standard fonts ship inside the extension (no
      // CDN; extension pages allow only their own scripts), copied as they are from pdfjs-dist.
      const pdfjs = path.resolve('node_modules', 'pdfjs-dist');
      files.push({ absoluteSrc: path.join(pdfjs, 'build', 'pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' });
      for (const folder of ['cmaps', 'standard_fonts']) {
        for (const name of readdirSync(path.join(pdfjs, folder))) files.push({ absoluteSrc: path.join(pdfjs, folder, name), relativeDest: `pdfjs/${folder}/${name}` });
      }
    },
    // Never package a dataset that fails validation or a bundle that is stale.
    'build:before': async () => {
      const { problems } = await checkDataset();
      if (problems.length > 0) throw new Error(`Invalid dataset, not building:\n${problems.join('\n')}`);
    },
    // The scripts pages load on demand are compiled off the page's main thread (scripts/eager-compile-hint.ts).
    'build:done': (wxt) => {
      addEagerCompileHints(wxt.config.outDir);
    },
  },
  // DIL_PROFILE_BUILD=1 keeps names readable, for profiles of where the time goes (`npm run bench`).
  // __LENS_BUILD_ID__ (utils/build-id.ts): a new id per build, so a stored compiled matcher is compiled again by new code.
  // __SHIPPED_DATASET_VERSION__: a waking service worker compares it with the installed dataset before reading the bundle.
  vite: () => ({ plugins: [preact()], build: process.env.DIL_PROFILE_BUILD ? { minify: false } : {}, define: { __LENS_BUILD_ID__: JSON.stringify(BUILD_ID), __SHIPPED_DATASET_VERSION__: JSON.stringify(shippedDatasetVersion()) } }),
  outDirTemplate: process.env.DIL_PROFILE_BUILD ? '{{browser}}-mv{{manifestVersion}}-profile' : undefined,
  manifest: ({ browser }) => ({
    name: 'Defense Innovation Lens',
    description:
      'Highlights defense-innovation programs, firms and emerging technologies on news pages, with sourced context cards. Page text never leaves your device.',
    // Each permission is justified in README.md (Permissions).
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    // Chrome allows four suggested shortcuts; readers can set or change all of them.
    commands: {
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save this article to the library' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Turn highlights on or off for this site' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next mention and open its card' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous mention and open its card' },
      'open-card': { description: 'Open the card of the current mention' },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Scripts the content script loads when a page needs them: the annotator once the page names something
    // (utils/annotator/annotator-script.ts), the card UI and article extraction on first use (page-ui.ts).
    // Chromium gives them a per-session address, so a page cannot probe a fixed one to learn the extension is there.
    web_accessible_resources: [{ resources: ['annotator-main.js', 'page-ui.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    ...(browser === 'firefox'
      ? {
          // Firefox needs an add-on id (storage.sync, signing) and a statement of data collection: none.
          // The id is the project's own GUID (a domain-style id would need a domain the project owns).
          browser_specific_settings: {
            gecko: { id: '{93eeb81f-36e3-5a03-974e-0df897d00edb}', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
