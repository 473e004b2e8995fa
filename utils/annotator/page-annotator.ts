import type { MatchSession, Matcher } from '../matcher/find-mentions';
import { type TextBlock, blockAncestorOf, isBlockElement, isInsideSkipped, textBlocks } from '../page-text/collect-text-blocks';
import type { Highlighter } from './highlighter';
import type { MentionLookup } from './mention-lookup';
import type { MentionView } from './mention-view';
import { type PageMention, toPageMentions } from './page-mention';
import { sliceDeadline, yieldToPage } from './task-budget';

/** Text blocks longer than this are left alone: matching them at once would block the page. */
export const MAX_BLOCK_CHARS = 200_000;
/** At most this many hidden blocks and subtrees are remembered for when they are revealed. */
const MAX_HIDDEN = 5_000;

/** Whether a node (an element, or a text node's parent) is laid out and visible now. */
function isRenderedNow(node: Node): boolean {
  // Text directly inside a shadow host shows only where a slot takes it.
  if (node.nodeType === 3 && (node.parentElement as Element | null)?.shadowRoot && !(node as Text).assignedSlot) return false;
  const element = (node.nodeType === 1 ? node : node.parentElement) as (Element & { checkVisibility?: (o?: object) => boolean }) | null;
  if (!element) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
}

export interface AnnotatorStats {
  blocks: number;
  skippedBlocks: number;
  mentions: number;
}

/**
 * Keeps the page's mentions in step with its content: annotates roots in time slices, re-annotates
 * blocks that changed, drops mentions whose text left the page, and re-applies the reader's view.
 */
export class PageAnnotator {
  private session: MatchSession;
  private all: PageMention[] = [];
  private view: MentionView;
  /** Bumped by `reset`, so work started for an earlier page state stops instead of landing late. */
  private generation = 0;
  /** Every root annotated as a whole (the body, shadow roots), to read again when needed. */
  private readonly roots = new Set<Node>();
  /**
   * Blocks with text that were not rendered when read (a closed <details>, a CSS-hidden panel): when an
   * attribute that can reveal them changes, only these are read again, never the whole page.
   */
  private readonly hiddenBlocks = new Set<Node>();
  /** Elements whose subtree was skipped for `hidden` / `aria-hidden="true"`, for the same reason. */
  private readonly skippedSubtrees = new Set<Element>();
  readonly stats: AnnotatorStats = { blocks: 0, skippedBlocks: 0, mentions: 0 };

  constructor(
    private readonly matcher: Matcher,
    private readonly highlighter: Highlighter,
    private readonly lookup: MentionLookup,
    view: MentionView,
    private readonly hooks: { onShadowRoot?: (root: ShadowRoot) => void; afterHighlight?: () => void } = {},
  ) {
    this.session = matcher.session();
    this.view = view;
  }

  mentions(): readonly PageMention[] {
    return this.all;
  }

  /** Collects, matches and highlights the text under the roots, yielding to the page between slices. */
  async annotate(roots: readonly Node[]): Promise<PageMention[]> {
    const generation = this.generation;
    for (const root of roots) if (!root.parentNode || root.nodeType === 11 || root === root.ownerDocument?.body) this.roots.add(root);
    let expired = sliceDeadline();
    // Every step below checks the slice's time after each block, and yields to the page when it is up.
    const pause = async (): Promise<boolean> => {
      if (!expired()) return true;
      await yieldToPage();
      expired = sliceDeadline();
      return generation === this.generation;
    };
    const blocks: TextBlock[] = [];
    for (const root of roots) {
      const onHiddenBlock = (block: Node) => {
        if (this.hiddenBlocks.size < MAX_HIDDEN) this.hiddenBlocks.add(block);
      };
      const onHiddenElement = (element: Element) => {
        if (this.skippedSubtrees.size < MAX_HIDDEN) this.skippedSubtrees.add(element);
      };
      for (const block of textBlocks(root, { onShadowRoot: this.hooks.onShadowRoot, maxBlockChars: MAX_BLOCK_CHARS, onHiddenBlock, onHiddenElement })) {
        if (block?.oversize) this.stats.skippedBlocks += 1;
        else if (block) blocks.push(block);
        if (!(await pause())) return [];
      }
    }
    // Scan everything first so page-level rules (topic gate, page context) see the whole content.
    const scanned = [];
    for (const block of blocks) {
      scanned.push(this.session.scan([block.text]));
      if (!(await pause())) return [];
    }
    const found: PageMention[] = [];
    for (let i = 0; i < blocks.length; i += 1) {
      const [mentions = []] = this.session.resolve(scanned[i]!);
      if (mentions.length === 0) continue;
      // Mentions whose text changed while we were yielding are dropped rather than drawn wrong.
      const current = toPageMentions(blocks[i]!, mentions).filter((m) => m.nodes.every((node) => node.isConnected) && sameText(m.range.toString(), m.surface));
      found.push(...current);
      this.all.push(...current);
      this.show(current);
      if (!(await pause())) return found;
    }
    this.stats.blocks += blocks.length;
    return found;
  }

