import { type TextBlock, textBlocks } from './collect-text-blocks';
import { sliceDeadline, yieldToPage } from '../annotator/task-budget';

/** Text blocks longer than this are left alone: matching them at once would block the page. */
export const MAX_BLOCK_CHARS = 200_000;

/** Blocks of one read kept whole (their nodes held) while the matcher is asked; see `readPage`. */
export const DENSE_BLOCKS = 2_000;
/** Past `DENSE_BLOCKS`, every this many blocks one keeps its first node, to read the blocks after it again. */
export const ANCHOR_EVERY = 8;
/** At most this many hidden blocks and subtrees are noted by one read (and remembered by the annotator). */
export const MAX_HIDDEN = 5_000;

/** At most this many components still undefined are noted by one read. */
export const MAX_UNDEFINED = 500;

/** A block's first node, from which the blocks after it are read again. */
export interface Anchor {
  root: Node;
  start: Text;
  /** The block's index among the read's texts. */
  index: number;
}

/**
 * A page's text as one read gave it, ready to be matched in one batch: the texts, in order, and how to
 * find each text's nodes again. Made once per page load by the content script's first look and handed
 * to the annotator as it is, so a page that names something is walked once, not twice.
 */
export interface PageRead {
  /** The roots read, in order: those asked for, then the shadow roots met that were read too. */
  roots: Node[];
  /** Each block's text (`TextBlock.text`), in document order, shadow roots' after their host's root. */
  texts: string[];
  /** The blocks of the first `DENSE_BLOCKS` texts, whole. */
  dense: TextBlock[];
  /** Past those, every `ANCHOR_EVERY`-th block's first node (and each root's first block's). */
  anchors: Anchor[];
  /** The blocks of the pieces left out as too long (`MAX_BLOCK_CHARS`), once per piece. */
  oversize: Node[];
  /** Subtrees skipped for `hidden` or `aria-hidden="true"` (at most `MAX_HIDDEN`): read once shown. */
  hiddenElements: Element[];
  /** Blocks left out as not shown now (hidden by CSS, in a closed `<details>`; at most `MAX_HIDDEN`): read once shown. */
  hiddenBlocks: Node[];
  /**
   * Custom elements met that were not defined yet (at most `MAX_UNDEFINED`; those in the subtrees read,
   * shadow roots included): once defined, a component may fill a shadow root with no change the page's
   * observers see, so readers watch these for a while (`:defined`).
   */
  undefinedElements: Element[];
}

export interface ReadOptions {
  /** The shadow root of an element, open or closed (see `CollectOptions.shadowRootOf`). */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /**
   * Called for every shadow root met; returning true reads it in this read too (after the roots before
   * it), so the whole page goes to the matcher in one batch.
   */
  onShadowRoot?: (root: ShadowRoot) => boolean;
  /**
   * Gives the thread back between slices of a long page; resolves false when the read is no longer
   * wanted (the page was reset meanwhile), which ends it with null. By default `yieldToPage`.
   */
  pause?: () => Promise<boolean>;
}

/**
 * Reads the text blocks under `roots` (`textBlocks`: the blocks with a visible box; only the mentions
 * found are asked in full whether they are shown, see `PageAnnotator`), in slices of the page's time.
 * A long page's blocks past the first `DENSE_BLOCKS` keep only their text, and every `ANCHOR_EVERY`-th
 * its first node: a block with mentions is read again from its anchor (`sparseBlocks`). Holding every
 * node of a page of 50,000 small blocks across the matcher's answer kept the engine's wrapper of each
 * for as long as the page lived (1.6 MB of a 3.1 MB heap). Null when `pause` said stop.
 */
