import { normalizeAlias } from '../matcher/normalize-text';
import { canonicalJson } from './canonical-json';
import { type Entity, EntitySchema } from './schema';

/** One entity source file as read from disk. */
export interface SourceFile {
  /** Path shown in problems, e.g. `data/entities/nato-diana.json`. */
  path: string;
  text: string;
}

export interface Problem {
  path: string;
  entityId: string;
  field: string;
  message: string;
  /** For a fact naming an entity without a relation: that entity, and the fact's source. */
  target?: string;
  source?: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: entity "${problem.entityId}" field ${problem.field || '(root)'}: ${problem.message}`;
}

/**
 * Single words that are ordinary English (or ordinary in defense prose): as aliases they need a case
 * rule, a context rule or the topic gate, or they would light up everywhere.
 */
export const COMMON_WORDS = new Set(
  `space data energy cloud drone drones robot robots robotics quantum cyber fund funds act board agency unit group shield stark
  scale planet forge maven plural alphabet apple amazon oracle alliance summit strategy compass concept defence defense security
  innovation network centre center council commission union programme program initiative capital ventures partners labs systems
  industries technologies dynamics general atlas hermes mercury apollo titan vector vanguard sentinel guardian phoenix eagle falcon
  hawk raven orion nova pulse spark edge core frontier horizon ground dual chips chip autonomy materials propulsion hypersonic
  biotech satcom galileo copernicus safe purl ace aid rise`.split(/\s+/),
);

/** Aliases this short must be case-sensitive: as plain words they match too much ("AI" in "said" is handled by word boundaries, "ai" as a word is not). */
export const SHORT_ALIAS_LENGTH = 4;

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * Checks entity source files: JSON syntax, schema, file name = id, canonical formatting, unique ids,
 * source references, relation targets, alias collisions and unguarded short aliases.
 * Returns the parsed entities and every problem found (the dataset is valid when there are none).
 */
export interface ValidateOptions {
  /**
   * Days the dataset was built (release dates from data/CHANGELOG.md). A source dated on one of them
   * is almost always dated with the build day instead of its publication date: it must say
   * `"undated": true` (no publication date found) or give `accessed` beside a checked `date`.
   */
  buildDays?: readonly string[];
  /**
   * Pages reserved for acceptance checks (shared/docs/reserved-sources.txt): the project must not use
   * them, not even as a cited source.
   */
  reservedUrls?: readonly string[];
}

/** An address reduced to host and path, for comparing addresses written in different ways. */
export function addressKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/:443(?=\/|$)/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '')
    .toLowerCase();
}

export function validateDataset(files: readonly SourceFile[], options: ValidateOptions = {}): { entities: Entity[]; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const buildDays = new Set(options.buildDays ?? []);
  const reserved = new Set((options.reservedUrls ?? []).map(addressKey));
  const entities: { entity: Entity; path: string }[] = [];

  for (const file of files) {
    const fileId = file.path.split('/').at(-1)?.replace(/\.json$/, '') ?? file.path;
    let raw: unknown;
    try {
      raw = JSON.parse(file.text);
    } catch (error) {
      problems.push({ path: file.path, entityId: fileId, field: '', message: `invalid JSON (${(error as Error).message})` });
      continue;
    }
    const parsed = EntitySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: file.path, entityId: fileId, field: fieldPath(issue.path), message: issue.message });
      }
      continue;
    }
    const entity = parsed.data;
    const report = (field: string, message: string) => problems.push({ path: file.path, entityId: entity.id, field, message });
    if (entity.id !== fileId) report('id', `must equal the file name "${fileId}"`);
    if (canonicalJson(raw) !== file.text) report('', 'file is not in canonical formatting (run npm run data:format)');

    const sourceIds = new Set<string>();
    entity.sources.forEach((source, i) => {
      if (sourceIds.has(source.id)) report(`sources[${i}].id`, `duplicate source id "${source.id}"`);
      sourceIds.add(source.id);
      if (source.url && reserved.has(addressKey(source.url))) report(`sources[${i}].url`, 'is a page reserved for acceptance checks: cite another source');
      if (unreliableOutlet(source)) report(`sources[${i}]`, `is a state propaganda outlet or an anonymous channel (${source.publisher}): cite an independent source, or leave the fact out`);
      if (buildDays.has(source.date) && !source.undated && !source.accessed) {
        report(`sources[${i}].date`, `${source.date} is a dataset build day: give the publication date, or "undated": true if the page has none (or "accessed" if it really was published that day)`);
      }
    });
    const checkRef = (field: string, ref: string) => {
      if (!sourceIds.has(ref)) report(field, `refers to unknown source "${ref}"`);
    };
    entity.summarySources.forEach((ref, i) => checkRef(`summarySources[${i}]`, ref));
    entity.facts.forEach((fact, i) => checkRef(`facts[${i}].source`, fact.source));
    entity.relations.forEach((relation, i) => checkRef(`relations[${i}].source`, relation.source));

    const seenAliases = new Set<string>();
    entity.aliases.forEach((alias, i) => {
      const { folded } = normalizeAlias(alias.text);
      const key = `${folded}|${alias.caseSensitive ? alias.text : ''}`;
      if (seenAliases.has(key)) report(`aliases[${i}].text`, `duplicate alias "${alias.text}"`);
      seenAliases.add(key);
      if (folded.length <= SHORT_ALIAS_LENGTH && !alias.caseSensitive) {
        report(`aliases[${i}].text`, `short alias "${alias.text}" must be caseSensitive`);
      } else if (COMMON_WORDS.has(folded) && !alias.caseSensitive && !alias.context && !alias.generic) {
        report(`aliases[${i}].text`, `common word "${alias.text}" needs caseSensitive, a context rule or "generic": true`);
      }
    });
    entities.push({ entity, path: file.path });
  }

  const byId = new Map<string, string>();
  for (const { entity, path } of entities) {
    const other = byId.get(entity.id);
    if (other) problems.push({ path, entityId: entity.id, field: 'id', message: `duplicate id, also in ${other}` });
    byId.set(entity.id, path);
  }
  for (const { entity, path } of entities) {
    entity.relations.forEach((relation, i) => {
      if (!byId.has(relation.target)) {
        problems.push({ path, entityId: entity.id, field: `relations[${i}].target`, message: `unknown entity "${relation.target}"` });
      }
    });
  }

  // An alias claimed by two entities would make the card depend on file order. Two case-sensitive
  // aliases that differ only in case ("EDA" and "Eda") do not collide, and a collision is allowed when
  // an alias declares a context rule that tells them apart.
  const claims = new Map<string, { entityId: string; cased: string | null; ruled: boolean }[]>();
  for (const { entity, path } of entities) {
    entity.aliases.forEach((alias, i) => {
      const { folded, cased } = normalizeAlias(alias.text);
      const mine = alias.caseSensitive ? cased : null;
      const ruled = alias.context !== undefined;
      const others = claims.get(folded) ?? [];
      const clash = others.find((o) => o.entityId !== entity.id && !o.ruled && !ruled && (o.cased === null || mine === null || o.cased === mine));
      if (clash) {
        problems.push({ path, entityId: entity.id, field: `aliases[${i}].text`, message: `alias "${alias.text}" is also claimed by "${clash.entityId}"` });
      }
      claims.set(folded, [...others, { entityId: entity.id, cased: mine, ruled }]);
    });
  }

  warnings.push(...unrelatedNamesInFacts(entities));
  return { entities: entities.map((e) => e.entity), problems, warnings };
}

/**
 * A fact that names another entity of the dataset ("€70 million round led by Baillie Gifford") should
 * come with a relation to it, so the card links them. Names are the entities' names and their longer
 * any-case aliases, matched on word boundaries; umbrella institutions are left out (every card names NATO).
 */
export function unrelatedNamesInFacts(entities: readonly { entity: Entity; path: string }[]): Problem[] {
  type Name = { id: string; name: string; pattern: RegExp };
  /** Names by their first word, so a fact is only tested against names whose first word it contains. */
  const byFirstWord = new Map<string, Name[]>();
  const always: Name[] = [];
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u);
  for (const { entity } of entities) {
    if (entity.umbrella) continue;
    const texts = new Set([entity.name, ...entity.aliases.filter((a) => a.text.length >= 6 && !a.generic && !a.context).map((a) => a.text)]);
    for (const text of texts) {
      if (text.length < 5 || COMMON_WORDS.has(normalizeAlias(text).folded)) continue;
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const name: Name = { id: entity.id, name: text, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u') };
      const first = words(text)[0];
      if (!first) always.push(name);
      else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
    }
  }
  const warnings: Problem[] = [];
  for (const { entity, path } of entities) {
    const related = new Set([entity.id, ...entity.relations.map((r) => r.target)]);
    const reported = new Set<string>();
    entity.facts.forEach((fact, i) => {
      const candidates = [...always, ...new Set(words(fact.value))].flatMap((word) => (typeof word === 'string' ? (byFirstWord.get(word) ?? []) : [word]));
      for (const { id, name, pattern } of candidates) {
        if (related.has(id) || reported.has(id) || !pattern.test(fact.value)) continue;
        reported.add(id);
        warnings.push({ path, entityId: entity.id, field: `facts[${i}].value`, message: `names “${name}” (${id}) but has no relation to it`, target: id, source: fact.source });
      }
    });
  }
  return warnings;
}

/**
 * Outlets an analyst would not take a fact from: Russian state media, the "Pravda" network that republishes them
 * (Portal Kombat), anonymous Telegram channels. A newcomer's trial (session 28) found a card's fact resting on a
 * Rybar Telegram post on a Pravda mirror. Ukrainska, European and Ekonomichna Pravda are Ukrainian papers, not these.
 */
const UNRELIABLE_PUBLISHER = /\b(?:Sputnik|RIA Novosti|TASS|RT News|Russia Today|Rybar|News-Pravda|Pravda (?:DE|EN|FR|network)|Telegram channel|Group-Telegram|Awkward Telegram)\b/iu;
const UNRELIABLE_HOST = /(?:^|\.)(?:sputniknews\.[a-z.]+|sputnikglobe\.com|ria\.ru|tass\.(?:ru|com)|rt\.com|news-pravda\.com|pravda-[\w-]+\.pages\.dev|t\.me)$/iu;

/** Whether a source is one `UNRELIABLE_PUBLISHER` or `UNRELIABLE_HOST` names. */
export function unreliableOutlet(source: { publisher?: string; url?: string }): boolean {
  const publisher = source.publisher ?? '';
  if (UNRELIABLE_PUBLISHER.test(publisher) && !/Ukrainska|European Pravda|Ekonomichna/iu.test(publisher)) return true;
  if (!source.url) return false;
  try {
    return UNRELIABLE_HOST.test(new URL(source.url).hostname);
  } catch {
    return false;
  }
}
