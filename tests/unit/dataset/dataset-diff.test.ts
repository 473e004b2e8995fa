import { describe, expect, it } from 'vitest';
import { changelogEntry, describeDiff, diffDatasets, isEmptyDiff } from '../../../utils/dataset/dataset-diff';
import { entityFixture } from '../../support/entity-fixture';

describe('diffDatasets and the changelog', () => {
  const a = entityFixture({ id: 'a', name: 'Alpha' });
  const b = entityFixture({ id: 'b', name: 'Beta' });

  it('lists added, removed and renamed entities, alias, fact, relation and rule changes', () => {
    const next = [
      { ...a, name: 'Alpha Prime', aliases: [...a.aliases, { text: 'Alpha P' }], facts: [{ label: 'Sites', value: '4', source: 'seed-000' }, { label: 'Founded', value: '2020', source: 'seed-000' }] },
      entityFixture({ id: 'c', name: 'Gamma', relations: [{ type: 'part-of', target: 'a', source: 'seed-000' }] }),
    ];
    const lines = describeDiff(diffDatasets([a, b], next));
    expect(lines).toEqual([
      'Added Gamma (c)',
      'Removed Beta (b)',
      'Renamed Alpha to Alpha Prime (a)',
      'Alpha Prime: new aliases “Alpha P”',
      'Alpha Prime: new facts “Founded”',
      'Alpha Prime: facts updated “Sites”',
    ]);
    const rules = describeDiff(diffDatasets([a], [{ ...a, aliases: [{ text: 'Test Accelerator', generic: true }, a.aliases[1]!] }]));
    expect(rules).toEqual(['Alpha: matching rules changed for “Test Accelerator”']);
    const relations = describeDiff(diffDatasets([a, b], [a, { ...b, relations: [{ type: 'invests-in', target: 'a', source: 'seed-000' }] }]));
    expect(relations).toEqual(['Beta: new relations “invests-in Alpha”']);
  });

  it('finds nothing between identical datasets, and formats an entry', () => {
    expect(isEmptyDiff(diffDatasets([a, b], [a, b]))).toBe(true);
    expect(changelogEntry('1.2.0', '2026-11-22', '1.1.0', ['Added Gamma (c)'])).toBe('## 1.2.0 (2026-11-22)\n\nChanges since 1.1.0:\n\n- Added Gamma (c)\n');
  });
});
