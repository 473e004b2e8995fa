import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { checkDataset } from './scripts/check-dataset';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  hooks: {
    // Never package a dataset that fails validation or a bundle that is stale.
    'build:before': async () => {
      const { problems } = await checkDataset();
      if (problems.length > 0) throw new Error(`Invalid dataset, not building:\n${problems.join('\n')}`);
    },
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Defense Innovation Lens',
    description:
      'Highlights defense-innovation programs, firms and emerging technologies on news pages, with sourced context cards. Page text never leaves your device.',
    // Each permission is justified in README.md (Permissions).
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this article to the library',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  },
});
