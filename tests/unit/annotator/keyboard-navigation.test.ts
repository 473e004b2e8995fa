import { describe, expect, it } from 'vitest';
import { mentionStepFor, steppedMention } from '../../../utils/annotator/keyboard-navigation';
import type { PageMention } from '../../../utils/annotator/page-mention';

const key = (init: Partial<KeyboardEvent>) => ({ altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code: '', ...init }) as KeyboardEvent;

describe('keyboard navigation between mentions', () => {
  it.each([
    [key({ altKey: true, shiftKey: true, code: 'Period' }), 1],
    [key({ altKey: true, shiftKey: true, code: 'Comma' }), -1],
    [key({ altKey: true, code: 'Period' }), 0],
    [key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'Period' }), 0],
    [key({ code: 'Period' }), 0],
  ])('maps a key to a step', (event, step) => {
    expect(mentionStepFor(event)).toBe(step);
  });

  it('steps forward and back, wrapping around', () => {
    const mentions = [{ entityId: 'a' }, { entityId: 'b' }, { entityId: 'c' }] as PageMention[];
    expect(steppedMention(mentions, null, 1)?.entityId).toBe('a');
    expect(steppedMention(mentions, null, -1)?.entityId).toBe('c');
    expect(steppedMention(mentions, mentions[2]!, 1)?.entityId).toBe('a');
    expect(steppedMention(mentions, mentions[0]!, -1)?.entityId).toBe('c');
    expect(steppedMention([], null, 1)).toBeUndefined();
  });
});
