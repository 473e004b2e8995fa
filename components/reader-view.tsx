import { useEffect, useRef } from 'preact/hooks';
import { AnnotationSurface } from '../utils/annotator/annotation-surface';
import { sanitizeArticleHtml } from '../utils/annotator/extract-article';
import { listenUntil } from '../utils/annotator/listen';
import type { EntityCardData } from '../utils/entity-card-data';
import type { Matcher } from '../utils/matcher/find-mentions';
import { localMatchPort } from '../utils/matcher/match-port';
import { createCardHost } from './card-host';
import { type Mute, type Settings, addMute, mutesItem, removeMute, settingsItem, withDefaults } from '../utils/settings';

interface Props {
  html: string;
  /** The saved article's address: the reader's site switches and corrections for it apply here too. */
  url: string;
  matcher: Matcher | null;
  loadCard(entityId: string): Promise<EntityCardData | null>;
}

/**
 * A saved article's sanitised HTML with the same annotation stack as on the web (highlights, cards, the
 * reader's settings and corrections). The HTML is sanitised again here, right before it is rendered,
 * whatever the library holds.
 */
export function ReaderView({ html, url, matcher, loadCard }: Props) {
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
    const controller = new AbortController();
    let surface: AnnotationSurface | undefined;
    const place = placeOf(url);
    void Promise.all([settingsItem.getValue(), mutesItem.getValue()]).then(([settings, mutes]: [Settings | null, Mute[] | null]) => {
      if (controller.signal.aborted) return;
      surface = new AnnotationSurface({
        doc: document,
        roots: () => [root],
        port: localMatchPort(matcher),
        createCard: createCardHost,
        settings: withDefaults(settings),
        mutes: mutes ?? [],
        place: () => place,
        loadCard,
        addMute,
        removeMute,
        signal: controller.signal,
        listen: listenUntil(controller.signal),
        live: false,
      });
      void surface.start();
    });
    const unwatchSettings = settingsItem.watch((value) => surface?.setSettings(withDefaults(value)));
    const unwatchMutes = mutesItem.watch((value) => surface?.setMutes(value ?? []));
    return () => {
      unwatchSettings();
      unwatchMutes();
      controller.abort();
    };
  }, [html, url, matcher, loadCard]);

  return <div class="reader-body" ref={container} />;
}

function placeOf(url: string): { host: string; href: string } {
  try {
    return { host: new URL(url).host, href: url };
  } catch {
    return { host: '', href: url };
  }
}
