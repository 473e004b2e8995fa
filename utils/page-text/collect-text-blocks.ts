import { hasNonSpace, isSpaceCode } from './white-space';
/**
 * Collects the page's readable text as blocks: runs of text nodes under the same block element,
 * joined so that a name split by inline markup (`NATO <b>Innovation</b> Fund`) is matched whole,
 * while text of different paragraphs or cells is never joined.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character within `text`, ascending. */
  offsets: number[];
  /** The block element (or scanned root) the text belongs to. */
  block: Node;
  /** Longer than the collection limit: left out of matching. */
  oversize?: boolean;
}

/** Never read or highlight inside these: code, form fields, scripts, styles, embedded content. */
const SKIPPED_TAGS = bothCases([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD',
  'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

const BLOCK_TAGS = bothCases([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL', 'BUTTON', 'LABEL',
]);

/**
 * Tag names as `tagName` gives them: upper case for HTML elements, as written for SVG, MathML and XHTML.
 * Both cases are in the set, so the walk never upper-cases a tag name per element.
 */
function bothCases(tags: readonly string[]): Set<string> {
  return new Set(tags.flatMap((tag) => [tag, tag.toLowerCase()]));
}

// DOM constants by value: this module also runs in Node (the corpus evaluation CLI) over a parsed
// document, where the browser's global Node and NodeFilter do not exist.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Elements our own UI adds to the page carry this attribute and are never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-defense-innovation-lens';

/**
 * A block that is a laid-out copy of printed lines (the PDF viewer's text layer: one span per text run,
 * a `<br>` at each line end) carries this attribute: its line ends are read as a typesetter wrote
 * them, so a word hyphenated across two lines is one word (`joinBrokenLines`).
 */
export const TEXT_LAYER_ATTRIBUTE = 'data-lens-text-layer';

/** Whether a block is a text layer (`TEXT_LAYER_ATTRIBUTE`): always shown, its line ends a typesetter's. */
export function isTextLayer(block: Node): boolean {
  return (block as Element).hasAttribute?.(TEXT_LAYER_ATTRIBUTE) ?? false;
}

/** Whether a node is a text layer or inside one. */
function isInTextLayer(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(element?.closest(`[${TEXT_LAYER_ATTRIBUTE}]`));
}

/**
 * A text layer's run set apart from the run before it (a footnote number raised after a name; see
 * `setApart` in utils/pdf/pdf-text.ts) carries this attribute: it starts a new word, as in the text saved.
 */
export const SET_APART_ATTRIBUTE = 'data-lens-set-apart';

/** Characters the matcher ignores (see normalize-text.ts): used to join lines without moving offsets. */
const SOFT_HYPHEN = '\u00AD';
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Reads the line ends of printed text (each `\n` is a line end) as PDF.js's own find does: a word
 * hyphenated at a line end (`Inno-\nvation`, `TEKE-\nVER`: the same case on both sides) is one word,
 * and any other hyphen at a line end stays but joins the lines: `F-\n35`, and a compound after an
 * acronym (`AI-\nenabled`, `NATO-\nled`), whose hyphen is the compound's own. Every
 * character keeps its place: the hyphen becomes a soft hyphen and the line end a zero-width space,
 * both ignored by the matcher, so offsets still point into the same text nodes.
 */
export function joinBrokenLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/(\S)([-\u2010\u2011\u00AD])\n(?=(\S))/gu, (_match, before: string, hyphen: string, after: string) => {
    const brokenWord = (/\p{Ll}/u.test(before) && /\p{Ll}/u.test(after)) || (/\p{Lu}/u.test(before) && /\p{Lu}/u.test(after));
    return brokenWord ? `${before}${SOFT_HYPHEN}${ZERO_WIDTH_SPACE}` : `${before}${hyphen}${ZERO_WIDTH_SPACE}`;
  });
}

/**
 * A plain-text document (a `.txt` press release, a text file served as `text/plain`) is shown by the browser
 * as one `<pre>`: that one is prose to read, not code.
 */
