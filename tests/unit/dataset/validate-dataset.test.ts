import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../utils/dataset/canonical-json';
import type { Entity } from '../../../utils/dataset/schema';
import { formatProblem, validateDataset } from '../../../utils/dataset/validate-dataset';
import { entityFixture } from '../../support/entity-fixture';

const file = (entity: unknown, name = (entity as Entity).id) => ({ path: `data/entities/${name}.json`, text: canonicalJson(entity) });
const messages = (...files: { path: string; text: string }[]) => validateDataset(files).problems.map(formatProblem);

describe('validateDataset', () => {
  it('accepts a valid entity', () => {
    expect(messages(file(entityFixture()))).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['a missing summary source', { ...entityFixture(), summarySources: [] }, 'field summarySources: the summary needs at least one source'],
    ['an http link', { ...entityFixture(), sources: [{ id: 'web', title: 'x', url: 'http://example.org', date: '2024' }], summarySources: ['web'], facts: [] }, 'field sources[0].url: must be an https: URL'],
    ['a source with neither url nor seed', { ...entityFixture(), sources: [{ id: 'seed-000', title: 'x', date: '2024' }] }, 'field sources[0]: needs exactly one of url or seed'],
    ['a non-ISO date', { ...entityFixture(), sources: [{ id: 'seed-000', title: 'x', seed: '000_6d097f450f755e55.txt', date: '12/05/2024' }] }, 'field sources[0].date: must be an ISO date'],
    ['an unknown category', { ...entityFixture(), category: 'company' }, 'field category:'],
    ['an unknown field', { ...entityFixture(), website: 'https://example.org' }, 'website'],
    ['no aliases', { ...entityFixture(), aliases: [] }, 'field aliases: needs at least one alias'],
  ])('rejects %s, naming entity and field', (_name, entity, expected) => {
    const [problem, ...rest] = messages(file(entity, 'test-accelerator'));
    expect(rest).toEqual([]);
    expect(problem).toContain('data/entities/test-accelerator.json: entity "test-accelerator"');
    expect(problem).toContain(expected);
  });

  it('rejects invalid JSON with the file named', () => {
    expect(messages({ path: 'data/entities/broken.json', text: '{ "id": ' })[0]).toMatch(/^data\/entities\/broken\.json: entity "broken" field \(root\): invalid JSON/);
  });

  it('rejects a fact citing a source the entity does not list', () => {
    const entity = entityFixture({ facts: [{ label: 'Sites', value: '3', source: 'nowhere' }] });
    expect(messages(file(entity))).toEqual(['data/entities/test-accelerator.json: entity "test-accelerator" field facts[0].source: refers to unknown source "nowhere"']);
  });

  it('rejects a relation to an entity that does not exist', () => {
    const entity = entityFixture({ relations: [{ type: 'part-of', target: 'nato', source: 'seed-000' }] });
    expect(messages(file(entity))).toEqual(['data/entities/test-accelerator.json: entity "test-accelerator" field relations[0].target: unknown entity "nato"']);
  });

  it('rejects a file whose name differs from the id, and duplicate ids', () => {
    const problems = messages(file(entityFixture(), 'other-name'), file(entityFixture()));
    expect(problems).toContain('data/entities/other-name.json: entity "test-accelerator" field id: must equal the file name "other-name"');
    expect(problems.some((p) => p.includes('duplicate id, also in data/entities/other-name.json'))).toBe(true);
  });

  it('rejects a short alias without a case rule', () => {
    const entity = entityFixture({ aliases: [{ text: 'Tacc' }] });
    expect(messages(file(entity))).toEqual(['data/entities/test-accelerator.json: entity "test-accelerator" field aliases[0].text: short alias "Tacc" must be caseSensitive']);
  });

  it('rejects an alias claimed by two entities, but not two acronyms that differ in case', () => {
    const a = entityFixture();
    const b = entityFixture({ id: 'other', aliases: [{ text: 'test accelerator' }] });
    expect(messages(file(a), file(b))).toEqual(['data/entities/other.json: entity "other" field aliases[0].text: alias "test accelerator" is also claimed by "test-accelerator"']);
    const c = entityFixture({ id: 'other', aliases: [{ text: 'TAcc', caseSensitive: true }] });
    expect(messages(file(a), file(c))).toEqual([]);
  });

  it('rejects a file that is not in canonical formatting', () => {
    const text = JSON.stringify(entityFixture());
    expect(messages({ path: 'data/entities/test-accelerator.json', text })).toEqual([
      'data/entities/test-accelerator.json: entity "test-accelerator" field (root): file is not in canonical formatting (run npm run data:format)',
    ]);
  });
});

