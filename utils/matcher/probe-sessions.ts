import type { Matcher, MatchSession, Mention } from './find-mentions';
import { type WireMentions, encodeMentions } from './mention-wire';
import { type WireTexts, decodeTexts } from './text-wire';

/**
 * A page's first look (see `probePage`, `readPage`): its texts, and whether they name anything. A page sends its
 * whole text once (`fresh`), then the blocks that changed; until the answer says "mentions", the page
 * runs nothing heavier than this.
 */
export interface ProbeRequest {
  /** Made up by the page; a fresh probe (a new page, a new dataset or settings) makes a new one. */
  session: string;
  /**
   * The page's texts (see `readPage`): all of them when `fresh`, else those of the blocks that
   * changed, added to the earlier ones (a block's old text stays: reading more is safe, and a page
   * that keeps changing reaches `maxChars` and is annotated), as `encodeTexts` sends them.
   */
  texts: WireTexts;
  /** True when `texts` is the whole page (a new session); false for changed blocks of a known one. */
  fresh: boolean;
  /**
   * The text of what the blocks sent hide for now (`hidden` and `aria-hidden` subtrees, blocks hidden by
   * CSS, closed `<details>`), which annotation reads once shown. Not part of the page's matching: only
   * whether it names anything, so that a page whose names are all hidden for now (or were added hidden)
   * is annotated, and shows them when they show.
   */
  hidden?: WireTexts;
}

export type ProbeAnswer =
  | {
      ok: true;
      mentions: number;
      /**
       * With a "yes" from the background's handler: the reader's settings and corrections as JSON
       * (`ReaderState`), so the annotator it starts need not read storage itself (a page's first use of
       * each storage area costs it about 2 ms).
       */
      reader?: string;
      /**
       * A whole page's (`fresh`) mentions, when it names something: its texts were matched in full, in a
       * matching session of the same id (`MatchSessions`), which the page's annotator goes on with. The
       * page draws these as they are: it is walked and sent once.
       */
      found?: WireMentions;
      /** With `found`: the session's state, as `MatchAnswer.state`. */
      state?: string;
    }
  /**
   * `unknown-session`: send the whole page again; `no-dataset`: nothing installed yet; `too-large`:
   * annotate without probing; `site-off`: the reader switched this site off (nothing to do until they
   * switch it on).
   */
  | { ok: false; reason: 'unknown-session' | 'no-dataset' | 'too-large' | 'site-off' };

/**
 * The probing pages' texts in the background. Each answer matches all of a page's texts from scratch:
 * a later text can change how earlier ones read (it puts the page on topic, or names a firm in full),
 * and a page that never gets a "yes" must not be told "no" because of the order its text arrived in.
 * Matching is the background's time, not the page's. Holds at most `maxSessions` pages (least recently
 * used dropped first) and `maxChars` characters per page: a page past that is told to annotate.
 */
export class ProbeSessions {
  private readonly sessions = new Map<string, { texts: string[]; chars: number }>();
  private matcher: Matcher | null = null;

  constructor(
    private readonly maxSessions = 100,
    private readonly maxChars = 2_000_000,
  ) {}

  /**
   * Adds the request's blocks to the page and answers whether it names anything `shows` (the reader's
   * categories and institutions setting; corrections are left to the annotator) would let through.
   */
  probe(matcher: Matcher | null, request: ProbeRequest, shows: (mention: Mention) => boolean = () => true, opened?: (session: MatchSession) => void): ProbeAnswer {
    if (!matcher) return { ok: false, reason: 'no-dataset' };
    if (matcher !== this.matcher) {
      // A new dataset or new terms: what pages were told no longer holds, and they probe afresh.
      this.sessions.clear();
      this.matcher = matcher;
    }
    let session = this.sessions.get(request.session);
    if (request.fresh || !session) {
      if (!request.fresh) return { ok: false, reason: 'unknown-session' };
      session = { texts: [], chars: 0 };
    }
    this.sessions.delete(request.session);
    for (const text of decodeTexts(request.texts)) {
      session.chars += text.length;
      session.texts.push(text);
    }
    if (session.chars > this.maxChars) return { ok: false, reason: 'too-large' };
    if (request.fresh) {
      // The whole page, as annotation reads it: matched in full, so that a page naming something is
      // drawn from this answer (`found`) and never read or sent again.
      const full = matcher.session();
      const found = full.add(session.texts);
      const count = (perText: readonly (readonly Mention[])[]) => perText.reduce((n, inText) => n + inText.filter(shows).length, 0);
      let mentions = count(found);
      if (mentions === 0) mentions = hiddenMentions(matcher, session.texts, request.hidden, count);
      if (mentions > 0) {
        opened?.(full);
        return { ok: true, mentions, found: encodeMentions(found), state: JSON.stringify(full.state?.() ?? null) };
      }
      this.keep(request.session, session);
      return { ok: true, mentions: 0 };
    }
    const count = (perText: readonly (readonly Mention[])[]) => perText.reduce((n, inText) => n + inText.filter(shows).length, 0);
    const first = matcher.session({ probe: true });
    let mentions = count(first.add(session.texts));
    // A page about defence that names nothing the dataset knows may name its own firms and programmes, which
    // a probe does not read (they cost a full reading): only such a page is read in full, as the annotator would.
    if (mentions === 0 && first.pageNamesOpen) mentions = count(matcher.session().add(session.texts));
    // Hidden parts added since (a collapsed section, a tab panel filled later) count as they do on a whole page.
    if (mentions === 0) mentions = hiddenMentions(matcher, session.texts, request.hidden, count);
    if (mentions > 0) return { ok: true, mentions };
    this.keep(request.session, session);
    return { ok: true, mentions: 0 };
  }

  /** Only a page still waiting for its first mention is kept: the others annotate and never probe again. */
  private keep(id: string, session: { texts: string[]; chars: number }): void {
    this.sessions.set(id, session);
    while (this.sessions.size > this.maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
  }
}

/**
 * How many names the hidden parts sent beside a page's texts (`ProbeRequest.hidden`) hold: read after
 * the page, as annotation would read them once shown; only their own names count, and they never count
 * for the page's own reading (a hidden menu must not put a page on topic).
 */
function hiddenMentions(matcher: Matcher, texts: readonly string[], hidden: WireTexts | undefined, count: (perText: readonly (readonly Mention[])[]) => number): number {
  const parts = hidden ? decodeTexts(hidden) : [];
  if (parts.length === 0) return 0;
  return count(matcher.session({ probe: true }).add([...texts, ...parts]).slice(texts.length));
}