function isPlainTextBody(element: Element): boolean {
  return (element.tagName === 'PRE' || element.tagName === 'pre') && element.ownerDocument.contentType === 'text/plain';
}

export function isSkippedElement(element: Element, tag = element.tagName): boolean {
  if (SKIPPED_TAGS.has(tag)) return !isPlainTextBody(element);
  // Most elements have no attributes at all: nothing more to ask them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  // `hidden` is only a default style: a page's CSS may show the element anyway (`[hidden] { display: block }`).
  // (Its boxes tell: a document that is only parsed, as in the corpus CLI, has none and keeps the default.)
  if (element.hasAttribute('hidden') && !(isLaidOut(element) && (element as Checkable).checkVisibility!({ visibilityProperty: true }) && Array.from(element.getClientRects()).some((r) => r.width > 0 || r.height > 0))) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when the node lies inside something never annotated (form field, editor, code, our UI…). */
export function isInsideSkipped(node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nodeType === ELEMENT_NODE && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/** Never read, whatever the page's styles say: code, form fields, scripts, styles, our own UI. */
export function isNeverRead(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return !isPlainTextBody(element);
  return element.hasAttributes() && element.hasAttribute(OWN_UI_ATTRIBUTE);
}

export function isBlockElement(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

/** The nearest block element containing the node (the node itself if it is one). */
export function blockAncestorOf(node: Node): Node {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((current as Element).tagName)) return current;
    if (!current.parentNode) return current;
  }
  return node;
}

/** The nearest block element at or above `start`, not above `root`; `root` itself when there is none. */
export function blockWithin(start: Node, root: Node): Node {
  for (let current: Node | null = start; current && current !== root; current = current.parentNode) {
    if (current.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((current as Element).tagName)) return current;
  }
  return root;
}

function blockOf(node: Node, root: Node, blockOfParent: (parent: Node) => Node): Node {
  const parent = node.parentNode;
  return parent ? blockOfParent(parent) : root;
}

/** Moves a walker past the current node's subtree: to the next node after it in document order, or null. */
export function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The nodes no other of them contains, each once: linear in the nodes times their depth. */
export function outermostOf(nodes: readonly Node[]): Node[] {
  const all = new Set(nodes);
  return [...all].filter((node) => {
    for (let current = node.parentNode; current; current = current.parentNode) if (all.has(current)) return false;
    return true;
  });
}

/** An inline `style` that hides the element. */
export const HIDDEN_INLINE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

type Checkable = Element & { checkVisibility?: (options?: object) => boolean };

/** Whether the document lays its elements out (a browser page), so computed styles can be asked. */
function isLaidOut(node: Node): boolean {
  return typeof (node as Checkable).checkVisibility === 'function' && Boolean(node.ownerDocument?.defaultView);
}

/**
 * Whether the element's contents are shown. `checkVisibility` answers for content-visibility only on
 * descendants of the element that has it: a block whose own content is skipped (`content-visibility:
 * hidden`) needs its computed style read. In a document that is not rendered (a parsed copy, the corpus
 * CLI's pages) nothing is laid out: only inline styles can tell.
 */
export function isRendered(block: Node): boolean {
  const element = block as Checkable;
  if (isLaidOut(element)) {
    const style = element.ownerDocument.defaultView!.getComputedStyle(element);
    if (!element.checkVisibility!({ visibilityProperty: true })) {
      // `display: contents` (framework wrappers, <slot>) has no box of its own but shows its content:
      // it is shown where its parent in the rendered tree is.
      if (style.display !== 'contents') return false;
      const parent = element.assignedSlot ?? element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null);
      return parent ? isRendered(parent) : true;
    }
    return style.contentVisibility !== 'hidden';
  }
  for (let current: Node | null = block; current && current.nodeType === ELEMENT_NODE; current = current.parentNode) {
    if (HIDDEN_INLINE.test((current as Element).getAttribute('style') ?? '')) return false;
  }
  return true;
}

/** `isRendered`, asked again only for a node other than the last one asked (see `lastAnswer`). */
export function cachedIsRendered(): (node: Node) => boolean {
  return lastAnswer(isRendered);
}

