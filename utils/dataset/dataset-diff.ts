import type { Entity } from './schema';

/** What changed between two versions of the dataset, for the changelog and the "what's new" list. */
export interface DatasetDiff {
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
  renamed: { id: string; from: string; to: string }[];
  aliases: { id: string; name: string; added: string[]; removed: string[] }[];
  facts: { id: string; name: string; added: string[]; removed: string[]; changed: string[] }[];
  relations: { id: string; name: string; added: string[]; removed: string[] }[];
  /** Aliases whose matching rules (case, context, exclusions, topic gate) changed. */
  aliasRules: { id: string; name: string; aliases: string[] }[];
  /** Entities whose summary, relations or sources changed (and nothing listed above). */
  otherwiseChanged: { id: string; name: string }[];
}

const factKey = (f: Entity['facts'][number]) => f.label;

export function diffDatasets(previous: readonly Entity[], next: readonly Entity[]): DatasetDiff {
  const before = new Map(previous.map((e) => [e.id, e]));
  const after = new Map(next.map((e) => [e.id, e]));
  const diff: DatasetDiff = { added: [], removed: [], renamed: [], aliases: [], facts: [], relations: [], aliasRules: [], otherwiseChanged: [] };
  const names = new Map([...previous, ...next].map((e) => [e.id, e.name]));
  const relationText = (r: Entity['relations'][number]) => `${r.type} ${names.get(r.target) ?? r.target}`;
  for (const entity of next) if (!before.has(entity.id)) diff.added.push({ id: entity.id, name: entity.name });
  for (const entity of previous) if (!after.has(entity.id)) diff.removed.push({ id: entity.id, name: entity.name });
  for (const entity of next) {
    const old = before.get(entity.id);
    if (!old) continue;
    let listed = false;
    if (old.name !== entity.name) {
      diff.renamed.push({ id: entity.id, from: old.name, to: entity.name });
      listed = true;
    }
    const oldAliases = new Set(old.aliases.map((a) => a.text));
    const newAliases = new Set(entity.aliases.map((a) => a.text));
    const aliasesAdded = [...newAliases].filter((a) => !oldAliases.has(a));
    const aliasesRemoved = [...oldAliases].filter((a) => !newAliases.has(a));
    if (aliasesAdded.length + aliasesRemoved.length > 0) {
      diff.aliases.push({ id: entity.id, name: entity.name, added: aliasesAdded, removed: aliasesRemoved });
      listed = true;
    }
    const oldFacts = new Map(old.facts.map((f) => [factKey(f), f]));
    const newFacts = new Map(entity.facts.map((f) => [factKey(f), f]));
    const factsAdded = [...newFacts.keys()].filter((k) => !oldFacts.has(k));
    const factsRemoved = [...oldFacts.keys()].filter((k) => !newFacts.has(k));
    const factsChanged = [...newFacts.keys()].filter((k) => oldFacts.has(k) && JSON.stringify(oldFacts.get(k)) !== JSON.stringify(newFacts.get(k)));
    if (factsAdded.length + factsRemoved.length + factsChanged.length > 0) {
      diff.facts.push({ id: entity.id, name: entity.name, added: factsAdded, removed: factsRemoved, changed: factsChanged });
      listed = true;
    }
    const oldRelations = new Set(old.relations.map(relationText));
    const newRelations = new Set(entity.relations.map(relationText));
    const relationsAdded = [...newRelations].filter((r) => !oldRelations.has(r));
    const relationsRemoved = [...oldRelations].filter((r) => !newRelations.has(r));
    if (relationsAdded.length + relationsRemoved.length > 0) {
      diff.relations.push({ id: entity.id, name: entity.name, added: relationsAdded, removed: relationsRemoved });
      listed = true;
    }
    const oldRules = new Map(old.aliases.map((a) => [a.text, JSON.stringify(a)]));
    const ruleChanges = entity.aliases.filter((a) => oldRules.has(a.text) && oldRules.get(a.text) !== JSON.stringify(a)).map((a) => a.text);
    if (ruleChanges.length > 0) {
      diff.aliasRules.push({ id: entity.id, name: entity.name, aliases: ruleChanges });
      listed = true;
    }
    if (!listed && JSON.stringify(old) !== JSON.stringify(entity)) diff.otherwiseChanged.push({ id: entity.id, name: entity.name });
  }
  return diff;
}

export function isEmptyDiff(diff: DatasetDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}

/** Human-readable lines, one per change, as shown in "what's new" and the changelog. */
export function describeDiff(diff: DatasetDiff): string[] {
  const quote = (items: string[]) => items.map((i) => `“${i}”`).join(', ');
  return [
    ...diff.added.map((e) => `Added ${e.name} (${e.id})`),
    ...diff.removed.map((e) => `Removed ${e.name} (${e.id})`),
    ...diff.renamed.map((e) => `Renamed ${e.from} to ${e.to} (${e.id})`),
    ...diff.aliases.flatMap((e) => [
      ...(e.added.length ? [`${e.name}: new aliases ${quote(e.added)}`] : []),
      ...(e.removed.length ? [`${e.name}: aliases removed ${quote(e.removed)}`] : []),
    ]),
    ...diff.facts.flatMap((e) => [
      ...(e.added.length ? [`${e.name}: new facts ${quote(e.added)}`] : []),
      ...(e.changed.length ? [`${e.name}: facts updated ${quote(e.changed)}`] : []),
      ...(e.removed.length ? [`${e.name}: facts removed ${quote(e.removed)}`] : []),
    ]),
    ...diff.relations.flatMap((e) => [
      ...(e.added.length ? [`${e.name}: new relations ${quote(e.added)}`] : []),
      ...(e.removed.length ? [`${e.name}: relations removed ${quote(e.removed)}`] : []),
    ]),
    ...diff.aliasRules.map((e) => `${e.name}: matching rules changed for ${quote(e.aliases)}`),
    ...diff.otherwiseChanged.map((e) => `${e.name}: summary or sources updated`),
  ];
}

/** A changelog entry in Markdown. */
export function changelogEntry(version: string, date: string, previousVersion: string | null, lines: readonly string[]): string {
  const heading = `## ${version} (${date})`;
  const since = previousVersion ? `Changes since ${previousVersion}:` : 'First release.';
  return `${heading}\n\n${since}\n\n${lines.length ? lines.map((l) => `- ${l}`).join('\n') : '- No entity changes.'}\n`;
}
