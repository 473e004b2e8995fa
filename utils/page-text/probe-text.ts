import { CHECKPOINT_NODES, isBlockElement, isSkippedUnstyled } from './collect-text-blocks';

// DOM constants by value, as in collect-text-blocks.ts (this module is also tested over parsed documents).
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

export interface ProbeOptions {
  /** The shadow root of an element, open or closed (see `openOrClosedShadowRoot`); by default `shadowRoot`. */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /** Called for every shadow root read, so a watcher can observe it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/** One block's text as the first look reads it: `block` is the block element (or the walked root). */
export interface ProbeBlock {
  block: Node;
  text: string;
}

/**
 * The text under `root` for a first look, before anything heavier runs on the page: whether the page
 * names anything at all. One entry per block element, its runs of text joined (a name split by inline
 * markup stays whole; a `<br>` reads as a line break; runs on either side of a nested block are
 * separate lines), in document order, shadow roots' blocks after their host's.
 *
 * It reads more than annotation does and never less, so "no mention here" is a safe answer: no
 * rendering is asked (text hidden by the page's styles is read too, as are closed `<details>` and
 * editable regions); only what annotation skips whatever the styles (code, form fields, scripts, our UI,
 * `hidden` and `aria-hidden` subtrees) is left out. What it misses: a name whose middle is hidden by a
 * stylesheet ("Shield<span class=x>1</span> AI") on a page naming nothing else. No node lists, offsets
 * or style reads: a plain walk, about the cost of reading the text once.
 */
export function probeTexts(root: Node, options: ProbeOptions = {}): ProbeBlock[] {
  const walk = probeWalk(root, options);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * `probeTexts` in steps: yields every `CHECKPOINT_NODES` nodes, so a caller can pause between slices
 * on a large page, and returns the blocks.
 */
export function* probeWalk(root: Node, options: ProbeOptions = {}): Generator<void, ProbeBlock[]> {
  const byBlock = new Map<Node, string>();
  const shadows: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const blocks = new Map<Node, Node>();
  let block: Node | null = null;
  let text = '';
  const flush = () => {
    if (block && /\S/.test(text)) {
      const before = byBlock.get(block);
      byBlock.set(block, before === undefined ? text : `${before}\n${text}`);
    }
    text = '';
  };
  /** The nearest block element at or above a text node's parent (cached per parent), or the root. */
  const blockOf = (parent: Node): Node => {
    let found = blocks.get(parent);
    if (found) return found;
    found = root;
    for (let current: Node | null = parent; current && current !== root; current = current.parentNode) {
      if (isBlockElement(current)) {
        found = current;
        break;
      }
    }
    blocks.set(parent, found);
    return found;
  };
  const afterSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };
  let seen = 0;
  for (let node = walker.nextNode(); node; ) {
    if ((seen += 1) % CHECKPOINT_NODES === 0) yield;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isSkippedUnstyled(element)) {
        node = afterSubtree();
        continue;
      }
      const shadow = options.shadowRootOf ? options.shadowRootOf(element) : element.shadowRoot;
      if (shadow) shadows.push(shadow);
      if (element.localName === 'br') text += '\n';
      node = walker.nextNode();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const parent = node.parentNode;
      const own = parent ? blockOf(parent) : root;
      if (own !== block) {
        flush();
        block = own;
      }
      text += (node as Text).data;
    }
    node = walker.nextNode();
  }
  flush();
  const out = [...byBlock].map(([at, joined]) => ({ block: at, text: joined }));
  for (const shadow of shadows) {
    options.onShadowRoot?.(shadow);
    out.push(...(yield* probeWalk(shadow, options)));
  }
  return out;
}