/**
 * Inline formatting that pages hardly ever hide (links, emphasis, quotations): asking each of them
 * whether it is shown cost more than the rest of the walk. Anything else inside a block (spans,
 * superscripts, custom elements, an element with its own style) is asked; a mention in an unasked
 * element that is hidden after all is dropped after matching (`isShownInBlock`).
 */
const PLAIN_INLINE_TAGS = bothCases(['A', 'B', 'I', 'EM', 'STRONG', 'U', 'S', 'CITE', 'Q', 'ABBR', 'TIME', 'MARK', 'DFN', 'VAR', 'BDI', 'BDO', 'WBR', 'CODE', 'SMALL']);

/**
 * `isRendered` for an inline element, first asked the one question that answers nearly all of them: a box
 * that is laid out and visible. (`isRendered` itself reads the computed style first, for the rare cases
 * `checkVisibility` alone gets wrong: `display: contents`, and a component whose content is skipped.)
 */
function isInlineShown(element: Element): boolean {
  if (!element.localName.includes('-') && (element as Checkable).checkVisibility!({ visibilityProperty: true })) return true;
  return isRendered(element);
}

function mayHideInline(element: Element, tag: string): boolean {
  if (BLOCK_TAGS.has(tag) || !element.firstChild) return false;
  return !PLAIN_INLINE_TAGS.has(tag) || element.hasAttribute('style');
}

/**
 * Whether a text node of a shown block is shown itself: an inline element between it and its block
 * may hide it (`display: none`, `visibility: hidden`). `shown` answers per element (callers cache it:
 * `isRendered`, which reads only inline styles in a document that is not laid out); a text layer's spans
 * are taken as shown.
 */
export function isShownInBlock(node: Text, block: Node, shown: (element: Element) => boolean): boolean {
  const parent = node.parentElement;
  if (!parent || parent === block) return true;
  if (isTextLayer(block)) return true;
  return shown(parent);
}

/**
 * What hides a block's text between two offsets (a mention): the block element itself when it is not
 * rendered, or the inline element around a part of the text that is not; null when the text is shown (a
 * text layer's always is). `shownBlock` and `shown` answer for the block and for inline elements (callers
 * cache each: see `cachedIsRendered`). A block was asked only whether it has a visible box when read
 * (see `CollectOptions.shownOnly`): this is what the annotator draws of what was matched, and what the
 * corpus CLI keeps.
 */
export function hiddenPartOf(
  block: TextBlock,
  start: number,
  end: number,
  shownBlock: (node: Element) => boolean = isRendered,
  shown: (node: Element) => boolean = isRendered,
): Element | null {
  if (isTextLayer(block.block)) return null;
  if (block.block.nodeType === ELEMENT_NODE && !shownBlock(block.block as Element)) return block.block as Element;
  const last = locate(block, end, true).index;
  for (let i = locate(block, start).index; i <= last; i += 1) {
    const node = block.nodes[i]!;
    if (!isShownInBlock(node, block.block, shown)) return node.parentElement;
  }
  return null;
}

/** Whether a block's text between two offsets is shown (`hiddenPartOf` finds nothing hiding it). */
export function isTextShown(block: TextBlock, start: number, end: number, shown: (node: Element) => boolean = isRendered): boolean {
  return hiddenPartOf(block, start, end, shown, shown) === null;
}

/**
 * Whether an element inside a block lays its content out on lines of its own (a `display: block` span, a
 * flex item): text on either side of it is then not one word. Only asked where two text nodes meet with
 * no whitespace between them, so ordinary inline markup costs nothing.
 */
function breaksLine(element: Element): boolean {
  const display = element.ownerDocument.defaultView!.getComputedStyle(element).display;
  return display !== '' && !display.startsWith('inline') && display !== 'contents' && display !== 'none';
}

