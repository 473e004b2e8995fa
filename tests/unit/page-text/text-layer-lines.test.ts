// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MentionLookup } from '../../../utils/annotator/mention-lookup';
import { MentionView } from '../../../utils/annotator/mention-view';
import { PageAnnotator } from '../../../utils/annotator/page-annotator';
import type { Highlighter } from '../../../utils/annotator/highlighter';
import type { PageMention } from '../../../utils/annotator/page-mention';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { SET_APART_ATTRIBUTE, TEXT_LAYER_ATTRIBUTE, collectTextBlocks, joinBrokenLines } from '../../../utils/page-text/collect-text-blocks';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { setBody } from '../../support/dom';
import { localMatchPort } from '../../../utils/matcher/match-port';

/** What PDF.js's text layer builds: one span per text run, a <br> at each line end, in one div. */
const textLayer = (lines: string[][]) =>
  `<div class="textLayer" ${TEXT_LAYER_ATTRIBUTE}>${lines.map((runs) => runs.map((run) => `<span role="presentation">${run}</span>`).join('')).join('<br role="presentation">')}</div>`;

describe('joinBrokenLines', () => {
  it.each([
    ['a word hyphenated at a line end', 'NATO Inno-\nvation Fund', 'NATO Inno\u00AD\u200Bvation Fund'],
    ['a capital word broken in two', 'TEKE-\nVER drones', 'TEKE\u00AD\u200BVER drones'],
    ['a compound after an acronym', 'AI-\nenabled drones', 'AI-\u200Benabled drones'],
    ['a hyphen that is not a break (digits)', 'the F-\n35 fleet', 'the F-\u200B35 fleet'],
    ['a plain line end', 'European Defence\nFund', 'European Defence\nFund'],
    ['a dash standing alone at a line end', 'funds -\nand more', 'funds -\nand more'],
    ['lower case after an upper-case start', 'x-\nAI', 'x-\u200BAI'],
  ])('%s', (_name, input, expected) => {
    expect(joinBrokenLines(input)).toBe(expected);
    expect(joinBrokenLines(input)).toHaveLength(input.length);
  });
});

