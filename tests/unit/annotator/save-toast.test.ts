// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showSaveToast } from '../../../utils/annotator/save-toast';

const toast = () => document.querySelector('defense-innovation-lens-toast');
const box = () => toast()?.shadowRoot?.querySelector('.toast');

afterEach(() => {
  vi.useRealTimers();
  toast()?.remove();
});

describe('save toast', () => {
  it('confirms a save and opens the library from its button', () => {
    const onOpenLibrary = vi.fn();
    showSaveToast({ ok: true, created: true, title: 'Drones at sea', url: 'https://example.org/a', mentionCount: 4 }, { onOpenLibrary });
    expect(box()?.getAttribute('role')).toBe('status');
    expect(box()?.textContent).toContain('Saved to your library: “Drones at sea” (4 mentions)');
    const button = box()?.querySelector('button');
    expect(button?.textContent).toBe('Open in library');
    button?.click();
    expect(onOpenLibrary).toHaveBeenCalledTimes(1);
    expect(toast()).toBeNull();
    // One mention is one (a newcomer's trial, session 31).
    showSaveToast({ ok: true, created: false, title: 'Menu', url: 'https://example.org/m', mentionCount: 1 }, { onOpenLibrary });
    expect(box()?.textContent).toContain('Updated in your library: “Menu” (1 mention)');
  });

  it('reports a failure as an alert, with no library button', () => {
    showSaveToast({ ok: false, error: 'Not saved: the page has no readable article.' }, { onOpenLibrary: vi.fn() });
    expect(box()?.getAttribute('role')).toBe('alert');
    expect(box()?.textContent).toBe('Not saved: the page has no readable article.');
    expect(box()?.querySelector('button')).toBeNull();
  });

  it('leaves after its time, and replaces an earlier toast', () => {
    vi.useFakeTimers();
    showSaveToast({ ok: false, error: 'first' }, { durationMs: 1000 });
    showSaveToast({ ok: false, error: 'second' }, { durationMs: 1000 });
    expect(document.querySelectorAll('defense-innovation-lens-toast')).toHaveLength(1);
    expect(box()?.textContent).toBe('second');
    vi.advanceTimersByTime(1100);
    expect(toast()).toBeNull();
  });
});
