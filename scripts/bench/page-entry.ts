// Bundled into an IIFE and injected into every benchmark page: the project's real annotator modules
// plus the two comparison points (mark.js and a bare TreeWalker pass), driven from run-bench.ts.
import Mark from 'mark.js';
import { type Highlighter, createCssHighlighter } from '../../utils/annotator/highlighter';
import { MentionLookup } from '../../utils/annotator/mention-lookup';
import { MentionView } from '../../utils/annotator/mention-view';
import { watchMutations } from '../../utils/annotator/mutation-watcher';
import { PageAnnotator } from '../../utils/annotator/page-annotator';
import { toPageMentions } from '../../utils/annotator/page-mention';
import type { MatcherSpec } from '../../utils/matcher/alias-index';
import { type Matcher, compileMatcher } from '../../utils/matcher/find-mentions';
import { localMatchPort } from '../../utils/matcher/match-port';
import { collectTextBlocks } from '../../utils/page-text/collect-text-blocks';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { BENCH_GLOBAL, type BenchApi, type LongTask, type MutationResult } from './bench-api';

// mark.js's `exactly` only accepts whitespace around a term; these limiters also let a term sit
// next to punctuation, which is the closest it gets to the word boundaries our matcher uses.
const MARK_LIMITERS = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '’', '‘', '“', '”', '-', '–', '—', '/'];
// mark.js walks one call's term list by recursion (each term's `done` calls the next term), which
// overflows the stack on thousands of terms; one call per term also gives a point to stop at the
// time cap. Each term costs a full walk of the page either way.

let spec: MatcherSpec | undefined;
let matcher: Matcher | undefined;
// Kept reachable so the heap measured after a run includes what the annotator retains.
const retained: unknown[] = [];

const view = () => new MentionView(DEFAULT_SETTINGS, [], { host: location.host, href: location.href });
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function watchLongTasks(): { stop(): Promise<LongTask[]> } {
  const tasks: LongTask[] = [];
  const record = (entries: PerformanceEntryList) => {
    for (const entry of entries) tasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  };
  const observer = new PerformanceObserver((list) => record(list.getEntries()));
  const since = performance.now();
  observer.observe({ type: 'longtask' });
  return {
    async stop() {
      // Long-task entries are delivered after the task ends: let one more task run first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      record(observer.takeRecords());
      observer.disconnect();
      return tasks.filter((task) => task.startMs + task.durationMs >= since);
    },
  };
}

function highlightedCount(): number {
  let count = 0;
  CSS.highlights.forEach((highlight) => {
    count += highlight.size;
  });
  return count;
}

function needMatcher(): Matcher {
  if (!matcher) throw new Error('loadSpec first');
  return matcher;
}

