import { useEffect, useRef } from 'preact/hooks';
import { createCardHost } from './card-host';
import type { CardContent } from './card-host';
import { sanitizeArticleHtml } from '../utils/annotator/extract-article';
import { createCssHighlighter, createMarkHighlighter, supportsCssHighlights } from '../utils/annotator/highlighter';
import { attachHoverCards } from '../utils/annotator/hover-cards';
import { MentionLookup } from '../utils/annotator/mention-lookup';
import { MentionView } from '../utils/annotator/mention-view';
import { PageAnnotator } from '../utils/annotator/page-annotator';
import { isPageDark } from '../utils/annotator/page-theme';
import type { EntityCardData } from '../utils/entity-card-data';
import type { Matcher } from '../utils/matcher/find-mentions';
import { DEFAULT_SETTINGS } from '../utils/settings';

interface Props {
  html: string;
  matcher: Matcher | null;
  loadCard(entityId: string): Promise<EntityCardData | null>;
}

/**
 * A saved article's sanitised HTML with the same highlights and cards as on the web. The HTML is
 * sanitised again here, right before it is rendered, whatever the library holds.
 */
export function ReaderView({ html, matcher, loadCard }: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const parsed = new DOMParser().parseFromString(`<body>${sanitizeArticleHtml(html)}</body>`, 'text/html');
    root.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
    for (const link of Array.from(root.querySelectorAll('a'))) {
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
    if (!matcher) return;
    const highlighter = supportsCssHighlights() ? createCssHighlighter() : createMarkHighlighter();
    const lookup = new MentionLookup();
    const annotator = new PageAnnotator(matcher, highlighter, lookup, new MentionView(DEFAULT_SETTINGS, [], { host: '', href: '' }));
    const card = createCardHost(document, () => isPageDark(document));
    const cleanups: (() => void)[] = [];
    const listen = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) => {
      target.addEventListener(type, listener, options);
      cleanups.push(() => target.removeEventListener(type, listener, options));
    };
    const hover = attachHoverCards(
      document,
      lookup,
      highlighter,
      card,
      {
        openDelayMs: () => DEFAULT_SETTINGS.hoverDelayMs,
        closeDelayMs: 300,
        loadCard: async (entityId): Promise<CardContent> => {
          const data = await loadCard(entityId);
          return data ? { state: 'ready', data } : { state: 'missing' };
        },
        actionsFor: (mention) => ({
          mention: { surface: mention.surface, alias: mention.alias, rule: mention.rule, count: annotator.mentions().filter((m) => m.entityId === mention.entityId).length },
        }),
      },
      listen,
    );
    void annotator.annotate([root]);
    return () => {
      hover.close();
      annotator.reset();
      for (const cleanup of cleanups) cleanup();
    };
  }, [html, matcher, loadCard]);

  return <div class="reader-body" ref={container} />;
}
