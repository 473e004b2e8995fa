import type { Entity } from '../../utils/dataset/schema';

/** A valid entity to derive broken variants from. */
export function entityFixture(overrides: Partial<Entity> = {}): Entity {
  return {
    id: 'test-accelerator',
    name: 'Test Accelerator',
    category: 'program',
    kind: 'accelerator',
    aliases: [{ text: 'Test Accelerator' }, { text: 'TACC', caseSensitive: true }],
    summary: 'A fictional accelerator used only by the unit tests of the dataset tooling.',
    summarySources: ['seed-000'],
    facts: [{ label: 'Sites', value: '3', source: 'seed-000' }],
    relations: [],
    sources: [{ id: 'seed-000', title: 'Seed', seed: '000_6d097f450f755e55.txt', date: '2025' }],
    ...overrides,
  };
}
