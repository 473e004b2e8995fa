// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FirstLook, probePage } from '../../../utils/annotator/page-probe';
import { decodeMentions } from '../../../utils/matcher/mention-wire';
import { readBlocks } from '../../../utils/page-text/page-read';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { type ProbeAnswer, type ProbeRequest, ProbeSessions } from '../../../utils/matcher/probe-sessions';
import { decodeTexts } from '../../../utils/matcher/text-wire';
import { setBody } from '../../support/dom';

const matcher = compileMatcher([{ entityId: 'diana', category: 'program', text: 'NATO DIANA', caseSensitive: false }]);
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/** A request as the probe sent it, its texts decoded. */
type SentRequest = Omit<ProbeRequest, 'texts'> & { texts: string[] };

/** A page probe against a real `ProbeSessions`, with every request it sent (texts decoded). */
function start(answer?: (request: ProbeRequest) => ProbeAnswer | Promise<ProbeAnswer>) {
  const sessions = new ProbeSessions();
  const sent: SentRequest[] = [];
  const found = vi.fn();
  const siteStates: boolean[] = [];
  const answered = vi.fn();
  const controller = new AbortController();
  let ids = 0;
  const probe = probePage({
    doc: document,
    send: async (request) => {
      sent.push({ ...structuredClone(request), texts: decodeTexts(request.texts) });
      return answer ? answer(request) : sessions.probe(matcher, request);
    },
    onFound: found,
    onSiteState: (on) => siteStates.push(on),
    onAnswered: answered,
    signal: controller.signal,
    batchMs: 10,
    newId: () => `page-${(ids += 1)}`,
  });
  return { probe, sent, found, siteStates, controller, answered };
}

let stopAll: (() => void) | undefined;
afterEach(() => stopAll?.());

