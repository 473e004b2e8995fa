import { describe, expect, it } from 'vitest';
import { afterReturn, autoOpenStep, navigationTypeOf } from '../../../utils/pdf/auto-open';

describe('opening PDFs in the Lens viewer automatically', () => {
  it.each([
    [{ optionOn: true, nativeAsked: false, navigationType: 'navigate' as const }, 'open'],
    [{ optionOn: true, nativeAsked: false, navigationType: 'reload' as const }, 'open'],
    // Back or Forward onto the PDF: never moved to the viewer again (that trapped Back).
    [{ optionOn: true, nativeAsked: false, navigationType: 'back_forward' as const }, 'returned'],
    [{ optionOn: true, nativeAsked: true, navigationType: 'navigate' as const }, 'stay'],
    [{ optionOn: false, nativeAsked: false, navigationType: 'navigate' as const }, 'stay'],
  ])('%j → %s', (input, expected) => {
    expect(autoOpenStep(input)).toBe(expected);
  });

  it('steps back over the auto-opened PDF once (Back from the viewer), and lets it be after that (Forward)', () => {
    const url = 'https://example.org/report.pdf';
    const first = afterReturn({ 7: url, 9: 'https://other.example/x.pdf' }, 7, url);
    expect(first).toEqual({ step: 'back', opened: { 9: 'https://other.example/x.pdf' } });
    expect(afterReturn(first.opened, 7, url).step).toBe('stay');
  });

  it('lets a PDF be that the option did not move (opened in the Lens viewer by hand, or another PDF)', () => {
    expect(afterReturn({}, 7, 'https://example.org/report.pdf').step).toBe('stay');
    expect(afterReturn({ 7: 'https://example.org/other.pdf' }, 7, 'https://example.org/report.pdf').step).toBe('stay');
  });

  it('reads the navigation type from Navigation Timing, or the older API', () => {
    const timing = (type: string) => ({ getEntriesByType: () => [{ type }] }) as unknown as Performance;
    expect(navigationTypeOf(timing('back_forward'))).toBe('back_forward');
    expect(navigationTypeOf({ getEntriesByType: () => [], navigation: { type: 2 } } as unknown as Performance)).toBe('back_forward');
    expect(navigationTypeOf({ getEntriesByType: () => [], navigation: { type: 0 } } as unknown as Performance)).toBe('navigate');
  });
});
