import { describe, expect, it } from 'vitest';
import { termProblem } from '../../../entrypoints/options/user-terms-section';

describe('a term the reader adds in the options', () => {
  it('needs its kind chosen: none is assumed (a newcomer’s trial, session 18: every term went in as a programme)', () => {
    expect(termProblem('Zephyr Defence Lab', [], '', [])).toMatch(/^choose what it is/);
    expect(termProblem('Zephyr Defence Lab', [], 'firm', [])).toBeNull();
  });

  it('says what else is wrong before it is sent', () => {
    expect(termProblem('Z', [], 'firm', [])).toMatch(/two characters/);
    expect(termProblem('Zephyr', ['Z'], 'firm', [])).toMatch(/too short/);
    expect(termProblem('zephyr ', [], 'firm', [{ name: 'Zephyr', category: 'firm', aliases: [], caseSensitive: false, wholeWord: true, contextWords: [], note: '', createdAt: 0 }])).toMatch(/already have/);
  });
});
