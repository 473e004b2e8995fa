import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The least an extension that matches outside the page can do on a page load, written to `dir` as an
 * unpacked MV3 extension: a content script that waits for the document to be parsed, reads its text
 * with a bare TreeWalker, listens for storage changes (how a page hears of a new dataset) and sends the
 * text to its service worker in one message, which answers "no mentions". No matching, no highlighting,
 * no library code. Profiled like ours, it is the floor of a page with no mentions for any design that
 * keeps the matcher out of the page (the benchmark's "minimal extension").
 */
export function writeMinimalExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Minimal extension (benchmark floor)',
    version: '1.0',
    permissions: ['storage'],
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_start', all_frames: true }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'background.js'), 'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true, mentions: 0 }); });\n');
  writeFileSync(
    path.join(dir, 'content.js'),
    `(async () => {
  if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.data);
  chrome.storage.onChanged.addListener(() => {});
  chrome.runtime.sendMessage({ texts }, () => void chrome.runtime.lastError);
})();
`,
  );
}
