import { describe, expect, it } from 'vitest';
import { linkBox, linkTarget } from '../../../utils/pdf/pdf-links';

describe('links of a PDF page', () => {
  it.each([
    [{ subtype: 'Link', url: 'https://example.org/report' }, { kind: 'address', href: 'https://example.org/report' }],
    [{ subtype: 'Link', url: 'mailto:press@example.org' }, { kind: 'address', href: 'mailto:press@example.org' }],
    [{ subtype: 'Link', url: 'javascript:alert(1)' }, null],
    [{ subtype: 'Link', url: 'file:///etc/passwd' }, null],
    [{ subtype: 'Link', url: 'not an address' }, null],
    [{ subtype: 'Link', dest: 'chapter-2' }, { kind: 'destination', dest: 'chapter-2' }],
    [{ subtype: 'Link', dest: [{ num: 11, gen: 0 }, { name: 'XYZ' }] }, { kind: 'destination', dest: [{ num: 11, gen: 0 }, { name: 'XYZ' }] }],
    [{ subtype: 'Link' }, null],
    [{ subtype: 'Widget', url: 'https://example.org' }, null],
  ])('%j → %j', (annotation, target) => {
    expect(linkTarget(annotation)).toEqual(target);
  });

  it('places a link in percent of the page, whichever corners the rectangle names', () => {
    expect(linkBox([72, 77, 200, 102], { width: 612, height: 792 })).toEqual({ left: 11.76, top: 9.72, width: 20.92, height: 3.16 });
    expect(linkBox([200, 102, 72, 77], { width: 612, height: 792 })).toEqual(linkBox([72, 77, 200, 102], { width: 612, height: 792 }));
  });
});
