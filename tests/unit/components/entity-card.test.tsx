// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityCard, foldLabel } from '../../../components/entity-card';
import type { Entity } from '../../../utils/dataset/schema';
import { entityFixture } from '../../support/entity-fixture';

const facts = ['Founded', 'Staff', 'Products', 'Seed round', 'Customers'].map((label, i) => ({ label, value: `value ${i + 1}`, source: 'seed-000' }));
const root = document.createElement('div');
document.body.append(root);

function show(entity: Entity, keyFacts?: number) {
  const relations = [{ type: 'invests-in' as const, targetId: 'x', targetName: 'X Robotics', sourceId: 'seed-000' }];
  render(<EntityCard data={{ entity, relations, datasetVersion: '1.5.0' }} keyFacts={keyFacts} />, root);
  return root.querySelector('.card')!;
}

afterEach(() => render(null, root));

describe('EntityCard', () => {
  it('names a seed document as bundled with the extension, its file name only in a tooltip', () => {
    const card = show(entityFixture({ facts }));
    const seed = card.querySelector<HTMLElement>('.card__seed')!;
    expect(seed.textContent?.trim()).toBe('(a document bundled with the extension)');
    expect(seed.title).toMatch(/^Seed document \d{3}_[0-9a-f]{16}\.txt$/);
  });

  it('dates a fact that can change "as of" its source, and a one-time event (founded, launched) by its source alone', () => {
    const dated = [
      { label: 'Founded', value: '2021', source: 'seed-000' },
      { label: 'Staff', value: '120', source: 'seed-000' },
      { label: 'First flight', value: 'March 2025', source: 'seed-000' },
    ];
    const card = show(entityFixture({ facts: dated }));
    const date = entityFixture().sources[0]!.date;
    expect(Array.from(card.querySelectorAll('.card__facts--key .card__asof'), (note) => note.textContent)).toEqual([`source ${date}`, `as of ${date}`, `source ${date}`]);
  });

  it('says what the entity is in one line under its name, from its kind and country, and keeps the category', () => {
    const card = show(entityFixture({ name: 'ARX Robotics', category: 'firm', kind: 'start-up', country: 'DE' }));
    expect(card.querySelector('.card__title')?.textContent).toBe('ARX Robotics');
    expect(card.querySelector('.card__description')?.textContent).toBe('Start-up · Germany');
    expect(card.querySelector('.card__category')?.textContent).toBe('Firm / investor');
  });

  it('has no description line when the dataset gives neither kind nor country (nothing is made up)', () => {
    const { kind: _kind, ...noKind } = entityFixture();
    expect(show(noKind).querySelector('.card__description')).toBeNull();
  });

  it('names its two toggles apart: "Read more" for the summary, the fold by what it holds', () => {
    const card = show(entityFixture({ summary: 'A long summary. '.repeat(20).trim(), facts }));
    const more = card.querySelector<HTMLButtonElement>('.card__more')!;
    expect(more.textContent).toBe('Read more');
    expect(card.querySelector('.card__fold > summary')?.textContent).toBe('Facts, relations and sources (4)');
    expect(Array.from(card.querySelectorAll('button, summary'), (control) => control.textContent)).not.toContain('More');
  });

  it('shows up to three key facts above the fold, the others in it; fewer when the host asks', () => {
    let card = show(entityFixture({ facts }));
    expect(Array.from(card.querySelectorAll('.card__facts--key dt'), (dt) => dt.firstChild?.textContent)).toEqual(['Founded', 'Staff', 'Products']);
    expect(Array.from(card.querySelectorAll('.card__fold dt'), (dt) => dt.firstChild?.textContent)).toEqual(['Seed round', 'Customers']);
    card = show(entityFixture({ facts }), 1);
    expect(card.querySelectorAll('.card__facts--key .card__fact')).toHaveLength(1);
    expect(card.querySelector('.card__fold > summary')?.textContent).toBe('Facts, relations and sources (6)');
  });

  it('says a firm only the page names is not in the dataset, and shows no facts, relations or sources', () => {
    const entity = entityFixture({ id: 'page-firm:Reflex CES', name: 'Reflex CES', category: 'firm', summary: 'Not in the Lens dataset: this page names it as a firm.', summarySources: [], facts: [], relations: [], sources: [] });
    const { kind: _kind, country: _country, ...bare } = entity;
    render(<EntityCard data={{ entity: bare, relations: [], datasetVersion: 'this page', pageNamed: true }} />, root);
    const card = root.querySelector('.card')!;
    expect(card.querySelector('.card__meta')?.textContent).toBe('Firm / investor · not in the dataset');
    expect(card.querySelector('.card__fold')).toBeNull();
    expect(card.querySelector('.card__summary')?.textContent).toBe('Not in the Lens dataset: this page names it as a firm.');
  });

  it('offers the corrections on the highlighted entity\'s card, not on a related card opened from it (a newcomer\'s trial, session 21)', () => {
    const entity = entityFixture({ facts });
    const mention = { surface: 'iDEX4Fauji', alias: 'iDEX4Fauji', rule: 'alias (any case)', count: 1 };
    const noop = () => undefined;
    render(<EntityCard data={{ entity, relations: [], datasetVersion: '1.5.0' }} mention={{ ...mention, entityId: entity.id }} onNotThisOne={noop} onNotThisEntity={noop} />, root);
    expect(Array.from(root.querySelectorAll('.card__actions button'), (b) => b.textContent?.trim())).toEqual(['Not this one', `Not ${entity.name} on this page`]);
    render(<EntityCard data={{ entity, relations: [], datasetVersion: '1.5.0' }} mention={{ ...mention, entityId: 'idex4fauji' }} onNotThisOne={noop} onNotThisEntity={noop} />, root);
    expect(root.querySelectorAll('.card__actions button')).toHaveLength(0);
    expect(root.querySelector('.card__why')?.textContent).toBe('Opened from the card of “iDEX4Fauji” on this page.');
  });

  it('offers "Back" to the card it was opened from, and only then', () => {
    const entity = entityFixture({ facts });
    let backs = 0;
    render(<EntityCard data={{ entity, relations: [], datasetVersion: '1.5.0' }} back={{ name: 'TEKEVER', onBack: () => (backs += 1) }} />, root);
    const back = root.querySelector<HTMLButtonElement>('.card__back')!;
    expect(back.textContent).toBe('‹ Back to TEKEVER');
    back.click();
    expect(backs).toBe(1);
    expect(show(entity).querySelector('.card__back')).toBeNull();
  });

  it('puts the dataset line with the sources, in the fold', () => {
    expect(show(entityFixture()).querySelector('.card__fold .card__footer')?.textContent).toBe('Dataset 1.5.0');
  });
});

describe('foldLabel', () => {
  it.each([
    [2, 5, 4, 'Facts, relations and sources (11)'],
    [0, 5, 4, 'Relations and sources (9)'],
    [0, 0, 3, 'Sources (3)'],
    [1, 0, 1, 'Facts and sources (2)'],
    [0, 0, 0, ''],
  ])('%i facts, %i relations, %i sources → %s', (f, r, s, label) => {
    expect(foldLabel(f, r, s)).toBe(label);
  });
});
