// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { toPageMentions } from '../../../utils/annotator/page-mention';
import type { Mention } from '../../../utils/matcher/find-mentions';
import { collectTextBlocks } from '../../../utils/page-text/collect-text-blocks';
import { setBody } from '../../support/dom';

/** The mentions of `surface` in the page's first block, as the annotator makes them. */
function mentionsOf(surface: string, entityId = 'e') {
  const block = collectTextBlocks(document.body)[0]!;
  const found: Mention[] = [];
  for (let at = block.text.indexOf(surface); at >= 0; at = block.text.indexOf(surface, at + 1)) {
    found.push({ start: at, end: at + surface.length, surface, entityId, category: 'firm', alias: surface, rule: 'alias' });
  }
  return toPageMentions(block, found);
}

describe('page mentions', () => {
  it('read the text around them from the page when asked, across inline markup', () => {
    setBody('<p>Early 2025, the Lisbon firm <b>TEKE</b>VER Aerospace Systems raised money for    drones.</p>');
    const [mention] = mentionsOf('TEKEVER Aerospace Systems');
    expect(mention!.nodes).toHaveLength(2);
    expect(mention!.surface).toBe('TEKEVER Aerospace Systems');
    expect(mention!.before).toBe('Early 2025, the Lisbon firm ');
    expect(mention!.after).toBe(' raised money for drones.');
  });

  it('keep each occurrence’s own context, cut to 32 characters', () => {
    setBody(`<p>${'x'.repeat(40)} Helsing one. Then Helsing two, and ${'y'.repeat(40)}</p>`);
    const [first, second] = mentionsOf('Helsing');
    expect(first!.before).toBe(`${'x'.repeat(31)} `);
    expect(first!.after).toBe(' one. Then Helsing two, and yyyy');
    expect(second!.before).toBe(`${'x'.repeat(13)} Helsing one. Then `);
  });

  it('have no context once their text left the page', () => {
    setBody('<p>Backed by NATO Innovation Fund money.</p>');
    const [mention] = mentionsOf('NATO Innovation Fund');
    document.body.replaceChildren();
    expect([mention!.before, mention!.after]).toEqual(['', '']);
  });
});