export async function readPage(roots: readonly Node[], options: ReadOptions = {}): Promise<PageRead | null> {
  const read: PageRead = { roots: [...roots], texts: [], dense: [], anchors: [], oversize: [], hiddenElements: [], hiddenBlocks: [], undefinedElements: [] };
  const pause = options.pause ?? (() => yieldToPage().then(() => true));
  const { shadowRootOf } = options;
  const onShadowRoot = options.onShadowRoot && ((root: ShadowRoot) => {
    if (options.onShadowRoot!(root) && !read.roots.includes(root)) read.roots.push(root);
  });
  const onHiddenBlock = (block: Node) => read.hiddenBlocks.length < MAX_HIDDEN && read.hiddenBlocks.push(block);
  const onHiddenElement = (element: Element) => read.hiddenElements.length < MAX_HIDDEN && read.hiddenElements.push(element);
  const onCustomElement = (element: Element) => {
    if (read.undefinedElements.length < MAX_UNDEFINED && !element.matches(':defined')) read.undefinedElements.push(element);
  };
  const { texts, dense, anchors } = read;
  let expired = sliceDeadline();
  // `read.roots` grows while it is read (shadow roots met on the way).
  for (let r = 0; r < read.roots.length; r += 1) {
    const root = read.roots[r]!;
    // The walk meets the shadow roots of the root's descendants: a root's own (a component read again
    // once defined) is asked here.
    if (root.nodeType === 1 && onShadowRoot) {
      const own = (root as Element).shadowRoot ?? shadowRootOf?.(root as Element) ?? null;
      if (own) onShadowRoot(own);
    }
    let anchoredHere = false;
    for (const block of textBlocks(root, { onShadowRoot, shadowRootOf, maxBlockChars: MAX_BLOCK_CHARS, onHiddenBlock, onHiddenElement, onCustomElement })) {
      if (block?.oversize) read.oversize.push(block.block);
      else if (block) {
        const index = texts.length;
        texts.push(block.text);
        if (index < DENSE_BLOCKS) dense.push(block);
        // Each root's first kept-sparse block is an anchor too: a walk from an anchor never leaves its root.
        else if (!anchoredHere || (index - DENSE_BLOCKS) % ANCHOR_EVERY === 0) {
          anchors.push({ root, start: block.nodes[0]!, index });
          anchoredHere = true;
        }
      }
      // An `await` per block, even of a resolved promise, cost the 318 blocks of a 10,000-word page a
      // microtask each: only a slice whose time is up waits.
      if (expired()) {
        if (!(await pause())) return null;
        expired = sliceDeadline();
      }
    }
  }
  noteUndefinedInHidden(read);
  return read;
}

/** At most this many hidden parts are searched for components still undefined (see `noteUndefinedInHidden`). */
const MAX_HIDDEN_SEARCHED = 1_000;

/**
 * Components still undefined inside the hidden parts a read skipped (not walked, so not met): each part
 * is searched by itself (`:not(:defined)`), which costs a page with none nothing and one with a few small
 * hidden icons next to nothing. A component defined later there may fill a shadow root with names that
 * show when the part does.
 */
function noteUndefinedInHidden(read: PageRead): void {
  const parts = [...read.hiddenElements, ...read.hiddenBlocks].slice(0, MAX_HIDDEN_SEARCHED);
  // A block hidden only by `visibility` was walked, its components met already.
  const noted = new Set(read.undefinedElements);
  for (const part of parts) {
    if (read.undefinedElements.length >= MAX_UNDEFINED) return;
    // An element with no element inside it (most hidden parts: an icon, a label) holds no component.
    if (part.nodeType !== 1 || !(part as Element).firstElementChild) continue;
    for (const element of Array.from((part as Element).querySelectorAll(':not(:defined)'))) {
      if (read.undefinedElements.length >= MAX_UNDEFINED) return;
      // (Only components can be undefined in a browser; a DOM without custom elements may say any is.)
      if (noted.has(element) || !(element.localName.includes('-') || element.hasAttribute('is'))) continue;
      noted.add(element);
      read.undefinedElements.push(element);
    }
  }
}

/**
 * The read's blocks again, by index, in ascending order of asking: a dense block as read; a sparse one
 * read again from its anchor (each group of blocks between two anchors once, when one of its blocks is
 * first asked for), coming back only if its text is still the one matched (undefined otherwise).
 */
export function readBlocks(read: PageRead, shadowRootOf?: (element: Element) => ShadowRoot | null): (index: number) => TextBlock | undefined {
  const { anchors, texts, dense } = read;
  let group = -1;
  let blocks: (TextBlock | undefined)[] = [];
  return (index) => {
    if (index < DENSE_BLOCKS) return dense[index];
    let g = group < 0 ? 0 : group;
    while (g + 1 < anchors.length && anchors[g + 1]!.index <= index) g += 1;
    const anchor = anchors[g];
    if (!anchor || anchor.index > index) return undefined;
    if (g !== group) {
      group = g;
      const end = anchors[g + 1]?.index ?? texts.length;
      blocks = [];
      if (anchor.start.isConnected) {
        for (const block of textBlocks(anchor.root, { startAt: anchor.start, shadowRootOf, maxBlockChars: MAX_BLOCK_CHARS })) {
          if (!block || block.oversize) continue;
          const at = anchor.index + blocks.length;
          blocks.push(block.text === texts[at] ? block : undefined);
          if (anchor.index + blocks.length >= end) break;
        }
      }
    }
    return blocks[index - anchor.index];
  };
}
