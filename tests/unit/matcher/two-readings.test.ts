import { describe, expect, it } from 'vitest';
import type { AliasEntry } from '../../../utils/matcher/alias-index';
import { compileMatcher, hyphenReadings } from '../../../utils/matcher/find-mentions';

const alias = (entityId: string, text: string, category: AliasEntry['category'] = 'edt', caseSensitive = false): AliasEntry => ({ entityId, category, text, caseSensitive });

const matcher = compileMatcher([
  alias('counter-uas', 'counter-drone systems'),
  alias('civil-military', 'military-civil fusion'),
  alias('nif', 'NATO Innovation Fund', 'program'),
  alias('dual-use', 'dual-use'),
  alias('tekever', 'TEKEVER', 'firm', true),
]);

/** A line-end hyphen as the PDF viewer's text layer leaves it (joinBrokenLines): soft hyphen, zero-width space. */
const broken = (left: string, right: string) => `${left}\u00AD\u200B${right}`;
const found = (text: string) => matcher.find(text).map((m) => [m.surface.replace(/\u00AD\u200B/g, '|'), m.entityId]);

describe('a line-end hyphen read both ways (a typesetter’s break, or a compound’s own hyphen)', () => {
  it('finds a compound broken at its hyphen, as well as a word broken by the typesetter', () => {
    expect(found(`the ${broken('counter', 'drone')} systems of the NATO ${broken('Inno', 'vation')} Fund`)).toEqual([
      ['counter|drone systems', 'counter-uas'],
      ['NATO Inno|vation Fund', 'nif'],
    ]);
    expect(found(`China's ${broken('military', 'civil')} fusion strategy`)).toEqual([['military|civil fusion', 'civil-military']]);
  });

  it('keeps offsets in the text’s own coordinates far from its start, and takes the longest on overlap', () => {
    const padding = 'words of no interest '.repeat(60);
    const text = `${padding}TEKEVER builds ${broken('dual', 'use')} kit, and ${broken('counter', 'drone')} systems.`;
    const mentions = matcher.find(text);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.entityId])).toEqual([
      ['TEKEVER', 'tekever'],
      [broken('dual', 'use'), 'dual-use'],
      [`${broken('counter', 'drone')} systems`, 'counter-uas'],
    ]);
  });

  it('adds nothing where no mention crosses the hyphen, and reads nothing twice on ordinary text', () => {
    expect(found(`the ${broken('pro', 'gramme')} and TEKEVER`)).toEqual([['TEKEVER', 'tekever']]);
    expect(hyphenReadings('TEKEVER and counter-drone systems')).toEqual([]);
    // A soft hyphen typed into a web page (no line end after it) is not a line-end hyphen.
    expect(hyphenReadings('counter\u00ADdrone')).toEqual([]);
  });

  it('reads each stretch once: marks close together share one stretch of the same length', () => {
    const text = `a ${broken('counter', 'drone')} b ${broken('dual', 'use')} c`;
    const readings = hyphenReadings(text);
    expect(readings).toHaveLength(1);
    expect(readings[0]!.text).toHaveLength(text.length);
    expect(readings[0]!.text.replace(/\u200B/g, '')).toBe('a counter-drone b dual-use c');
  });
});

describe('an abbreviation in parentheses inside a name', () => {
  const names = compileMatcher([
    alias('eic', 'European Innovation Council', 'program'),
    alias('eic', 'EIC', 'program', true),
    alias('eic-fund', 'European Innovation Council Fund', 'program'),
    alias('claws', 'Commercial Leap Ahead for Wide Bandgap Semiconductors Hub', 'program'),
  ]);
  const named = (text: string) => names.find(text).map((m) => [m.surface, m.entityId]);

  it('is part of the one mention of the whole name', () => {
    expect(named('Pasqal drew on the European Innovation Council (EIC) Fund in 2024.')).toEqual([['European Innovation Council (EIC) Fund', 'eic-fund']]);
    expect(named('the Commercial Leap Ahead for Wide Bandgap Semiconductors (CLAWS) Hub opened')).toEqual([['Commercial Leap Ahead for Wide Bandgap Semiconductors (CLAWS) Hub', 'claws']]);
  });

  it('leaves a name that ends before the parenthesis, and the abbreviation, as they were', () => {
    expect(named('The European Innovation Council (EIC) said the EIC would fund it.')).toEqual([
      ['European Innovation Council', 'eic'],
      ['EIC', 'eic'],
      ['EIC', 'eic'],
    ]);
  });
});