/** Whether two adjacent text nodes of a block are laid out on different lines by an element between them. */
function lineBoxBetween(previous: Text, next: Text, block: Node): boolean {
  const ancestors = new Set<Node>();
  for (let current = previous.parentNode; current && current !== block; current = current.parentNode) ancestors.add(current);
  let common: Node | null = next.parentNode;
  for (; common && common !== block && !ancestors.has(common); common = common.parentNode) {
    if (common.nodeType === ELEMENT_NODE && breaksLine(common as Element)) return true;
  }
  for (let current = previous.parentNode; current && current !== common && current !== block; current = current.parentNode) {
    if (current.nodeType === ELEMENT_NODE && breaksLine(current as Element)) return true;
  }
  return false;
}

/**
 * Whether text right inside a shadow host is left out of the rendering (no slot takes it). A closed
 * root hides its slots (`assignedSlot` is null even for slotted text), so there the text's own boxes tell.
 */
export function isUnslottedHostText(text: Text, host: Element, shadowRootOf?: (element: Element) => ShadowRoot | null): boolean {
  if (host.shadowRoot) return !text.assignedSlot;
  if (!shadowRootOf || !host.localName.includes('-') || !shadowRootOf(host)) return false;
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  return range.getClientRects().length === 0;
}

export interface CollectOptions {
  /** Called for every open shadow root met on the way (the walker does not enter them). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * The longest text a block is read with, in characters: a longer block of many nodes comes out in
   * pieces of at most this many characters (cut between two nodes, each piece a block of the same
   * element; at most `MAX_PIECES` of them, the rest of the block one oversize piece); a single text node
   * longer than this (a 5 MB log in one node) is not collected: it comes out as a piece of its own marked
   * `oversize`, with no text (no giant string is built), and the block's other nodes are read as usual.
   */
  maxBlockChars?: number;
  /** Called for every block left out because it is not rendered (closed <details>, CSS-hidden). */
  onHiddenBlock?: (block: Node) => void;
  /** Called for every element whose subtree is skipped for `hidden` or `aria-hidden="true"`. */
  onHiddenElement?: (element: Element) => void;
  /**
   * Called for every custom element (a hyphen in its name, or an `is` attribute; defined or not) the walk enters, before its
   * content: how a reader learns of components still undefined without asking the whole document
   * (`querySelectorAll(':not(:defined)')` cost every page a quarter of a millisecond).
   */
  onCustomElement?: (element: Element) => void;
  /**
   * The shadow root of an element, open or closed (browser glue: closed roots are reachable only through
   * extension APIs). Asked for custom elements, the usual hosts of closed roots; by default `shadowRoot`.
   */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /**
   * Starts the walk at this text node instead of the root's start: the first node of a block an earlier
   * walk of the same root yielded. While the page is unchanged, the blocks from there on come out as that
   * walk gave them, so a caller that kept only the texts of a long page can find a block's nodes again
   * (see `PageAnnotator.annotate`) without holding every node meanwhile.
   */
  startAt?: Text;
  /**
   * Asks each block in full whether it is rendered now (`isRendered`: computed style too), for reading a
   * page as a reader sees it at one moment (saving it). Without it (annotation, see `readPage`) a block is
   * asked only whether it has a visible box, and the blocks that turn out to hold mentions are asked in
   * full when drawn. Either way a hidden block is left out (`onHiddenBlock`), and so is the text of a
   * hidden inline element inside a shown block (a name around it reads without it).
   */
  shownOnly?: boolean;
}

/** How many block elements found shown on entry a walk remembers (see `enteredShown` in `textBlocks`). */
const RECENT_ENTERED = 16;

/**
 * A walk's per-node memo: the answer for the last node asked. Blocks come in document order, so the
 * node asked again is almost always the last one. Not a Map: a node used as a key is given an identity
 * hash, after which the engine keeps its wrapper as long as the node lives; a cache of every block and
 * parent of a page of 50,000 table cells kept 60,000 wrappers (1.6 MB of a 3.1 MB heap).
 */
function lastAnswer<V>(answer: (node: Node) => V): (node: Node) => V {
  let asked: Node | null = null;
  let last!: V;
  return (node) => {
    if (node !== asked) {
      last = answer(node);
      asked = node;
    }
    return last;
  };
}


