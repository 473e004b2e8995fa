import type { MatchPort } from '../matcher/match-port';
import type { Mention } from '../matcher/find-mentions';
import { blockAncestorOf, outermostOf, cachedIsRendered, isBlockElement, isInsideSkipped, isRendered, hiddenPartOf, isTextLayer, isUnslottedHostText } from '../page-text/collect-text-blocks';
import { MAX_HIDDEN, type PageRead, readBlocks, readPage } from '../page-text/page-read';
import type { Highlighter } from './highlighter';
import type { MentionLookup } from './mention-lookup';
import type { MentionView } from './mention-view';
import type { RenderWatcher } from './render-watcher';
import { type PageMention, toPageMentions } from './page-mention';
import { sliceDeadline, yieldToPage } from './task-budget';


/**
 * Whether a node (an element, or a text node's parent) is laid out and visible now. Text right inside a
 * shadow host shows only where a slot takes it.
 */
function isRenderedNow(node: Node, shadowRootOf?: (element: Element) => ShadowRoot | null): boolean {
  const parent = node.parentElement;
  if (node.nodeType === 3 && parent && isUnslottedHostText(node as Text, parent, shadowRootOf)) return false;
  const element = node.nodeType === 1 ? (node as Element) : parent;
  return element ? isRendered(element) : false;
}

export interface AnnotatorStats {
  blocks: number;
  skippedBlocks: number;
  mentions: number;
}

/** Blocks above which decoding the matcher's answer takes a slice of its own (about 10 ms at 50,000 blocks). */
const MANY_BLOCKS = 5_000;

/**
 * Keeps the page's mentions in step with its content: annotates roots in time slices, re-annotates
 * blocks that changed, drops mentions whose text left the page, and re-applies the reader's view.
 */
