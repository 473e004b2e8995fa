import { buildBundle } from '../../utils/dataset/build-bundle';
import type { DatasetBundle, Entity } from '../../utils/dataset/schema';
import { matcherSpecOf } from '../../utils/matcher/alias-index';
import { syntheticSpec } from './synthetic-aliases';

/**
 * The real dataset bundle grown to `totalAliases` aliases with generated entities (see
 * `syntheticSpec`), each a copy of a real entity of its category with a new id, name and aliases, so
 * the extension installs it as it installs the real one. For measuring how page cost grows with the
 * dataset, never shipped.
 */
export async function syntheticBundle(real: DatasetBundle, totalAliases: number, seed: number): Promise<DatasetBundle> {
  const spec = syntheticSpec(matcherSpecOf(real, real.entities), totalAliases, seed);
  const templates = new Map(real.entities.filter((e) => !e.umbrella && e.relations.length === 0).map((e) => [e.category, e]));
  const generated = new Map<string, Entity>();
  for (const alias of spec.aliases) {
    if (!/^synthetic-\d+$/.test(alias.entityId)) continue;
    let entity = generated.get(alias.entityId);
    if (!entity) {
      const template = templates.get(alias.category) ?? real.entities[0]!;
      entity = { ...template, id: alias.entityId, name: alias.text, category: alias.category, aliases: [], facts: [], relations: [] };
      generated.set(alias.entityId, entity);
    }
    entity.aliases.push({ text: alias.text, ...(alias.caseSensitive ? { caseSensitive: true } : {}) });
  }
  const { entities: _entities, hash: _hash, changes: _changes, ...meta } = real;
  return buildBundle(meta, [...real.entities, ...generated.values()]);
}
