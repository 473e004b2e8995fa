import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Defense Innovation Lens',
    description:
      'Highlights defense-innovation programs, firms and emerging technologies on news pages, with sourced context cards. Page text never leaves your device.',
    // storage: keep the settings. The dataset and library live in the extension's own IndexedDB.
    permissions: ['storage'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
