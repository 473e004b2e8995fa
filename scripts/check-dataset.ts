import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBundle } from '../utils/dataset/build-bundle';
import type { Entity } from '../utils/dataset/schema';
import { formatProblem, validateDataset } from '../utils/dataset/validate-dataset';
import { BUNDLE_FILE, CHANGELOG_FILE, META_FILE, ROOT, readEntityFiles } from './read-entity-files';

/**
 * Everything that must hold before the dataset ships: valid sources, and a bundle built from them.
 * Used by `npm run data:validate` and by the extension build, which refuses to package a bad dataset.
 */
export async function checkDataset(): Promise<{ entities: Entity[]; problems: string[]; warnings: string[] }> {
  const { entities, problems, warnings } = validateDataset(readEntityFiles(), { buildDays: releaseDays(), reservedUrls: reservedUrls() });
  const lines = problems.map(formatProblem);
  const warningLines = warnings.map(formatProblem);
  if (lines.length > 0) return { entities, problems: lines, warnings: warningLines };
  const expected = await buildBundle(JSON.parse(readFileSync(META_FILE, 'utf8')), entities);
  let shipped: { hash?: string; version?: string } = {};
  try {
    shipped = JSON.parse(readFileSync(BUNDLE_FILE, 'utf8'));
  } catch {
    // reported below as out of date
  }
  if (shipped.hash !== expected.hash || shipped.version !== expected.version) {
    lines.push('public/dataset-bundle.json is out of date with data/entities: run npm run data:build');
  }
  return { entities, problems: lines, warnings: warningLines };
}

/**
 * Pages reserved for acceptance checks, from shared/docs/reserved-sources.txt beside the repository
 * (where it exists: a maintainer's machine and CI have it).
 */
export function reservedUrls(): string[] {
  const file = path.join(ROOT, '..', 'shared', 'docs', 'reserved-sources.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The days datasets were released, from the headings of data/CHANGELOG.md ("## 1.2.0 (2026-11-22)"). */
export function releaseDays(): string[] {
  if (!existsSync(CHANGELOG_FILE)) return [];
  return [...readFileSync(CHANGELOG_FILE, 'utf8').matchAll(/^## \S+ \((\d{4}-\d{2}-\d{2})\)/gmu)].map((m) => m[1]!);
}

/** The lines of the changelog entry for a version ("- …" items), or null when it has none. */
export function releaseChanges(version: string): string[] | null {
  if (!existsSync(CHANGELOG_FILE)) return null;
  const text = readFileSync(CHANGELOG_FILE, 'utf8');
  const start = text.indexOf(`## ${version} (`);
  if (start === -1) return null;
  const next = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, next === -1 ? undefined : next);
  const lines = [...section.matchAll(/^- (.*)$/gmu)].map((m) => m[1]!);
  return lines.length === 1 && lines[0] === 'No entity changes.' ? [] : lines;
}
