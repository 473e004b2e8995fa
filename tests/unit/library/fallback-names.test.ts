import { describe, expect, it } from 'vitest';
import type { EntityNames } from '../../../utils/db/lens-dataset';
import { withFallbackNames } from '../../../utils/library/fallback-names';
import type { SavedArticle } from '../../../utils/library/saved-article';

const mention = (entityId: string, surface: string, category: 'firm' | 'program' = 'program') => ({ entityId, category, surface, start: 0, end: surface.length, snippet: surface });
const article = (mentions: ReturnType<typeof mention>[]) => ({ mentions }) as unknown as SavedArticle;

describe('withFallbackNames', () => {
  const names: EntityNames = new Map([['diu', { name: 'Defense Innovation Unit', category: 'program' as const }]]);

  it('keeps the dataset’s names and marks a name only the page gave (a newcomer’s trial, session 28: two identical entries)', () => {
    const out = withFallbackNames(names, [article([mention('diu', 'Defense Innovation Unit'), mention('page-program:Defense Innovation Unit', 'Defense Innovation Unit'), mention('page-firm:Kestrelwind', 'Kestrelwind’s', 'firm')])]);
    expect(out.get('diu')?.name).toBe('Defense Innovation Unit');
    expect(out.get('page-program:Defense Innovation Unit')?.name).toBe('Defense Innovation Unit (named on the page)');
    expect(out.get('page-firm:Kestrelwind')?.name).toBe('Kestrelwind (named on the page)');
  });

  it('names an entity the dataset no longer has by the words the article used', () => {
    expect(withFallbackNames(names, [article([mention('user:1', 'Zorvant')])]).get('user:1')).toEqual({ name: 'Zorvant', category: 'program', missing: true });
  });
});
