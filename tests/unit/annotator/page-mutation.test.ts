// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isPageMutation } from '../../../utils/annotator/page-mutation';
import { OWN_UI_ATTRIBUTE } from '../../../utils/page-text/collect-text-blocks';
import { setBody } from '../../support/dom';

/** The records a MutationObserver on the document gives for `change`. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const ownHost = (name: string) => {
  const host = document.createElement(name);
  host.setAttribute(OWN_UI_ATTRIBUTE, 'toast');
  host.textContent = 'Saved';
  return host;
};

describe('isPageMutation', () => {
  it('is not a page change when our own card or toast comes or goes, or changes inside', async () => {
    setBody('<p>NATO DIANA</p>');
    const toast = ownHost('defense-innovation-lens-toast');
    expect((await recordsOf(() => document.body.append(toast))).map(isPageMutation)).toEqual([false]);
    expect((await recordsOf(() => (toast.textContent = 'Undone'))).every((r) => !isPageMutation(r))).toBe(true);
    expect((await recordsOf(() => toast.remove())).map(isPageMutation)).toEqual([false]);
  });

  it('is a page change when the page adds, removes or edits its own content, even beside our UI', async () => {
    setBody('<p id="p">NATO DIANA</p>');
    expect((await recordsOf(() => document.body.append(document.createElement('p')))).map(isPageMutation)).toEqual([true]);
    expect((await recordsOf(() => document.getElementById('p')!.remove())).map(isPageMutation)).toEqual([true]);
    const both = await recordsOf(() => document.body.replaceChildren(ownHost('defense-innovation-lens-toast'), document.createElement('p')));
    expect(both.some(isPageMutation)).toBe(true);
    expect((await recordsOf(() => document.body.setAttribute('class', 'dark'))).map(isPageMutation)).toEqual([true]);
  });
});
