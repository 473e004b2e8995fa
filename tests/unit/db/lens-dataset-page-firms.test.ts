import { describe, expect, it } from 'vitest';
import { useFreshDatabases } from '../../support/fresh-database';
import { readLensCard } from '../../../utils/db/lens-dataset';

const fresh = useFreshDatabases('page-firms');

describe('the card of a firm only the page names', () => {
  it('says what Lens knows: the name, that it is a firm, and that the dataset has nothing on it', async () => {
    const card = await readLensCard(fresh(), 'page-firm:Reflex CES');
    expect(card?.pageNamed).toBe(true);
    expect(card?.entity).toMatchObject({ id: 'page-firm:Reflex CES', name: 'Reflex CES', category: 'firm', facts: [], sources: [], relations: [] });
    expect(card?.entity.summary).toMatch(/^Not in the Lens dataset/);
  });

  it('is not made up for an id with no name', async () => {
    expect(await readLensCard(fresh(), 'page-firm:')).toBeNull();
  });
});