export class PageAnnotator {
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
    /** Where texts are matched: the background's matcher on web pages, a local one on extension pages. */
    private readonly port: MatchPort,
    private readonly highlighter: Highlighter,
    private readonly lookup: MentionLookup,
    view: MentionView,
    private readonly hooks: {
      onShadowRoot?: (root: ShadowRoot) => void;
      afterHighlight?: () => void;
      /** Open or closed shadow root of an element (see `CollectOptions.shadowRootOf`). */
      shadowRootOf?: (element: Element) => ShadowRoot | null;
      /** Live pages: told which blocks hold mentions and which are hidden, to hear when that changes. */
      renderWatcher?: RenderWatcher;
      /** How a slice gives the thread back (`yieldToPage` by default; the PDF viewer measures its yields). */
      yieldToPage?: () => Promise<void>;
    } = {},
  ) {
    this.view = view;
  }

  mentions(): readonly PageMention[] {
    return this.all;
  }

  /** Collects, matches and highlights the text under the roots, yielding to the page between slices. */
  async annotate(roots: readonly Node[]): Promise<PageMention[]> {
    const generation = this.generation;
    // A document in design mode is an editor as a whole: nothing in it is highlighted.
    roots = roots.filter((root) => (root.ownerDocument ?? (root as Document)).designMode !== 'on');
    const { onShadowRoot, shadowRootOf } = this.hooks;
    const read = await readPage(roots, {
      shadowRootOf,
      onShadowRoot: onShadowRoot && ((root) => {
        onShadowRoot(root);
        return false;
      }),
      pause: () => this.pause(generation),
    });
    if (!read || generation !== this.generation) return [];
    // All of it in one batch, so page-level rules (topic gate, page context) see the whole content.
    const matched = read.texts.length > 0 ? await this.port.match(read.texts) : [];
    if (generation !== this.generation) return [];
    return this.annotateRead(read, matched);
  }

  /**
   * Highlights a read's mentions as the matcher found them (`matched`, per text of `read.texts`): the
   * second half of `annotate`, and all of it for a page whose first look (the content script's) was read
   * and matched already. Only blocks with mentions are asked whether they are shown: a hidden one, or a
   * mention in a hidden inline element, is remembered to draw once shown.
   */
  async annotateRead(read: PageRead, matched: readonly (readonly Mention[])[]): Promise<PageMention[]> {
    const generation = this.generation;
    for (const root of read.roots) if (!root.parentNode || root.nodeType === 11 || root === root.ownerDocument?.body) this.roots.add(root);
    for (const element of read.hiddenElements) this.rememberHiddenElement(element);
    for (const block of read.hiddenBlocks) this.rememberHidden(block);
    // A piece left out as too long is reported (not read) where it shows, so the reader is told of one
    // only where there is one to see; a hidden one is remembered, and reported once shown.
    for (const block of read.oversize) {
      if (isTextLayer(block) || isRenderedNow(block, this.hooks.shadowRootOf)) this.stats.skippedBlocks += 1;
      else this.rememberHidden(block);
    }
    const { texts } = read;
    // The answer for thousands of blocks took a while to decode in this task: drawing starts in the next.
    if (texts.length > MANY_BLOCKS && !(await this.pause(generation))) return [];
    let expired = sliceDeadline();
    const found: PageMention[] = [];
    /** Whether each block and inline element holding a mention is shown, asked again only for another one than the last. */
    const shownBlock = cachedIsRendered();
    const shown = cachedIsRendered();
    const blockAt = readBlocks(read, this.hooks.shadowRootOf);
    for (let i = 0; i < texts.length; i += 1) {
      const mentions = matched[i] ?? [];
      if (mentions.length === 0) continue;
      // A block read again whose text is no longer what was matched (the page changed meanwhile) is left
      // to the mutation that changed it.
      const textBlock = blockAt(i);
      if (!textBlock) continue;
      const block = textBlock.block;
      // Only the blocks and inline elements holding mentions are asked whether they are shown (a PDF text
      // layer is, and asking would lay out pages just built: see `textBlocks`). A hidden one is remembered,
      // to read again once shown.
      let blockHidden = false;
      const shownMentions = mentions.filter((mention) => {
        if (blockHidden) return false;
        const hidden = hiddenPartOf(textBlock, mention.start, mention.end, shownBlock, shown);
        if (hidden === block) blockHidden = true;
        else if (hidden) this.rememberHiddenElement(hidden);
        return !hidden;
      });
      if (blockHidden) {
        this.rememberHidden(block);
        continue;
      }
      // Mentions whose text changed while we were yielding are dropped rather than drawn wrong.
      const current = toPageMentions(textBlock, shownMentions).filter((m) => m.nodes.every((node) => node.isConnected) && sameText(textOfNodes(m), m.surface));
      found.push(...current);
      this.all.push(...current);
      // Heard of again if the block stops being shown (text hidden after it was read).
      if (current.length > 0 && block.nodeType === 1) this.hooks.renderWatcher?.observe(block as Element, true);
      this.show(current);
      if (expired()) {
        if (!(await this.pause(generation))) return found;
        expired = sliceDeadline();
      }
    }
    this.stats.blocks += texts.length;
    return found;
  }

  /** Gives the thread back; false when the page was reset meanwhile (the work in hand is for an old state). */
  private async pause(generation: number): Promise<boolean> {
    await (this.hooks.yieldToPage ?? yieldToPage)();
    return generation === this.generation;
  }

  /** Re-annotates what mutations touched: blocks with changed or added text; drops what was removed. */
  async update(records: readonly MutationRecord[]): Promise<void> {
    const roots = new Set<Node>();
    const revealedIn = new Set<Node>();
    const editable = new Set<Node>();
    for (const record of records) {
      if (record.type === 'attributes') {
        revealedIn.add(record.target);
        // A child moved to another slot, or made editable: read again (an editor's text is never highlighted).
        if (record.attributeName === 'slot' && record.target.parentNode) roots.add(blockAncestorOf(record.target.parentNode));
        if (record.attributeName === 'contenteditable') editable.add(record.target);
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
    for (const root of await this.revealed(revealedIn.size > 0)) roots.add(root);
    // An attribute may also hide what was shown (a class giving `visibility: hidden`): only mentions
    // under the changed elements are checked.
    if (revealedIn.size > 0) this.dropUnrendered(insideAny(revealedIn));
    if (editable.size > 0) {
      const inEditable = insideAny(editable);
      this.forget((m) => inEditable(m.nodes[0]!) && isInsideSkipped(m.nodes[0]!));
    }
    const outermost = outermostOf([...roots].filter((root) => root.isConnected && !isInsideSkipped(root)));
    // A range whose text was moved away (into a shadow root, another parent) collapses: it goes too.
    const inRoots = insideAny(new Set(outermost));
    this.forget((m) => m.range.collapsed || !m.nodes.every((node) => node.isConnected) || inRoots(m.nodes[0]!));
    if (outermost.length > 0) await this.annotate(outermost);
  }

  /** Reads these nodes' blocks again from scratch (a slot's assigned children changed, say). */
  async reread(nodes: readonly Node[]): Promise<void> {
    const outermost = outermostOf(nodes.filter((node) => node.isConnected).map((node) => blockAncestorOf(node)));
    if (outermost.length === 0) return;
    const inRoots = insideAny(new Set(outermost));
    this.forget((m) => inRoots(m.nodes[0]!));
    await this.annotate(outermost.filter((root) => !isInsideSkipped(root)));
  }

  /**
   * What an attribute change revealed: blocks read while not rendered that now are (an opened
   * <details>, a class or style that shows a panel), and subtrees skipped for `hidden` or
   * `aria-hidden="true"` that no longer are. Each is read once; the rest of the page is not touched.
   */
  private async revealed(changed: boolean): Promise<Node[]> {
    // Most pages hide nothing we read: then a page that animates classes and styles costs nothing here.
    if (!changed || (this.hiddenBlocks.size === 0 && this.skippedSubtrees.size === 0)) return [];
    // Any change may reveal any remembered block (a class on a sibling, a state attribute read by a CSS
    // rule elsewhere): each is checked, at most MAX_HIDDEN of them, once per batch of changes.
    return this.revealedAmong([...this.hiddenBlocks, ...this.skippedSubtrees]);
  }

  /**
   * Of these remembered hidden blocks and subtrees, those shown now, as the blocks to read again: a
   * revealed inline element (a display: none span) is read with its block, so names across it match.
   * Checked in time slices: thousands of remembered blocks must not hold up the page.
   */
  private async revealedAmong(candidates: readonly Node[]): Promise<Node[]> {
    const found: Node[] = [];
    let expired = sliceDeadline();
    for (let i = 0; i < candidates.length; i += 1) {
      if (i % 64 === 63 && expired()) {
        await (this.hooks.yieldToPage ?? yieldToPage)();
        expired = sliceDeadline();
      }
      const node = candidates[i]!;
      const set: Set<Node> | null = this.hiddenBlocks.has(node) ? this.hiddenBlocks : this.skippedSubtrees.has(node as Element) ? (this.skippedSubtrees as Set<Node>) : null;
      if (!set) continue;
      if (!node.isConnected) {
        set.delete(node);
        this.hooks.renderWatcher?.unobserve(node as Element);
      } else if (!isInsideSkipped(node) && isRenderedNow(node, this.hooks.shadowRootOf)) {
        set.delete(node);
        found.push(isBlockElement(node) ? node : blockAncestorOf(node));
      }
    }
    return found;
  }

  /**
   * The page's layout changed for these elements (a box appeared or went, see `watchRendering`): reads
   * what they revealed and drops the mentions they hid. Returns the parents of the dropped mentions'
   * text, where a shadow root that now renders over them may be found.
   */
  async renderingChanged(elements: readonly Element[]): Promise<Element[]> {
    const dropped = this.dropUnrendered(insideAny(new Set<Node>(elements)));
    await this.readRevealed(await this.revealedAmong(elements));
    return dropped;
  }

  /**
   * Something may have shown or hidden text anywhere without a change we can see (a media query after a
   * resize, a stylesheet transition or animation that ended): every remembered hidden block, and every
   * mention (under `within`, when given), is checked again.
   */
  async recheckRendering(within?: Node): Promise<void> {
    this.dropUnrendered(within ? insideAny(new Set([within])) : () => true);
    const candidates = [...this.hiddenBlocks, ...this.skippedSubtrees];
    await this.readRevealed(await this.revealedAmong(within ? candidates.filter((node) => within.contains(node) || node.contains(within)) : candidates));
  }

  private async readRevealed(revealed: Node[]): Promise<void> {
    if (revealed.length === 0) return;
    const outermost = outermostOf(revealed);
    const inRoots = insideAny(new Set(outermost));
    this.forget((m) => inRoots(m.nodes[0]!));
    await this.annotate(outermost);
  }

  /**
   * Drops the mentions (among those `where` selects) whose text is no longer shown, and remembers their
   * blocks as hidden, to read again once shown. Returns the dropped text's parent elements.
   */
  private dropUnrendered(where: (node: Node) => boolean): Element[] {
    const parents = new Set<Element>();
    const shown = new Map<Node, boolean>();
    this.forget((m) => {
      const node = m.nodes[0]!;
      if (!node.isConnected || !where(node)) return false;
      // One check per text node's parent: a paragraph's mentions share it.
      const key = node.parentNode ?? node;
      let answer = shown.get(key);
      if (answer === undefined) shown.set(key, (answer = isRenderedNow(node, this.hooks.shadowRootOf)));
      if (answer) return false;
      if (node.parentElement) parents.add(node.parentElement);
      return true;
    });
    for (const parent of parents) this.rememberHidden(blockAncestorOf(parent));
    return [...parents];
  }

  /** An element whose text is not shown (a `hidden` subtree, a display: none span), to read again once shown. */
  private rememberHiddenElement(element: Element): void {
    if (this.skippedSubtrees.size >= MAX_HIDDEN || this.skippedSubtrees.has(element)) return;
    this.skippedSubtrees.add(element);
    this.hooks.renderWatcher?.observe(element, false);
  }

  private rememberHidden(block: Node): void {
    if (this.hiddenBlocks.size >= MAX_HIDDEN || this.hiddenBlocks.has(block)) return;
    this.hiddenBlocks.add(block);
    if (block.nodeType === 1) this.hooks.renderWatcher?.observe(block as Element, false);
  }

  /** Reads what a reader's action revealed (a radio tab, a popover): remembered hidden blocks now shown. */
  async recheckHidden(): Promise<void> {
    await this.readRevealed(await this.revealed(true));
  }

  /**
   * Drops the mentions under `within` whose text is no longer rendered: a web component that renders
   * its own copy into a shadow root leaves the light-DOM original unslotted, and only the copy a
   * reader sees may be highlighted and counted.
   */
  forgetUnrendered(within: Node): void {
    this.forget((m) => within.contains(m.nodes[0]!) && !isRenderedNow(m.nodes[0]!, this.hooks.shadowRootOf));
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
    this.port.reset();
    this.all = [];
    this.stats.mentions = 0;
    this.highlighter.clear();
    this.hooks.afterHighlight?.();
    this.lookup.clear();
  }

  private show(mentions: readonly PageMention[]): void {
    const visible = mentions.filter((m) => this.view.admit(m, this.all));
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
/**
 * The text a mention covers in the nodes it was read from, at the range's offsets. Not `Range.toString()`:
 * that also holds text the collector skipped inside the range (a hidden footnote marker in "Shield<sup
 * hidden>1</sup> AI"), which the mention never saw.
 */
function textOfNodes(mention: PageMention): string {
  const { nodes, range } = mention;
  const last = nodes.length - 1;
  return nodes.map((node, i) => node.data.slice(i === 0 ? range.startOffset : 0, i === last ? range.endOffset : undefined)).join('');
}

function sameText(rangeText: string, surface: string): boolean {
  // Almost always the same string: the two regular expressions (for line breaks and hyphens the reading
  // added or joined) are asked only when not; they cost a 10k-word page about a millisecond.
  if (rangeText === surface) return true;
  const bare = (text: string) => text.replace(/[\s\u200B]+/g, '').replace(/[\u00AD\u2010\u2011]/g, '-');
  return bare(rangeText) === bare(surface);
}

/** Whether a node lies in (or is) one of these nodes: an ancestor walk, not a scan of the set. */
function insideAny(nodes: ReadonlySet<Node>): (node: Node) => boolean {
  return (node) => {
    for (let current: Node | null = node; current; current = current.parentNode) if (nodes.has(current)) return true;
    return false;
  };
}