  /** Re-annotates what mutations touched: blocks with changed or added text; drops what was removed. */
  async update(records: readonly MutationRecord[]): Promise<void> {
    const roots = new Set<Node>();
    const revealedIn = new Set<Element>();
    for (const record of records) {
      if (record.type === 'attributes') {
        revealedIn.add(record.target as Element);
        continue;
      }
      const targets = record.type === 'childList' ? Array.from(record.addedNodes) : [record.target];
      // Removing inline content changes the text of the block around it; removing a whole block does
      // not (its own mentions are dropped below, as disconnected).
      if (record.type === 'childList' && Array.from(record.removedNodes).some((n) => hasText(n) && !isBlockElement(n))) roots.add(blockAncestorOf(record.target));
      for (const node of targets) {
        // Whitespace between appended blocks carries no mention: re-reading its (large) parent block
        // for it made every append re-read the whole article.
        if (!node.isConnected || !hasText(node) || isInsideSkipped(node)) continue;
        roots.add(blockAncestorOf(node.nodeType === 3 ? (node.parentNode ?? node) : node));
      }
    }
    for (const root of this.revealed(revealedIn.size > 0)) roots.add(root);
    const outermost = [...roots].filter((root) => root.isConnected && !isInsideSkipped(root) && ![...roots].some((other) => other !== root && other.contains(root)));
    // A range whose text was moved away (into a shadow root, another parent) collapses: it goes too.
    this.forget((m) => m.range.collapsed || !m.nodes.every((node) => node.isConnected) || outermost.some((root) => root.contains(m.nodes[0]!)));
    if (outermost.length > 0) await this.annotate(outermost);
  }

  /**
   * What an attribute change revealed: blocks read while not rendered that now are (an opened
   * <details>, a class or style that shows a panel), and subtrees skipped for `hidden` or
   * `aria-hidden="true"` that no longer are. Each is read once; the rest of the page is not touched.
   */
  private revealed(changed: boolean): Node[] {
    // Most pages hide nothing we read: then a page that animates classes and styles costs nothing here.
    if (!changed || (this.hiddenBlocks.size === 0 && this.skippedSubtrees.size === 0)) return [];
    // Any change may reveal any remembered block (a class on a sibling, a state attribute read by a CSS
    // rule elsewhere): each is checked, at most MAX_HIDDEN of them, once per batch of changes.
    const found: Node[] = [];
    for (const block of this.hiddenBlocks) {
      if (!block.isConnected) this.hiddenBlocks.delete(block);
      else if (isRenderedNow(block)) {
        this.hiddenBlocks.delete(block);
        found.push(block);
      }
    }
    for (const element of this.skippedSubtrees) {
      if (!element.isConnected) this.skippedSubtrees.delete(element);
      else if (!isInsideSkipped(element) && isRenderedNow(element)) {
        this.skippedSubtrees.delete(element);
        found.push(element);
      }
    }
    return found;
  }

  /** Reads what a reader's action revealed (a radio tab, a popover): remembered hidden blocks now shown. */
  async recheckHidden(): Promise<void> {
    const roots = this.revealed(true);
    if (roots.length > 0) await this.annotate(roots);
  }

  /**
   * Drops the mentions under `within` whose text is no longer rendered: a web component that renders
   * its own copy into a shadow root leaves the light-DOM original unslotted, and only the copy a
   * reader sees may be highlighted and counted.
   */
  forgetUnrendered(within: Node): void {
    this.forget((m) => within.contains(m.nodes[0]!) && !isRenderedNow(m.nodes[0]!));
  }

  /** Applies a new view (settings or mutes changed): the same mentions, shown differently. */
  async setView(view: MentionView): Promise<void> {
    this.view = view;
    // Unwrapping <mark>s rejoins the text nodes our ranges pointed into: read the page again.
    if (this.highlighter.kind === 'mark') return this.restart(view);
    this.highlighter.clear();
    this.lookup.clear();
    this.show(this.all);
  }

  /** Starts over as on a new page (SPA navigation): forget everything, read the roots again. */
  async restart(view: MentionView, roots: readonly Node[] = []): Promise<void> {
    const all = new Set([...this.roots, ...roots].filter((root) => root.isConnected));
    this.reset();
    this.view = view;
    await this.annotate([...all]);
  }

  /** Forgets everything: the next annotate starts a fresh page. */
  reset(): void {
    this.generation += 1;
    this.session = this.matcher.session();
    this.all = [];
    this.stats.mentions = 0;
    this.highlighter.clear();
    this.hooks.afterHighlight?.();
    this.lookup.clear();
  }

  private show(mentions: readonly PageMention[]): void {
    const visible = mentions.filter((m) => this.view.admit(m));
    this.highlighter.add(visible);
    this.hooks.afterHighlight?.();
    this.lookup.add(visible);
    this.stats.mentions = this.all.length;
  }

  private forget(predicate: (mention: PageMention) => boolean): void {
    const gone = this.all.filter(predicate);
    if (gone.length === 0) return;
    const goneSet = new Set(gone);
    this.all = this.all.filter((m) => !goneSet.has(m));
    this.highlighter.remove(gone);
    this.hooks.afterHighlight?.();
    this.lookup.remove(gone);
    this.stats.mentions = this.all.length;
  }
}

/** Whether a node holds any non-whitespace text (elements are assumed to). */
function hasText(node: Node): boolean {
  return node.nodeType !== 3 || /\S/.test((node as Text).data);
}

/**
 * Whether a range still holds the text a mention was found in. A `<br>` reads as a line break in the
 * collected text but adds nothing to `Range.toString()`, so whitespace is left out of the comparison
 * ("European Defence<br>Fund" is one mention); so are the zero-width marks a text layer's joined line
 * ends leave, and a hyphen read as soft ("Inno-<br>vation", see `joinBrokenLines`): every hyphen form
 * (U+002D, U+2010, U+2011, the soft hyphen) counts as one, as the page may show any of them there.
 */
function sameText(rangeText: string, surface: string): boolean {
  const bare = (text: string) => text.replace(/[\s\u200B]+/g, '').replace(/[\u00AD\u2010\u2011]/g, '-');
  return bare(rangeText) === bare(surface);
}
