// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageShortcutFor, steppedMention } from '../../../utils/annotator/keyboard-navigation';
import type { PageMention } from '../../../utils/annotator/page-mention';

const key = (init: Partial<KeyboardEvent>) => ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code: '', ...init }) as KeyboardEvent;

describe('keyboard navigation between mentions', () => {
  it.each([
    [key({ altKey: true, shiftKey: true, code: 'Period' }), 'next-mention'],
    [key({ altKey: true, shiftKey: true, code: 'Comma' }), 'previous-mention'],
    [key({ altKey: true, shiftKey: true, code: 'KeyS' }), 'save-article'],
    [key({ altKey: true, shiftKey: true, code: 'KeyH' }), 'toggle-highlights'],
    [key({ altKey: true, shiftKey: true, code: 'KeyX' }), null],
    [key({ altKey: true, code: 'Period' }), null],
    [key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'Period' }), null],
    [key({ code: 'Period' }), null],
  ])('maps a key to the page command it stands in for', (event, command) => {
    expect(pageShortcutFor(event)).toBe(command);
  });

  it.each([
    ['<input id="t">', 'an input'],
    ['<textarea id="t"></textarea>', 'a text area'],
    ['<div contenteditable="true"><p id="t">text</p></div>', 'editable text'],
  ])('leaves the keys to the reader who types in %s (%s)', (html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}<p id="plain">Helsing</p></body>`, 'text/html');
    const pressOn = (id: string) => ({ ...key({ altKey: true, shiftKey: true, code: 'Period' }), composedPath: () => [doc.getElementById(id)!] }) as unknown as KeyboardEvent;
    expect(pageShortcutFor(pressOn('t'))).toBeNull();
    expect(pageShortcutFor(pressOn('plain'))).toBe('next-mention');
  });

  it('follows the focus into a closed shadow root, where the page sees only the host', () => {
    const host = document.createElement('x-search');
    document.body.append(host);
    const closed = host.attachShadow({ mode: 'closed' });
    const field = document.createElement('input');
    closed.append(field);
    field.focus();
    const press = { ...key({ altKey: true, shiftKey: true, code: 'KeyH' }), composedPath: () => [host] } as unknown as KeyboardEvent;
    expect(pageShortcutFor(press, (element) => (element === host ? closed : null))).toBeNull();
    // Without the extension's reach into closed roots, the host is all there is to see.
    expect(pageShortcutFor(press)).toBe('toggle-highlights');
    host.remove();
  });

  it('steps forward and back, wrapping around', () => {
    const mentions = [{ entityId: 'a' }, { entityId: 'b' }, { entityId: 'c' }] as PageMention[];
    expect(steppedMention(mentions, null, 1)?.entityId).toBe('a');
    expect(steppedMention(mentions, null, -1)?.entityId).toBe('c');
    expect(steppedMention(mentions, mentions[2]!, 1)?.entityId).toBe('a');
    expect(steppedMention(mentions, mentions[0]!, -1)?.entityId).toBe('c');
    expect(steppedMention([], null, 1)).toBeUndefined();
  });

  it('starts from the reader’s place when no mention is current or the current one was scrolled away from', () => {
    // Ten mentions; the view shows the fifth to the seventh (places: above, in, below).
    const mentions = Array.from({ length: 10 }, (_, i) => i);
    let reads = 0;
    const place = (view: [number, number]) => (m: number) => {
      reads += 1;
      return m < view[0] ? -1 : m > view[1] ? 1 : 0;
    };
    expect(steppedMention(mentions, null, 1, place([4, 6]))).toBe(4);
    expect(steppedMention(mentions, null, -1, place([4, 6]))).toBe(6);
    // A view between two mentions: the next one below it, or the last one above it.
    expect(steppedMention(mentions, null, 1, place([4.2, 4.8]))).toBe(5);
    expect(steppedMention(mentions, null, -1, place([4.2, 4.8]))).toBe(4);
    // Past the last mention forward, or before the first backward: around to the other end.
    expect(steppedMention(mentions, null, 1, place([20, 30]))).toBe(0);
    expect(steppedMention(mentions, null, -1, place([-5, -1]))).toBe(9);
    // The current mention in view: the step goes on from it.
    expect(steppedMention(mentions, 5, 1, place([4, 6]))).toBe(6);
    // Scrolled away from the current one: from the view again.
    expect(steppedMention(mentions, 1, 1, place([7, 8]))).toBe(7);
    // Found by halving, not by reading every mention's place.
    reads = 0;
    const many = Array.from({ length: 10_000 }, (_, i) => i);
    expect(steppedMention(many, null, 1, place([7_000, 7_010]))).toBe(7_000);
    expect(reads).toBeLessThan(20);
  });
});
