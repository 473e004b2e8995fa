import { CHECKPOINT_NODES, HIDDEN_INLINE, blockWithin, isBlockElement, isNeverRead, skipSubtree } from './collect-text-blocks';
import { hasNonSpace, isSpaceCode } from './white-space';

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
 * names anything at all. One string per run of text in a block element (a `<br>` reads as a line break;
 * text on either side of a nested block is two runs, as annotation reads it), in document order, shadow
 * roots' texts after their host's.
 *
 * Nothing is rendered or styled here, so the first look cannot know what annotation will read; it reads
 * each run both ways where they differ, so that whatever the styles, annotation's reading is covered:
 * - with everything in it, the pieces joined (a name split by inline markup, "TEKE<b>VER</b>", stays
 *   whole), text hidden by `hidden`, `aria-hidden` or an inline style included (it may be shown later,
 *   or by the page's CSS); a hidden block is read as runs of its own;
 * - and again without the hidden inline parts, a line break wherever two pieces meet with no space
 *   between them (links laid out as a row of blocks: "Anduril" and "Palantir", not "AndurilPalantir").
 * Text hidden by a stylesheet is read (it may be shown), as are closed `<details>` and editable regions.
 * Left out: what annotation never reads (code, form fields, scripts, styles, our UI). The background
 * matches these texts leaving out the rules that more text can only turn a name down with
 * (`session({ probe: true })`). What it still misses: a word broken by a hidden piece with no space on
 * either side ("TEKE<span class=x>x</span>VER").
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
 * on a large page, and after every block read, so a caller that stops at so many characters stops
 * there (a 10,000-word article has fewer nodes than a checkpoint: it was read to its end and sent whole
 * before its first part was asked about). Returns the texts. The texts are pushed into `texts` as they
 * are read (the returned array): a caller may read (or send) the ones so far at any pause.
 */
export function* probeWalk(root: Node, options: ProbeOptions = {}, texts: string[] = []): Generator<void, string[]> {
  const shadows: ShadowRoot[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  // Closed roots are asked for on custom elements only, as annotation asks (`textBlocks`): asking the
  // extension API for every element cost 9 ms on a page of 50,000 cells.
  const shadowOf = (element: Element) =>
    element.shadowRoot ?? (options.shadowRootOf && element.localName.includes('-') ? options.shadowRootOf(element) : null);
  // The walker visits the root's descendants only: a root that hosts a shadow root (a component read
  // again once defined) is asked here.
  if (root.nodeType === ELEMENT_NODE) {
    const own = shadowOf(root as Element);
    if (own) shadows.push(own);
  }
  /** The block of the current run, and the parent of its last text node (most runs share one parent). */
  let block: Node | null = null;
  let lastParent: Node | null = null;
  /** The run with everything in it, joined; the run as shown at the most, split where pieces meet. */
  let all = '';
  let shown = '';
  let differs = false;
  let endsInWord = false;
  /**
   * Whether `all` and `shown` hold a non-space character, noted as pieces are appended: testing the
   * joined run would flatten it (a rope of many pieces) at every flush.
   */
  let allHasText = false;
  let shownHasText = false;
  const flush = () => {
    if (allHasText) texts.push(all);
    if (differs && shownHasText) texts.push(shown);
    all = '';
    shown = '';
    differs = false;
    endsInWord = false;
    allHasText = false;
    shownHasText = false;
  };
  const afterSubtree = () => skipSubtree(walker);
  let seen = 0;
  let read = texts.length;
  for (let node = walker.nextNode(); node; ) {
    if ((seen += 1) % CHECKPOINT_NODES === 0 || texts.length !== read) {
      read = texts.length;
      yield;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (isNeverRead(element)) {
        node = afterSubtree();
        continue;
      }
      if (isHiddenUnstyled(element)) {
        // Read on its own; a hidden piece inside a run joins only the run read with everything in it.
        const inner = probeTexts(element, options);
        if (isBlockElement(element) || inner.length > 1) {
          flush();
          lastParent = null;
          texts.push(...inner);
        } else if (inner.length === 1) {
          all += inner[0];
          allHasText = true;
          differs = true;
        }
        node = afterSubtree();
        continue;
      }
      const shadow = shadowOf(element);
      if (shadow) shadows.push(shadow);
      if (element.localName === 'br') {
        all += '\n';
        shown += '\n';
        endsInWord = false;
      } else if (isBlockElement(element)) {
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
        const own = parent ? blockWithin(parent, root) : root;
        if (own !== block) {
          flush();
          block = own;
        }
      }
      const data = (node as Text).data;
      if (data.length > 0) {
        const hasText = hasNonSpace(data);
        allHasText ||= hasText;
        shownHasText ||= hasText;
        all += data;
        if (endsInWord && !isSpaceCode(data.charCodeAt(0))) {
          shown += '\n';
          differs = true;
        }
        shown += data;
        endsInWord = !isSpaceCode(data.charCodeAt(data.length - 1));
      }
    }
    node = walker.nextNode();
  }
  flush();
  for (const shadow of shadows) {
    options.onShadowRoot?.(shadow);
    yield* probeWalk(shadow, options, texts);
  }
  return texts;
}

/** Hidden by an attribute or an inline style: shown later, or by the page's CSS, perhaps. */
function isHiddenUnstyled(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || HIDDEN_INLINE.test(element.getAttribute('style') ?? '');
}