/**
 * At most this many pieces of `maxBlockChars` are read of one block (a 420,000-character transcript is read
 * whole at the default 200,000); the rest of a longer block is left alone, as one oversize piece.
 */
export const MAX_PIECES = 5;

/** Yielded every this many nodes inside a long block, so the caller can pause between slices. */
export const CHECKPOINT_NODES = 1000;

/** Yields text blocks one by one, so a caller can pause between them on long pages. */
export function* textBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock | null> {
  const doc = root.ownerDocument ?? (root as Document);
  const blockOfParent = lastAnswer((parent) => blockWithin(parent, root));
  const laidOut = isLaidOut(root.nodeType === ELEMENT_NODE ? root : (doc.documentElement ?? root));
  /** Whether each block is shown, asked once per block (inline elements are checked only in shown ones). */
  const blockShownNow = cachedIsRendered();
  /**
   * Whether a block's text is read: only a shown block's, for its words count for the whole page (a menu
   * the site's CSS hides, listing "Defence · Military · Technology", put a film review on topic: break-it
   * trial 33). `shownOnly` asks in full (`isRendered`). Annotation asks each block only the one question
   * that answers nearly all of them, a visible box (`checkVisibility`), and in full only when that says no
   * (`display: contents` shows its content): a block whose own content is skipped (`content-visibility:
   * hidden`, rare) is read, and its mentions are not drawn (`hiddenPartOf` asks in full). In a document
   * that is not laid out (the corpus CLI's) only inline styles can tell, as `isRendered` reads them.
   */
  const blockShown =
    options.shownOnly || !laidOut
      ? blockShownNow
      : lastAnswer((block) => block.nodeType !== ELEMENT_NODE || (block as Checkable).checkVisibility!({ visibilityProperty: true }) || isRendered(block));
  /**
   * Block elements found shown as the walk entered them: their text is not asked again when it ends. A
   * block element with no rendered box at all (`display: none`, content skipped) is skipped whole as it is
   * entered, and noted once (`onHiddenBlock`) however many blocks it holds: a hidden menu of 6,000 items is
   * one element to read once shown, where 5,000 were remembered and the rest forgotten (break-it trial
   * 33b), and it is never walked. One hidden only by `visibility` is entered (a child may be visible again)
   * and its own text asked when it ends; so is one `display: contents`. Not in a text layer, whose boxes
   * must not be asked (see `hiddenInShownBlock`), nor where only inline styles can tell.
   * Only the last few are kept (`RECENT_ENTERED`), in an array: not a Set, for the reason `lastAnswer`
   * gives (a Set of every cell of the 50,000-cell page kept 60,000 wrappers, 0.9 MB, for the page's life:
   * the regenerated benchmark, session 34). A block's text almost always follows its entry; one that does
   * not (a div's text after its last paragraph) is asked when it ends, as the blocks not entered are.
   */
  const enteredShown: Node[] = [];
  let entered = 0;
  const wasEnteredShown = (block: Node) => enteredShown.includes(block);
  const checkOnEntry = laidOut && !isInTextLayer(root);
  /**
   * Whether an inline element is hidden inside a shown block, so that its text is left out. Never asked in
   * a text layer, the PDF viewer's own, whose runs are all shown: asking each of its spans (hundreds a
   * page) forced the layout of pages just built, 45-53 ms in one task (trial 18g). The block is asked
   * only of a hidden element (rare where a block is shown).
   */
  const textLayer = lastAnswer(isTextLayer);
  const hiddenInShownBlock = (element: Element) => {
    const block = blockOf(element, root, blockOfParent);
    return !textLayer(block) && !isInlineShown(element) && blockShownNow(block);
  };
  const limit = options.maxBlockChars ?? Infinity;
  let current: TextBlock | null = null;
  /** Whether the open block's text ends in a non-space character (a word another run may continue). */
  let endsInWord = false;
  /** The parent of the last text node read into the open block. */
  let lastParent: Node | null = null;
  let seen = 0;
  /** Pieces of the open block read so far (see `MAX_PIECES`). */
  let piecesOfBlock = 0;
  /** A block (or the next piece of one) with no text yet, to make the open one. */
  const openPiece = (block: Node): TextBlock => {
    endsInWord = false;
    return { text: '', nodes: [], offsets: [], block };
  };
  const take = (): TextBlock | null => {
    const done = current;
    current = null;
    if (!done) return null;
    // An oversize block has no text to look at: it is reported (not read) when it shows, so the reader is
    // told of a block left out only where there is one to see.
    if (!done.oversize && !hasNonSpace(done.text)) return null;
    if (isTextLayer(done.block)) {
      // A text layer is the PDF viewer's own and always shown: no visibility check, which would force a
      // layout of the pages just built inside the annotation's time slice.
      done.text = joinBrokenLines(done.text);
      return done;
    }
    if ((!options.shownOnly && wasEnteredShown(done.block)) || blockShown(done.block)) return done;
    options.onHiddenBlock?.(done.block);
    return null;
  };

  // No filter callback: calling into JavaScript for every node from the native walker cost more than
  // the walk itself. Elements are judged here, and a skipped element's subtree is jumped over.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const afterSubtree = () => skipSubtree(walker);
  if (options.startAt) walker.currentNode = options.startAt;

  for (let node = options.startAt ?? walker.nextNode(); node; ) {
    seen += 1;
    if (seen % CHECKPOINT_NODES === 0) yield null;
    if (node.nodeType !== TEXT_NODE) {
      const element = node as Element;
      // Asked once: each read of a tag name is a call into the browser.
      const tag = element.tagName;
      if (isSkippedElement(element, tag)) {
        if (options.onHiddenElement && (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true')) options.onHiddenElement(element);
        node = afterSubtree();
        continue;
      }
      // (A custom element's tag name holds a hyphen, as its local name does.)
      const custom = tag.includes('-');
      // A customized built-in (`<div is="x-card">`) is a component too, known by its attribute.
      if (options.onCustomElement && (custom || (element.hasAttributes() && element.hasAttribute('is')))) options.onCustomElement(element);
      const shadow = element.shadowRoot ?? (custom && options.shadowRootOf ? options.shadowRootOf(element) : null);
      if (shadow && options.onShadowRoot) options.onShadowRoot(shadow);
      if (tag === 'BR' || tag === 'br') {
        // Not at the start of a piece: a piece begun after a node left out must read the same when walked
        // again from its first node (`startAt`).
        if (current && !(current as TextBlock).oversize && (current as TextBlock).nodes.length > 0) {
          (current as TextBlock).text += '\n';
          endsInWord = false;
        }
      } else if (checkOnEntry && BLOCK_TAGS.has(tag)) {
        if ((element as Checkable).checkVisibility!({ visibilityProperty: true })) enteredShown[entered++ % RECENT_ENTERED] = element;
        else if (!(element as Checkable).checkVisibility!() && element.ownerDocument.defaultView!.getComputedStyle(element).display !== 'contents') {
          options.onHiddenBlock?.(element);
          node = afterSubtree();
          continue;
        }
      } else if (laidOut && mayHideInline(element, tag) && hiddenInShownBlock(element)) {
        // A hidden inline element inside a shown block (a display: none span, a footnote marker): its text
        // is not on the page, and a name around it reads without it ("Shield<sup>1</sup> AI"). (Its block
        // is asked in full only then: see `hiddenInShownBlock`.)
        options.onHiddenElement?.(element);
        node = afterSubtree();
        continue;
      }
      node = walker.nextNode();
      continue;
    }
    const parent = node.parentNode as Element | null;
    // A text node whose parent is the last read one's passes the same checks as that one did.
    const sameParent: boolean = parent !== null && parent === lastParent && current !== null;
    if (!sameParent && parent && parent.nodeType === ELEMENT_NODE) {
      // Text right inside a shadow host shows only where a slot takes it; a closed <details> shows only its <summary>.
      if (isUnslottedHostText(node as Text, parent, options.shadowRootOf)) {
        node = walker.nextNode();
        continue;
      }
      if (parent.localName === 'details' && !parent.hasAttribute('open')) {
        options.onHiddenBlock?.(parent);
        node = walker.nextNode();
        continue;
      }
    }
    // Most text nodes share their parent with the one before: no lookup for them.
    const block: Node = sameParent ? (current as TextBlock).block : blockOf(node, root, blockOfParent);
    lastParent = parent;
    if (!current || block !== current.block) {
      const done = take();
      if (done) yield done;
      current = openPiece(block);
      piecesOfBlock = 0;
    }
    const open = current as TextBlock;
    const text = node as Text;
    // Read once: each read of a node's text is a call into the browser. (The browser hands its own string
    // over, not a copy, so a very long node costs nothing here.)
    const data = text.data;
    const length = data.length;
    // A PDF text layer's runs are positioned spans: their line ends are its <br>s, and a font change
    // inside a word ("Hel<span>sing</span>") must not split it.
    // (The block's text so far is never searched: it is a rope of appended pieces, and reading it would
    // flatten it at every node, quadratic in a paragraph's length. Its last character is tracked instead.)
    if (laidOut && endsInWord && !open.oversize && length > 0 && !isSpaceCode(data.charCodeAt(0)) && !textLayer(open.block)) {
      // Two runs of text meet with no space: a block-level element between them (a display: block span,
      // a flex item) still puts them on different lines, read as a line break like a <br>.
      if (lineBoxBetween(open.nodes[open.nodes.length - 1]!, text, open.block)) {
        open.text += '\n';
        endsInWord = false;
      }
    }
    // A text layer's run set apart (a footnote number after a name) starts a new word. (`endsInWord`, not
    // a test of the text: reading the rope's last character would flatten it at every node.)
    if (endsInWord && !open.oversize && open.nodes.length > 0 && textLayer(open.block) && text.parentElement?.hasAttribute(SET_APART_ATTRIBUTE)) open.text += ' ';
    // The rest of a block past its last piece (`MAX_PIECES`) is not read.
    if (open.oversize) {
      node = walker.nextNode();
      continue;
    }
    let piece = open;
    if (open.text.length + length > limit) {
      // A long block of many nodes (a page whose lines are <br>s in one <div>, a huge list item) is read
      // in pieces of at most `limit` characters, cut between two of its nodes: at worst a name across
      // a cut is missed, not the whole block. A walk again from a piece's first node (`startAt`) cuts
      // the same pieces.
      if (open.nodes.length > 0) {
        const done = take();
        if (done) yield done;
        piece = current = openPiece(open.block);
        piecesOfBlock += 1;
        if (piecesOfBlock >= MAX_PIECES) {
          // A block longer still (2 MB of machine output in a million nodes) is left alone from here: its
          // rest is one oversize piece, reported, never built.
          piece.oversize = true;
          node = walker.nextNode();
          continue;
        }
      }
      if (length > limit) {
        // One text node longer than the limit (a log dumped as one string): it alone is left out, reported
        // as an oversize piece, and the block goes on after it.
        piece.oversize = true;
        const done = take();
        if (done) yield done;
        current = openPiece(piece.block);
        node = walker.nextNode();
        continue;
      }
    }
    if (!piece.oversize) {
      piece.offsets.push(piece.text.length);
      piece.nodes.push(node as Text);
      piece.text += data;
      if (data.length > 0) endsInWord = !isSpaceCode(data.charCodeAt(data.length - 1));
    }
    node = walker.nextNode();
  }
  const last = take();
  if (last) yield last;
}

export function collectTextBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  return Array.from(textBlocks(root, options)).filter((block): block is TextBlock => block !== null && !block.oversize);
}

/** The text node and offset of a position in a block's text. */
export function locate(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number; index: number } {
  let low = 0;
  let high = block.offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = block.offsets[mid]!;
    if (start < offset || (!preferEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  const node = block.nodes[low]!;
  return { node, offset: Math.min(offset - block.offsets[low]!, node.data.length), index: low };
}
