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

/**
 * The text under `root` for a first look, before anything heavier runs on the page: whether the page
 * names anything at all. One string per run of text in a block element (a name split by inline markup
 * stays whole; a `<br>` reads as a line break; text on either side of a nested block is two runs, as
 * annotation reads it), in document order, shadow roots' texts after their host's.
 *
 * It reads more than annotation does and never less, so "no mention here" is a safe answer: no
 * rendering is asked (text hidden by the page's styles is read too, as are closed `<details>` and
 * editable regions); only what annotation skips whatever the styles (code, form fields, scripts, our UI,
 * `hidden` and `aria-hidden` subtrees) is left out. What it misses: a name whose middle is hidden by a
 * stylesheet ("Shield<span class=x>1</span> AI") on a page naming nothing else. No node lists, offsets,
 * maps or style reads: it runs on every page, as cold code, so it does as little per node as it can.
 */
export function probeTexts(root: Node, options: ProbeOptions = {}): string[] {
  const walk = probeWalk(root, options);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * `probeTexts` in steps: yields every `CHECKPOINT_NODES` nodes, so a caller can pause between slices
 * on a large page, and returns the texts.
 */
export function* probeWalk(root: Node, options: ProbeOptions = {}): Generator<void, string[]> {
  const texts: string[] = [];
  const shadows: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  /** The block of the current run, and the parent of its last text node (most runs share one parent). */
  let block: Node | null = null;
  let lastParent: Node | null = null;
  let text = '';
  const flush = () => {
    if (text.length > 0 && NON_SPACE.test(text)) texts.push(text);
    text = '';
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
      else if (isBlockElement(element)) {
        // A nested block starts: the run before it ends here.
        flush();
        lastParent = null;
      }
      node = walker.nextNode();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const parent = node.parentNode;
      if (parent !== lastParent) {
        lastParent = parent;
        let own: Node = root;
        for (let current = parent; current && current !== root; current = current.parentNode) {
          if (isBlockElement(current)) {
            own = current;
            break;
          }
        }
        if (own !== block) {
          flush();
          block = own;
        }
      }
      text += (node as Text).data;
    }
    node = walker.nextNode();
  }
  flush();
  for (const shadow of shadows) {
    options.onShadowRoot?.(shadow);
    texts.push(...(yield* probeWalk(shadow, options)));
  }
  return texts;
}

const NON_SPACE = /\S/;
