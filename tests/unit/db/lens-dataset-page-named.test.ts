import { describe, expect, it } from 'vitest';
import { useFreshDatabases } from '../../support/fresh-database';
import { readLensCard } from '../../../utils/db/lens-dataset';

const fresh = useFreshDatabases('page-named');

describe('the card of a firm or programme only the page names', () => {
  it('says what Lens knows of a firm: the name, that it is a firm, and that the dataset has nothing on it', async () => {
    const card = await readLensCard(fresh(), 'page-firm:Reflex CES');
    expect(card?.pageNamed).toBe(true);
    expect(card?.entity).toMatchObject({ id: 'page-firm:Reflex CES', name: 'Reflex CES', category: 'firm', facts: [], sources: [], relations: [] });
    expect(card?.entity.summary).toMatch(/^Not in the Lens dataset: this page names it as a firm/);
  });

  it('says the same of a programme, as a programme', async () => {
    const card = await readLensCard(fresh(), 'page-program:Distributed Bioindustrial Manufacturing Program');
    expect(card?.pageNamed).toBe(true);
    expect(card?.entity).toMatchObject({ name: 'Distributed Bioindustrial Manufacturing Program', category: 'program', facts: [], sources: [] });
    expect(card?.entity.summary).toMatch(/^Not in the Lens dataset: this page names it as a programme/);
  });

  it('is not made up for an id with no name', async () => {
    expect(await readLensCard(fresh(), 'page-firm:')).toBeNull();
    expect(await readLensCard(fresh(), 'page-program:')).toBeNull();
  });
});
