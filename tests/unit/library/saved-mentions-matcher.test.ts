import { describe, expect, it } from 'vitest';
import { articleMentions } from '../../../utils/library/article-mentions';
import { savedMentionsMatcher } from '../../../utils/library/saved-mentions-matcher';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const TEXT = 'Helsing builds AI. The Helsing team met DIANA.\n\nLater, Helsing and DIANA again; helsing in lower case.';

describe('savedMentionsMatcher', () => {
  it('finds exactly the saved mentions, block by block, and nothing the saved list lacks', () => {
    // Saved: only the 1st and 3rd "Helsing" and the 2nd "DIANA" (the dataset of the day decided so).
    const at = (surface: string, nth: number) => {
      let index = -1;
      for (let i = 0; i <= nth; i += 1) index = TEXT.indexOf(surface, index + 1);
      return index;
    };
    const mention = (surface: string, nth: number, entityId: string) => ({ entityId, category: 'firm' as const, surface, start: at(surface, nth), end: at(surface, nth) + surface.length, snippet: '' });
    const matcher = savedMentionsMatcher({ text: TEXT, mentions: [mention('Helsing', 0, 'helsing'), mention('Helsing', 2, 'helsing'), mention('DIANA', 1, 'nato-diana')] });
    const blocks = TEXT.split('\n\n');
    const found = matcher.findAll(blocks).map((mentions) => mentions.map((m) => `${m.surface}@${m.start}:${m.entityId}`));
    expect(found).toEqual([['Helsing@0:helsing'], ['Helsing@7:helsing', 'DIANA@19:nato-diana']]);
  });

  it('reproduces what a real matcher saved, on the same text', () => {
    const real = compileMatcher([
      { entityId: 'helsing', category: 'firm', text: 'Helsing', caseSensitive: false },
      { entityId: 'nato-diana', category: 'program', text: 'DIANA', caseSensitive: true },
    ]);
    const saved = articleMentions(TEXT, real);
    const replay = savedMentionsMatcher({ text: TEXT, mentions: saved });
    const blocks = TEXT.split('\n\n');
    const strip = (ms: { start: number; end: number; entityId: string }[][]) => ms.map((list) => list.map(({ start, end, entityId }) => ({ start, end, entityId })));
    expect(strip(replay.findAll(blocks))).toEqual(strip(real.findAll(blocks)));
  });

  it('finds saved names that the page wraps across lines or joins with non-breaking spaces', () => {
    const text = 'The NATO Innovation Fund and the NATO Innovation Fund again.';
    const mentions = [0, 1].map((nth) => {
      const start = nth === 0 ? text.indexOf('NATO') : text.lastIndexOf('NATO');
      return { entityId: 'nato-innovation-fund', category: 'program' as const, surface: 'NATO Innovation Fund', start, end: start + 20, snippet: '' };
    });
    const block = 'The NATO\n   Innovation\u00a0Fund and the NATO Innovation\nFund again.';
    const found = savedMentionsMatcher({ text, mentions }).findAll([block])[0]!;
    expect(found.map((m) => block.slice(m.start, m.end))).toEqual(['NATO\n   Innovation\u00a0Fund', 'NATO Innovation\nFund']);
  });
});

describe('a long saved article (a newcomer trial, session 16: a live blog of 8,871 mentions froze the reader view)', () => {
  it('finds each saved occurrence of a surface repeated thousands of times, and only those', () => {
    const paragraphs = Array.from({ length: 15000 }, (_, i) => `Update ${i}: Helsing\nand  Anduril met at the summit today.`);
    const text = paragraphs.join('\n\n');
    const mentions = paragraphs.flatMap((paragraph, i) => {
      const base = paragraphs.slice(0, i).reduce((n, p) => n + p.length + 2, 0);
      // Every third Helsing was saved (a reader's correction left the others plain).
      return i % 3 === 0 ? [{ start: base + paragraph.indexOf('Helsing'), end: base + paragraph.indexOf('Helsing') + 7, entityId: 'helsing', category: 'firm' as const, surface: 'Helsing', snippet: 'Helsing' }] : [];
    });
    const found = savedMentionsMatcher({ text, mentions }).findAll(paragraphs);
    expect(found.map((list) => list.length)).toEqual(paragraphs.map((_, i) => (i % 3 === 0 ? 1 : 0)));
  });
});