describe('probePage', () => {
  it('sends the whole page once and stays plain while it names nothing', async () => {
    setBody('<h1>Around town</h1><p>The market opens at nine.</p>');
    const { sent, found, controller, answered } = start();
    stopAll = () => controller.abort();
    expect(answered).not.toHaveBeenCalled();
    await settle();
    expect(sent).toEqual([{ session: 'page-1', fresh: true, texts: ['Around town', 'The market opens at nine.'] }]);
    expect(found).not.toHaveBeenCalled();
    // The page has had its look: the popup no longer says it is being read.
    expect(answered).toHaveBeenCalledTimes(1);
  });

  it('sends only the blocks that changed, and hands over when one names something (a name split by the change included)', async () => {
    setBody('<p id="p">Funding came from NATO <b id="b">nobody</b>.</p><p>Other text.</p>');
    const { sent, found, controller } = start();
    stopAll = () => controller.abort();
    await settle();
    document.getElementById('b')!.textContent = 'DIANA';
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ session: 'page-1', fresh: false });
    expect(sent[1]!.texts).toContain('Funding came from NATO DIANA.');
    expect(found).toHaveBeenCalledTimes(1);
    // Handed over: later changes are the annotator's.
    document.getElementById('p')!.append(' NATO DIANA again');
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('sends what the page hides for now beside its text, and hands over a page whose only name is hidden', async () => {
    setBody('<p>The market opens at nine.</p><div hidden><p>NATO DIANA opened a call.</p></div><div aria-hidden="true">icons</div>');
    const { sent, found, controller } = start();
    stopAll = () => controller.abort();
    await settle();
    expect(sent[0]!.texts).toEqual(['The market opens at nine.']);
    expect(decodeTexts((sent[0] as unknown as { hidden: ProbeRequest['texts'] }).hidden ?? { joined: '', lengths: '' })).toEqual(['NATO DIANA opened a call.', 'icons']);
    expect(found).toHaveBeenCalledTimes(1);
    const first = found.mock.calls[0]![1] as FirstLook;
    expect(first.read.hiddenElements.map((e) => e.textContent)).toEqual(['NATO DIANA opened a call.', 'icons']);
  });

  it('sends the hidden parts a change adds, and hands over when they name something (a section filled while collapsed)', async () => {
    setBody('<p>The market opens at nine.</p><section id="more"></section>');
    const { sent, found, controller } = start();
    stopAll = () => controller.abort();
    await settle();
    const section = document.getElementById('more')!;
    section.append(Object.assign(document.createElement('div'), { hidden: true, textContent: 'The weather.' }));
    await settle();
    // A change that adds only hidden text is sent, its hidden text beside no visible text.
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ fresh: false, texts: [] });
    expect(found).not.toHaveBeenCalled();
    section.append(Object.assign(document.createElement('div'), { hidden: true, textContent: 'NATO DIANA opened a call.' }));
    await settle();
    expect(decodeTexts((sent[2] as unknown as { hidden: ProbeRequest['texts'] }).hidden)).toEqual(['The weather.', 'NATO DIANA opened a call.']);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('starts the annotator on a page whose hidden text is longer than one ask carries, sending the parts that fit', async () => {
    setBody(`<p>The market opens at nine.</p><div hidden><p>${'The weather. '.repeat(16_000)}</p></div><details><summary>More</summary>Opening hours.</details>`);
    const { sent, found, controller } = start();
    stopAll = () => controller.abort();
    await settle();
    // The long part is left out, the small one after it sent; and since a name may be in what was left out,
    // the annotator (which reads each hidden part once shown) is started, with no read to draw.
    expect(decodeTexts((sent[0] as unknown as { hidden: ProbeRequest['texts'] }).hidden)).toEqual(['MoreOpening hours.']);
    expect(found).toHaveBeenCalledTimes(1);
    expect(found.mock.calls[0]).toEqual([]);
  });

  it('hands the annotator the reader state the "yes" carried', async () => {
    setBody('<p>NATO DIANA opened a call.</p>');
    const sessions = new ProbeSessions();
    const { found, controller } = start((request) => ({ ...sessions.probe(matcher, request), reader: '{"settings":{}}' }) as ProbeAnswer);
    stopAll = () => controller.abort();
    await settle();
    expect(found.mock.calls[0]![0]).toBe('{"settings":{}}');
  });

  it('sends the whole page again under a new session when asked to restart, or when the background forgot it', async () => {
    setBody('<p>plain</p>');
    let forget = false;
    const sessions = new ProbeSessions();
    const { probe, sent, controller } = start((request) => (forget && !request.fresh ? { ok: false, reason: 'unknown-session' } : sessions.probe(matcher, request)));
    stopAll = () => controller.abort();
    await settle();
    probe.restart();
    await settle();
    expect(sent.map((r) => [r.session, r.fresh])).toEqual([['page-1', true], ['page-2', true]]);
    forget = true;
    document.body.append('more');
    await settle();
    expect(sent.slice(2).map((r) => [r.session, r.fresh])).toEqual([['page-2', false], ['page-3', true]]);
  });

  it('reports a site the reader switched off, and probes again after a restart', async () => {
    setBody('<p>NATO DIANA</p>');
    let off = true;
    const sessions = new ProbeSessions();
    const { probe, found, siteStates, controller } = start((request) => (off ? { ok: false, reason: 'site-off' } : sessions.probe(matcher, request)));
    stopAll = () => controller.abort();
    await settle();
    expect(siteStates).toEqual([false]);
    expect(found).not.toHaveBeenCalled();
    off = false;
    probe.restart();
    await settle();
    expect(siteStates).toEqual([false, true]);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('hands a page too large to probe over to the annotator', async () => {
    setBody('<p>plain</p>');
    const { found, controller } = start(() => ({ ok: false, reason: 'too-large' }));
    stopAll = () => controller.abort();
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('sends the whole page again, a little later, after a failed message (the background stopped while answering)', async () => {
    setBody('<p>NATO DIANA</p>');
    const sessions = new ProbeSessions();
    let fail = true;
    const retried = start((request) => (fail ? Promise.reject(new Error('Could not establish connection')) : sessions.probe(matcher, request)));
    stopAll = () => retried.controller.abort();
    await settle();
    expect(retried.found).not.toHaveBeenCalled();
    fail = false;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(retried.sent.map((r) => [r.session, r.fresh])).toEqual([['page-1', true], ['page-2', true]]);
    expect(retried.found).toHaveBeenCalledTimes(1);
  });

  it('reads a page that never stops changing (a ticker) less and less often', async () => {
    setBody('<p id="clock">0</p>');
    const { sent, controller } = start();
    stopAll = () => controller.abort();
    const clock = document.getElementById('clock')!;
    const ticking = setInterval(() => (clock.textContent = String(Date.now())), 5);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    clearInterval(ticking);
    // Gathering 10 ms at first, doubled after each send: a handful of sends in 1.5 s, not 150.
    expect(sent.length).toBeGreaterThan(3);
    expect(sent.length).toBeLessThan(12);
  });

  it('stops when its signal aborts (the extension went away)', async () => {
    setBody('<p>plain</p>');
    const aborted = start();
    await settle();
    aborted.controller.abort();
    document.body.append('NATO DIANA');
    await settle();
    expect(aborted.sent).toHaveLength(1);
    expect(aborted.found).not.toHaveBeenCalled();
  });

  describe('a long page', () => {
    /** 1,500 paragraphs (more nodes than one slice of the walk), with a name in paragraph `at`, if any. */
    const longPage = (at?: number) =>
      setBody(Array.from({ length: 1_500 }, (_, i) => `<p>${i === at ? 'Funding from NATO DIANA.' : `Paragraph ${i} about the weather.`}</p>`).join(''));
    const sentTexts = (sent: SentRequest[]) => sent.reduce((n, r) => n + r.texts.length, 0);
    /** Long enough for a read of 1,500 blocks, each asked whether it has a box (slow in happy-dom: ~50 µs each). */
    const settleLong = () => new Promise((resolve) => setTimeout(resolve, 400));

    it('is read whole and sent once; a name at its end hands the read and its mentions over', async () => {
      longPage(1_499);
      const { sent, found, controller } = start();
      stopAll = () => controller.abort();
      await settleLong();
      expect(sent.map((r) => [r.session, r.fresh])).toEqual([['page-1', true]]);
      expect(sentTexts(sent)).toBe(1_500);
      expect(found).toHaveBeenCalledTimes(1);
      const first = found.mock.calls[0]![1] as FirstLook;
      expect(first.session).toBe('page-1');
      expect(first.read.texts).toHaveLength(1_500);
      // The mentions are of the texts as read: one, in the last paragraph.
      const matched = decodeMentions(first.found, first.read.texts);
      expect(matched.flatMap((mentions, i) => mentions.map((m) => [i, m.surface]))).toEqual([[1_499, 'NATO DIANA']]);
      // Its blocks are found again from the read, past the first DENSE_BLOCKS too.
      expect(readBlocks(first.read)(1_499)?.nodes[0]?.parentElement).toBe(document.body.lastElementChild);
    });

    it('keeps watching after handing over until the annotator asks what changed since the read', async () => {
      longPage(2);
      const { sent, found, controller } = start();
      stopAll = () => controller.abort();
      await settleLong();
      const first = found.mock.calls[0]![1] as FirstLook;
      const changedParagraph = document.body.children[700]!;
      changedParagraph.textContent = 'Now TEKEVER too.';
      await settleLong();
      // Not sent: the page is the annotator's now; the change waits for it.
      expect(sent).toHaveLength(1);
      expect(first.changes()).toEqual([changedParagraph]);
      // Asked once, it stops watching.
      document.body.children[5]!.textContent = 'Another change.';
      await settleLong();
      expect(first.changes()).toEqual([]);
      expect(sent).toHaveLength(1);
    });

    it('stops reading a page whose site is off, and sends nothing for its changes until restarted', async () => {
      longPage();
      const { sent, found, probe, siteStates, controller } = start(() => ({ ok: false, reason: 'site-off' }));
      stopAll = () => controller.abort();
      await settleLong();
      expect(sent).toHaveLength(1);
      expect(siteStates).toEqual([false]);
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'NATO DIANA arrives.' }));
      await settleLong();
      expect(sent).toHaveLength(1);
      // The reader switches the site on: the whole page is read again under a new session.
      probe.restart();
      await settleLong();
      expect(sent[1]).toMatchObject({ session: 'page-2', fresh: true });
      expect(found).not.toHaveBeenCalled();
    });
  });
});