describe('text layer blocks', () => {
  it('reads a text layer as one block with its line ends, hyphenated words joined', () => {
    setBody(textLayer([['The NATO Inno-'], ['vation Fund and the European'], ['Defence Fund.']]));
    const [block] = collectTextBlocks(document.body);
    expect(block?.text).toBe('The NATO Inno\u00AD\u200Bvation Fund and the European\nDefence Fund.');
    // Offsets still point into the spans: the second span starts after the first and its line end.
    expect(block?.offsets).toEqual([0, 15, 44]);
  });

  it('starts a new word at a run set apart (a footnote number after a name), as the saved text has it', () => {
    setBody(`<div class="textLayer" ${TEXT_LAYER_ATTRIBUTE}><span>the NATO Innovation Fund and DIANA</span><span ${SET_APART_ATTRIBUTE}>13</span><span> reports.</span></div>`);
    const [block] = collectTextBlocks(document.body);
    expect(block?.text).toBe('the NATO Innovation Fund and DIANA 13 reports.');
    expect(block?.offsets).toEqual([0, 35, 37]);
  });

  it('leaves line ends of ordinary pages as they are', () => {
    setBody('<p>NATO Inno-<br>vation Fund</p>');
    expect(collectTextBlocks(document.body)[0]?.text).toBe('NATO Inno-\nvation Fund');
  });

  it('finds names split across spans, lines and hyphenated line ends, with ranges over the spans', async () => {
    setBody(textLayer([['The ', 'NATO Inno-'], ['vation Fund backs ', 'TEKEVER. The European'], ['Defence Fund too.']]));
    const matcher = compileMatcher([
      { entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
      { entityId: 'edf', category: 'program', text: 'European Defence Fund', caseSensitive: false },
      { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    ]);
    const shown: string[] = [];
    const highlighter: Highlighter = { kind: 'css', add: (ms: readonly PageMention[]) => void shown.push(...ms.map((m) => m.range.toString())), remove: () => {}, clear: () => {}, setActive: () => {} } as unknown as Highlighter;
    const annotator = new PageAnnotator(localMatchPort(matcher), highlighter, new MentionLookup(), new MentionView(DEFAULT_SETTINGS, [], { host: '', href: '' }));
    const mentions = await annotator.annotate([document.body]);
    expect(mentions.map((m) => m.entityId)).toEqual(['nif', 'tekever', 'edf']);
    // A <br> adds nothing to a range's text: the line end between "European" and "Defence" is the <br>.
    expect(shown).toEqual(['NATO Inno-vation Fund', 'TEKEVER', 'EuropeanDefence Fund']);
    expect(mentions[0]!.nodes).toHaveLength(2);
  });

  // Typesetters break words with U+2010 (hyphen), U+2011 (non-breaking hyphen) or a soft hyphen as
  // often as with U+002D: each reads as a broken word, and the range drawn over it is shown.
  it.each([
    ['U+002D', '-'],
    ['U+2010', '\u2010'],
    ['U+2011', '\u2011'],
    ['U+00AD', '\u00AD'],
  ])('highlights a name hyphenated at a line end with %s', async (_name, hyphen) => {
    setBody(textLayer([[`The NATO Inno${hyphen}`], ['vation Fund backs TEKEVER.']]));
    const matcher = compileMatcher([{ entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false }]);
    const shown: string[] = [];
    const highlighter = { kind: 'css-highlight', add: (ms: readonly PageMention[]) => void shown.push(...ms.map((m) => m.range.toString())), remove: () => {}, clear: () => {}, setActive: () => {} } satisfies Highlighter;
    const annotator = new PageAnnotator(localMatchPort(matcher), highlighter, new MentionLookup(), new MentionView(DEFAULT_SETTINGS, [], { host: '', href: '' }));
    const mentions = await annotator.annotate([document.body]);
    expect(mentions.map((m) => m.entityId)).toEqual(['nif']);
    expect(shown).toEqual([`NATO Inno${hyphen}vation Fund`]);
  });

  it('highlights a compound broken at its own hyphen at a line end, and a word broken by the typesetter beside it', async () => {
    setBody(textLayer([['Europe funds counter-'], ['drone systems and the NATO Inno-'], ['vation Fund.']]));
    const matcher = compileMatcher([
      { entityId: 'counter-uas', category: 'edt', text: 'counter-drone systems', caseSensitive: false },
      { entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
    ]);
    const shown: string[] = [];
    const highlighter = { kind: 'css-highlight', add: (ms: readonly PageMention[]) => void shown.push(...ms.map((m) => m.range.toString())), remove: () => {}, clear: () => {}, setActive: () => {} } satisfies Highlighter;
    const annotator = new PageAnnotator(localMatchPort(matcher), highlighter, new MentionLookup(), new MentionView(DEFAULT_SETTINGS, [], { host: '', href: '' }));
    const mentions = await annotator.annotate([document.body]);
    expect(mentions.map((m) => m.entityId)).toEqual(['counter-uas', 'nif']);
    expect(shown).toEqual(['counter-drone systems', 'NATO Inno-vation Fund']);
  });
});

describe('visibility checks in text layers', () => {
  it('asks no span of a text layer whether it is shown, but asks the spans of an ordinary paragraph', () => {
    setBody(`${textLayer([['The NATO ', 'Innovation Fund'], ['and DIANA.']])}<p>The <span>European</span> <span>Defence Fund</span>.</p>`);
    const asked: string[] = [];
    const proto = Element.prototype as { checkVisibility?: (options?: object) => boolean };
    const original = proto.checkVisibility;
    proto.checkVisibility = function (this: Element) {
      asked.push(`${this.tagName.toLowerCase()}:${this.textContent}`);
      return true;
    };
    try {
      const blocks = collectTextBlocks(document.body);
      expect(blocks.map((b) => b.text)).toEqual(['The NATO Innovation Fund\nand DIANA.', 'The European Defence Fund.']);
    } finally {
      if (original) proto.checkVisibility = original;
      else delete proto.checkVisibility;
    }
    expect(asked.filter((a) => a.startsWith('span:') && /NATO|Innovation|DIANA/.test(a))).toEqual([]);
    expect(asked).toContain('span:European');
  });
});
