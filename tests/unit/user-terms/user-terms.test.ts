import { describe, expect, it } from 'vitest';
import { useFreshDatabases } from '../../support/fresh-database';
import { importUserTerms, listUserTerms, saveUserTerm } from '../../../utils/db/user-terms-store';
import { parseLibraryExport, toJsonExport } from '../../../utils/library/library-export';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { userTermAliases, userTermAsEntity } from '../../../utils/user-terms/user-term-entity';

const fresh = useFreshDatabases('terms');

describe('the reader’s own terms', () => {
  it('are matched like dataset aliases, short ones by exact case', async () => {
    const db = fresh();
    await saveUserTerm(db, { name: 'Project Nightjar', category: 'program', aliases: ['PNJ'], caseSensitive: false, note: 'watch this' });
    const terms = await listUserTerms(db);
    const matcher = compileMatcher(userTermAliases(terms));
    expect(matcher.find('project nightjar and PNJ but not pnj').map((m) => [m.surface, m.entityId])).toEqual([
      ['project nightjar', `user:${terms[0]!.id}`],
      ['PNJ', `user:${terms[0]!.id}`],
    ]);
    expect(userTermAsEntity(terms[0]!)).toMatchObject({ name: 'Project Nightjar', summary: 'watch this', sources: [] });
  });

  it('reject an invalid term', async () => {
    const db = fresh();
    await expect(saveUserTerm(db, { name: '', category: 'program', aliases: [], caseSensitive: false, note: '' })).rejects.toThrow();
    expect(await listUserTerms(db)).toEqual([]);
  });

  it('travel with the library export and are not duplicated on import', async () => {
    const source = fresh();
    await saveUserTerm(source, { name: 'Project Nightjar', category: 'program', aliases: [], caseSensitive: false, note: '' });
    const parsed = parseLibraryExport(toJsonExport([], await listUserTerms(source)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = fresh();
    expect(await importUserTerms(target, parsed.data.userTerms ?? [])).toBe(1);
    expect(await importUserTerms(target, parsed.data.userTerms ?? [])).toBe(0);
    expect((await listUserTerms(target)).map((t) => t.name)).toEqual(['Project Nightjar']);
  });
});
