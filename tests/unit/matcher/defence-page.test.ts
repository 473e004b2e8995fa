import { describe, expect, it } from 'vitest';
import { isDefencePage, namesDefenceInnovation } from '../../../utils/matcher/defence-page';
import { normalizeAlias } from '../../../utils/matcher/normalize-text';

/** Topic words as a session keeps them (folded). */
const topics = (...words: string[]) => words.map((w) => normalizeAlias(w).folded);

describe('isDefencePage', () => {
  it('needs two distinct defence words and a word of the field', () => {
    expect(isDefencePage(topics('military', 'armed forces', 'start-ups'))).toBe(true);
    expect(isDefencePage(topics('Bundeswehr', 'Rüstung', 'innovation'))).toBe(true);
    // No word of the field: a war report, a court report (a break-it review, session 30).
    expect(isDefencePage(topics('military', 'armed forces', 'weapons'))).toBe(false);
    // Technology and business words are no defence words, however many.
    expect(isDefencePage(topics('defence', 'tech', 'technology', 'research', 'security', 'procurement', 'startups'))).toBe(false);
  });

  it('counts a word once however written: number, spelling, a ministry by its field', () => {
    expect(isDefencePage(topics('weapon', 'weapons', 'innovation'))).toBe(false);
    expect(isDefencePage(topics('defence', 'defense', 'innovation'))).toBe(false);
    expect(isDefencePage(topics('ministry of defense', 'defense', 'start-up'))).toBe(false);
    expect(isDefencePage(topics('ministry of defense', 'military', 'start-up'))).toBe(true);
  });

  it('needs a word that names defence itself beside those metaphors and sport use', () => {
    // "an army of volunteers", "combat food waste", "our best weapon", Army v Navy (a break-it review, session 30).
    expect(isDefencePage(topics('army', 'combat', 'weapon', 'troops', 'innovation'))).toBe(false);
    expect(isDefencePage(topics('army', 'military', 'innovation'))).toBe(true);
  });
});

describe('namesDefenceInnovation', () => {
  it('finds defence and the field side by side, in either order, up to two words apart', () => {
    for (const text of ['Sweden’s part in defence innovation grows.', 'Defense tech startups raised more.', 'Few start-ups in the defense sector apply.', 'Le salon de la défense et des start-ups.', 'Die Rüstungs-Start-ups wachsen.']) {
      expect(namesDefenceInnovation(text), text).toBe(true);
    }
  });

  it('leaves pages that hold both kinds of word apart (a break-it review, session 30)', () => {
    for (const text of [
      'The court heard that Pike called himself a start-up with big plans; his victims were soldiers serving with the military.',
      'Military medics called them the best; a local start-up later copied his design.',
      'The Defence Technical Undergraduate Scheme pays bursaries.',
    ]) {
      expect(namesDefenceInnovation(text), text).toBe(false);
    }
  });
});
