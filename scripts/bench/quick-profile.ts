// Dev helper: profiles page loads of one bench page with a given built extension dir, printing totals and breakdown.
// Usage: tsx scripts/bench/quick-profile.ts <extensionDir> <pageId> [runs]   (DIL_PROFILE_DUMP=<dir> keeps each raw profile and trace)
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../../tests/support/launch-extension';
import { serveFolder } from '../../tests/support/static-server';
import { articlePage, manyNodesPage, plainPage, readSeedParagraphs } from './make-pages';
import { profilePageLoad } from './page-load-profile';

const [dir, pageId, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const SEED = 20_261_129;
const paragraphs = readSeedParagraphs();
const pages = [
  plainPage('plain-1k', '1k words, no mentions', 1_000),
  articlePage('page-10k', '10k words', 10_000, paragraphs, SEED),
  articlePage('page-100k', '100k words', 100_000, paragraphs, SEED),
  manyNodesPage('page-50k-nodes', '50k small nodes', 50_000, paragraphs, SEED),
];
const work = mkdtempSync(path.join(os.tmpdir(), 'dil-quick-'));
const site = path.join(work, 'site');
cpSync(path.resolve('tests/fixtures/pages'), site, { recursive: true });
for (const page of pages) writeFileSync(path.join(site, page.file), page.html);
const server = await serveFolder(site);
const browser = await launchWithExtension({ extensionDir: path.resolve(dir!) });
await profilePageLoad(browser.context, browser.extensionId, server.url('seed-000.html'), { timeoutMs: 60_000 });
const page = pages.find((p) => p.id === pageId)!;
// NO_EXPECT=1: a page that stays plain with this extension (the minimal extension, for comparison).
const expect = page.id !== 'plain-1k' && !process.env.NO_EXPECT;
const totals = new Map<string, number>();
const natives = new Map<string, number>();
const all: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const cost = await profilePageLoad(browser.context, browser.extensionId, server.url(page.file), { expectHighlights: expect, quietMs: expect ? 1000 : 3000 });
  all.push(cost.extensionMs);
  console.log(`run ${run}: ${cost.extensionMs.toFixed(1)} ms, longest run ${cost.longestRunMs.toFixed(1)}, long tasks ${cost.longTasks.map((t) => `${t.durationMs.toFixed(0)}(ext ${t.extensionMs.toFixed(0)})`).join(' ')}, longest caused ${cost.longestCausedMs.toFixed(0)}, first ${cost.firstHighlightMs}, highlights ${cost.highlights}`);
  for (const [name, ms] of cost.byFunction) totals.set(name, (totals.get(name) ?? 0) + ms / runs);
  for (const [name, ms] of cost.byNative) natives.set(name, (natives.get(name) ?? 0) + ms / runs);
}
all.sort((a, b) => a - b);
console.log('median', all[Math.floor(all.length / 2)]!.toFixed(1));
for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(2), name);
console.log('below our frames:');
for (const [name, ms] of [...natives].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(ms.toFixed(2), name);
await browser.close();
await server.close();
