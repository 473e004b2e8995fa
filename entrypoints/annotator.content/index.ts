import './highlights.css';
import { compileMatcher } from '../../utils/matcher/find-mentions';
import { sendMessage } from '../../utils/messaging';
import { annotatePage } from './annotate-page';
import { type CardContent, createCardHost } from './card-host';
import { createCssHighlighter, createMarkHighlighter, supportsCssHighlights } from './highlighter';
import { attachHoverCards } from './hover-cards';
import { mentionStepFor, steppedMention } from './keyboard-navigation';
import { MentionLookup } from './mention-lookup';
import type { PageMention } from './page-mention';
import { isPageDark } from './page-theme';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const { aliases } = await sendMessage('getAliasIndex', undefined);
      if (ctx.isInvalid || aliases.length === 0 || !document.body) return;
      const matcher = compileMatcher(aliases);
      const highlighter = supportsCssHighlights() ? createCssHighlighter() : createMarkHighlighter();
      const lookup = new MentionLookup();
      annotatePage(document.body, matcher, highlighter, lookup);

      const cards = new Map<string, Promise<CardContent>>();
      const loadCard = (entityId: string) => {
        let content = cards.get(entityId);
        if (!content) {
          content = sendMessage('getEntityCard', entityId).then(
            (data): CardContent => (data ? { state: 'ready', data, matchedAlias: '' } : { state: 'missing' }),
            (): CardContent => ({ state: 'missing' }),
          );
          cards.set(entityId, content);
        }
        return content;
      };
      const card = createCardHost(document, () => isPageDark(document));
      const listen = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) =>
        ctx.addEventListener(target as Window, type as keyof WindowEventMap, listener, options);
      const hover = attachHoverCards(document, lookup, highlighter, card, { openDelayMs: 350, closeDelayMs: 300, loadCard }, listen);

      let current: PageMention | null = null;
      listen(
        document,
        'keydown',
        (event) => {
          const step = mentionStepFor(event as KeyboardEvent);
          if (step === 0) return;
          const next = steppedMention(lookup.all(), current, step);
          if (!next) return;
          event.preventDefault();
          current = next;
          next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          hover.openFor(next, true);
        },
        { capture: true },
      );

      ctx.onInvalidated(() => {
        hover.close();
        highlighter.clear();
        lookup.clear();
      });
    } catch (error) {
      // A page we cannot annotate must still work: never let an error escape into it.
      console.debug('[Defense Innovation Lens] not annotating this page:', error);
    }
  },
});