describe('validateDataset: aliases that would match too much', () => {
  it('rejects a common word without a case rule, context or topic gate, and accepts each of those', () => {
    const bare = entityFixture({ aliases: [{ text: 'Forge' }] });
    expect(messages(file(bare))).toEqual(['data/entities/test-accelerator.json: entity "test-accelerator" field aliases[0].text: common word "Forge" needs caseSensitive, a context rule or "generic": true']);
    for (const guarded of [{ text: 'Forge', caseSensitive: true }, { text: 'Forge', generic: true }, { text: 'Forge', context: { anyOf: ['space'], scope: 'near' as const } }]) {
      expect(messages(file(entityFixture({ aliases: [guarded] })))).toEqual([]);
    }
  });

  it('allows two entities to share an alias when one declares a context rule', () => {
    const a = entityFixture({ aliases: [{ text: 'Maven', caseSensitive: true }] });
    const b = entityFixture({ id: 'other', aliases: [{ text: 'Maven', caseSensitive: true, context: { anyOf: ['Pentagon'], scope: 'page' } }] });
    expect(messages(file(a), file(b))).toEqual([]);
  });

  it('rejects an invalid regular expression in a rule', () => {
    const entity = entityFixture({ aliases: [{ text: 'Test Accelerator', notFollowedBy: '(' }] });
    expect(messages(file(entity))[0]).toContain('field aliases[0].notFollowedBy: must be a valid regular expression');
  });
});

describe('validateDataset: source dates and unrelated names', () => {
  const web = (date: string, extra: object = {}) => ({ id: 'web', title: 'x', url: 'https://example.org/a', date, ...extra });
  const dated = (source: object) => file({ ...entityFixture(), sources: [source], summarySources: ['web'], facts: [] });

  it('rejects a source dated on a build day unless it says it is undated or gives the day it was consulted', () => {
    const check = (source: object) => validateDataset([dated(source)], { buildDays: ['2026-11-22'] }).problems.map(formatProblem);
    expect(check(web('2026-11-22'))[0]).toContain('field sources[0].date: 2026-11-22 is a dataset build day');
    expect(check(web('2026-11-22', { undated: true }))).toEqual([]);
    expect(check(web('2026-11-22', { accessed: '2026-11-23' }))).toEqual([]);
    expect(check(web('2024-05-17'))).toEqual([]);
  });

  it('rejects a source that is a page reserved for acceptance checks, however its address is written', () => {
    const reservedUrls = ['https://www.example.org/reserved/story?utm=x'];
    const check = (url: string) => validateDataset([dated(web('2024-05-17', { url }))], { reservedUrls }).problems.map(formatProblem);
    expect(check('https://example.org/reserved/story')[0]).toContain('field sources[0].url: is a page reserved for acceptance checks');
    expect(check('https://www.example.org:443/reserved/story/')[0]).toContain('reserved for acceptance checks');
    expect(check('https://example.org/reserved/other-story')).toEqual([]);
  });

  it('rejects a source from a state propaganda outlet or an anonymous channel, and keeps Ukrainian papers called Pravda (session 28)', () => {
    const check = (extra: object) => validateDataset([dated(web('2024-05-17', extra))]).problems.map(formatProblem);
    expect(check({ publisher: 'Pravda network mirror (Rybar Telegram channel)', url: 'https://pravda-7pd.pages.dev/world/1.html' })[0]).toContain('is a state propaganda outlet or an anonymous channel');
    expect(check({ publisher: 'Sputnik Brasil' })[0]).toContain('state propaganda outlet');
    expect(check({ publisher: 'Some blog', url: 'https://tass.com/defense/1' })[0]).toContain('state propaganda outlet');
    expect(check({ publisher: 'Ukrainska Pravda', url: 'https://www.pravda.com.ua/eng/news/1/' })).toEqual([]);
    expect(check({ publisher: 'European Pravda' })).toEqual([]);
    expect(check({ publisher: 'AltAssets' })).toEqual([]);
  });

  it('warns when a fact names another entity without a relation to it, and not once the relation is there', () => {
    const investor = entityFixture({ id: 'baillie-gifford', name: 'Baillie Gifford', aliases: [{ text: 'Baillie Gifford' }], facts: [] });
    const fact = { label: 'Funding', value: '€70 million round led by Baillie Gifford', source: 'seed-000' };
    const firm = entityFixture({ id: 'tekever', name: 'TEKEVER', aliases: [{ text: 'TEKEVER', caseSensitive: true }], facts: [fact] });
    const warnings = validateDataset([file(investor), file(firm)]).warnings.map(formatProblem);
    expect(warnings).toEqual(['data/entities/tekever.json: entity "tekever" field facts[0].value: names “Baillie Gifford” (baillie-gifford) but has no relation to it']);
    // data:relate proposes the relation from the warning: the named entity, cited by the fact's own source.
    expect(validateDataset([file(investor), file(firm)]).warnings[0]).toMatchObject({ target: 'baillie-gifford', source: 'seed-000' });
    const related = { ...firm, relations: [{ type: 'funded-by' as const, target: 'baillie-gifford', source: 'seed-000' }] };
    expect(validateDataset([file(investor), file(related)]).warnings).toEqual([]);
  });
});
