import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { BUNDLE_FILE } from '../read-entity-files';
import type { DatasetBundle } from '../../utils/dataset/schema';
import { LensDatabase } from '../../utils/db/db';
import { readLensSpec } from '../../utils/db/lens-dataset';
import { LensMatcherLoader } from '../../utils/db/lens-matcher';
import { compileMatcher } from '../../utils/matcher/find-mentions';
import { readSeedParagraphs } from './make-pages';
import { withReportSection } from './report-section';
import { median } from './stats';
import { syntheticBundle } from './synthetic-bundle';

/** One dataset's wake-up cost, before (read the spec, compile) and after (read the compiled matcher, `matcherFrom`), ms medians. */
export interface WakeUpRow {
  dataset: string;
  aliases: number;
  runs: number;
  before: { readMs: number; buildMs: number; firstMatchMs: number };
  /** `readMs`: the whole load (read, check, `matcherFrom`). */
  after: { readMs: number; firstMatchMs: number };
  /** One-off, when the dataset is installed or the build changes: prepare + store. */
  compileAndStoreMs: number;
  storedBytes: number;
}

const SEED = 20_261_122;
const BUILD = 'bench';

/** Size of the stored value, counting typed arrays by their bytes and strings as UTF-16. */
function storedSize(value: unknown): number {
  if (typeof value === 'string') return value.length * 2;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'object' && value !== null) return Object.values(value).reduce<number>((n, v) => n + storedSize(v), 0);
  return 8;
}

/**
 * What a service worker pays when it wakes up and the first page asks for a match, in Node with
 * fake-indexeddb (an in-memory IndexedDB that structured-clones as the real one does, but without
 * its disk and serialisation costs, so the read halves are lower bounds for the browser's).
 */
export async function runWakeUpBench(runs: number, log: (message: string) => void): Promise<WakeUpRow[]> {
  const real = JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')) as DatasetBundle;
  const realAliases = real.entities.reduce((n, e) => n + e.aliases.length, 0);
  const datasets = [
    { id: `real (${realAliases.toLocaleString('en')} aliases)`, bundle: real },
    { id: '10k aliases', bundle: await syntheticBundle(real, 10_000, SEED) },
    { id: '100k aliases', bundle: await syntheticBundle(real, 100_000, SEED) },
  ];
  // The first text a page sends: a seed article's paragraphs.
  const page = readSeedParagraphs().slice(0, 40);
  const rows: WakeUpRow[] = [];
  for (const { id, bundle } of datasets) {
    const name = `wake-up-bench-${Math.random()}`;
    const db = new LensDatabase(name);
    const { entities, ...meta } = bundle;
    await db.datasetA.bulkAdd(entities);
    await db.meta.put({ key: 'dataset', active: { ...meta, slot: 'A', source: 'bundled', installedAt: 1 } });
    const before = { readMs: [] as number[], buildMs: [] as number[], firstMatchMs: [] as number[] };
    const after = { readMs: [] as number[], firstMatchMs: [] as number[] };
    const n = id.startsWith('100k') ? Math.min(runs, 3) : runs;
    for (let run = 0; run < n; run += 1) {
      let t = performance.now();
      const spec = (await readLensSpec(db))!;
      before.readMs.push(performance.now() - t);
      t = performance.now();
      const matcher = compileMatcher(spec);
      before.buildMs.push(performance.now() - t);
      t = performance.now();
      matcher.findAll(page);
      before.firstMatchMs.push(performance.now() - t);
    }
    await db.compiledMatchers.clear();
    let t = performance.now();
    await new LensMatcherLoader(db, BUILD).load();
    const compileAndStoreMs = performance.now() - t;
    const storedBytes = storedSize((await db.compiledMatchers.toArray())[0]!.matcher);
    for (let run = 0; run < n; run += 1) {
      // A new loader is a new service worker: nothing in memory.
      t = performance.now();
      const loaded = (await new LensMatcherLoader(db, BUILD).load())!;
      after.readMs.push(performance.now() - t);
      t = performance.now();
      loaded.matcher.findAll(page);
      after.firstMatchMs.push(performance.now() - t);
    }
    db.close();
    await db.delete();
    const row: WakeUpRow = {
      dataset: id,
      aliases: bundle.entities.reduce((sum, e) => sum + e.aliases.length, 0),
      runs: n,
      before: { readMs: median(before.readMs), buildMs: median(before.buildMs), firstMatchMs: median(before.firstMatchMs) },
      after: { readMs: median(after.readMs), firstMatchMs: median(after.firstMatchMs) },
      compileAndStoreMs,
      storedBytes,
    };
    log(`wake-up ${id}: before ${(row.before.readMs + row.before.buildMs).toFixed(1)} ms, after ${row.after.readMs.toFixed(1)} ms`);
    rows.push(row);
  }
  return rows;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mib = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`);

export function wakeUpSection(rows: readonly WakeUpRow[], node: string): string {
  return [
    '## Worker wake-up: read + rebuild',
    'What the background service worker pays before it can answer the first page after it was stopped (MV3 stops it after ~30 s idle), then that first page’s match (40 seed paragraphs). **Before**: `readLensSpec` (every entity of the active dataset read from IndexedDB, aliases gathered) + `compileMatcher(spec)`. **After**: `LensMatcherLoader.load()` in a new loader (the dataset’s compiled matcher read from its table, checked with `isCompiledMatcher`, `matcherFrom`; no reader’s terms). The first match after includes turning the patterns the page mentions into objects, which the precompiled matcher defers. *Compile + store* is paid once per dataset version and extension build, when the dataset is installed (or on first use). Node ' + node + ' with fake-indexeddb (in memory: the browser’s IndexedDB adds disk and deserialisation, proportional to the stored size); median of the runs shown.',
    '',
    '| dataset | aliases | runs | before: read spec | before: compile | before: total | after: read + rebuild | speed-up | first match before / after | compile + store (once) | stored |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const beforeTotal = r.before.readMs + r.before.buildMs;
      return `| ${r.dataset} | ${r.aliases.toLocaleString('en')} | ${r.runs} | ${ms(r.before.readMs)} ms | ${ms(r.before.buildMs)} ms | ${ms(beforeTotal)} ms | ${ms(r.after.readMs)} ms | ${(beforeTotal / r.after.readMs).toFixed(0)}× | ${ms(r.before.firstMatchMs)} / ${ms(r.after.firstMatchMs)} ms | ${ms(r.compileAndStoreMs)} ms | ${mib(r.storedBytes)} |`;
    }),
  ].join('\n');
}

export function withWakeUpSection(report: string, section: string): string {
  return withReportSection(report, 'wake-up-bench', section);
}