const api: BenchApi = {
  async loadSpec(url, compile) {
    spec = (await (await fetch(url)).json()) as MatcherSpec;
    if (!compile) return { compileMs: 0, aliases: spec.aliases.length };
    const start = performance.now();
    matcher = compileMatcher(spec);
    return { compileMs: performance.now() - start, aliases: spec.aliases.length };
  },

  pageStats() {
    const blocks = collectTextBlocks(document.body);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    while (walker.nextNode()) textNodes += 1;
    return {
      elements: document.body.getElementsByTagName('*').length,
      textNodes,
      blocks: blocks.length,
      chars: blocks.reduce((sum, block) => sum + block.text.length, 0),
      texts: blocks.map((block) => block.text),
    };
  },

  async ours() {
    const compiled = needMatcher();
    const tasks = watchLongTasks();
    let first: number | undefined;
    const start = performance.now();
    const css = createCssHighlighter();
    const highlighter: Highlighter = {
      ...css,
      add(mentions) {
        css.add(mentions);
        if (first === undefined && mentions.length > 0) first = performance.now();
      },
    };
    const annotator = new PageAnnotator(localMatchPort(compiled), highlighter, new MentionLookup(), view());
    const mentions = await annotator.annotate([document.body]);
    const end = performance.now();
    await nextFrame();
    const painted = performance.now();
    retained.push(annotator);
    return {
      totalMs: end - start,
      firstHighlightMs: (first ?? end) - start,
      nextFrameMs: painted - start,
      mentions: mentions.length,
      highlighted: highlightedCount(),
      blocks: annotator.stats.blocks,
      longTasks: await tasks.stop(),
    };
  },

  async markjs(capMs) {
    if (!spec) throw new Error('loadSpec first');
    // Same alias list as ours; mark.js compares case-insensitively, so case variants are one term.
    // Sorted longest first, as mark.js sorts one call's terms, so calling per term keeps its precedence.
    const byFolded = new Map(spec.aliases.map((alias) => [alias.text.toLowerCase(), alias.text]));
    const terms = [...byFolded.values()].sort((a, b) => b.length - a.length);
    const tasks = watchLongTasks();
    const instance = new Mark(document.body);
    let marks = 0;
    let termsDone = 0;
    const start = performance.now();
    while (termsDone < terms.length && performance.now() - start < capMs) {
      instance.mark(terms[termsDone]!, {
        separateWordSearch: false,
        accuracy: { value: 'exactly', limiters: MARK_LIMITERS },
        caseSensitive: false,
        done: (count) => {
          marks += count;
        },
      });
      termsDone += 1;
    }
    const end = performance.now();
    await nextFrame();
    const painted = performance.now();
    return {
      ms: end - start,
      nextFrameMs: painted - start,
      timedOut: termsDone < terms.length,
      termsDone,
      terms: terms.length,
      marks,
      longTasks: await tasks.stop(),
    };
  },

  floor() {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      chars += (node as Text).data.length;
    }
    const ms = performance.now() - start;
    retained.push(nodes);
    return { ms, nodes: nodes.length, chars };
  },

  phases() {
    const compiled = needMatcher();
    const t0 = performance.now();
    const blocks = collectTextBlocks(document.body);
    const t1 = performance.now();
    const session = compiled.session();
    const scanned = session.scan(blocks.map((block) => block.text));
    const t2 = performance.now();
    const resolved = session.resolve(scanned);
    const t3 = performance.now();
    const found = blocks.flatMap((block, i) => (resolved[i]!.length > 0 ? toPageMentions(block, resolved[i]!) : []));
    const t4 = performance.now();
    const current = found.filter((m) => m.nodes.every((node) => node.isConnected) && m.range.toString() === m.surface);
    const t5 = performance.now();
    const mentionView = view();
    const visible = current.filter((m) => mentionView.admit(m));
    const t6 = performance.now();
    createCssHighlighter().add(visible);
    const t7 = performance.now();
    return {
      collectMs: t1 - t0,
      scanMs: t2 - t1,
      resolveMs: t3 - t2,
      rangesMs: t4 - t3,
      verifyMs: t5 - t4,
      viewMs: t6 - t5,
      highlightMs: t7 - t6,
      totalMs: t7 - t0,
    };
  },

  async mutation(variant, paragraphsUrl, batchSize, whitespace) {
    const compiled = needMatcher();
    const paragraphs = (await (await fetch(paragraphsUrl)).json()) as string[];
    const container = document.querySelector('article') ?? document.body;
    const annotator = new PageAnnotator(localMatchPort(compiled), createCssHighlighter(), new MentionLookup(), view());
    await annotator.annotate([document.body]);
    const mentionsBefore = annotator.mentions().length;
    const batches: string[] = [];
    // Server-rendered fragments put line breaks between elements; frameworks append bare elements.
    for (let i = 0; i < paragraphs.length; i += batchSize) batches.push(paragraphs.slice(i, i + batchSize).join(whitespace ? '\n' : ''));
    const durations: number[] = [];
    const tasks = watchLongTasks();
    const start = performance.now();
    if (variant === 'direct') {
      const observer = new MutationObserver(() => undefined);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      for (const batch of batches) {
        container.insertAdjacentHTML('beforeend', batch);
        const updateStart = performance.now();
        await annotator.update(observer.takeRecords());
        durations.push(performance.now() - updateStart);
        // Content arrives in separate tasks, as from a feed or infinite scroll.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      observer.disconnect();
    } else {
      await watchedAppends(annotator, container, batches, durations);
    }
    const end = performance.now();
    const result: MutationResult = {
      variant,
      whitespace,
      paragraphs: paragraphs.length,
      batches: batches.length,
      totalMs: end - start,
      updateMs: durations.reduce((sum, d) => sum + d, 0),
      maxUpdateMs: Math.max(0, ...durations),
      updates: durations.length,
      mentionsBefore,
      mentionsAfter: annotator.mentions().length,
      longTasks: await tasks.stop(),
    };
    retained.push(annotator);
    return result;
  },

  longTaskSupported() {
    return PerformanceObserver.supportedEntryTypes.includes('longtask');
  },
};

/**
 * The content script's own arrangement (entrypoints/annotator.content): the project's mutation
 * watcher with its production timings, feeding a queue that runs one annotation job at a time.
 * One batch is appended per animation frame, like a live feed; resolves once the job that saw the
 * last append has finished.
 */
async function watchedAppends(annotator: PageAnnotator, container: Element, batches: readonly string[], durations: number[]): Promise<void> {
  let lastAppend = Infinity;
  let settle: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    settle = resolve;
  });
  let chain: Promise<unknown> = Promise.resolve();
  const watcher = watchMutations(
    (records) => {
      const flushedAt = performance.now();
      chain = chain.then(async () => {
        const jobStart = performance.now();
        await annotator.update(records);
        durations.push(performance.now() - jobStart);
        if (flushedAt >= lastAppend) settle();
      });
    },
    { quietMs: 150, maxWaitMs: 600 },
  );
  watcher.observe(document.body);
  for (const batch of batches) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    container.insertAdjacentHTML('beforeend', batch);
  }
  lastAppend = performance.now();
  await settled;
  watcher.disconnect();
}

(window as unknown as Record<string, BenchApi>)[BENCH_GLOBAL] = api;
