import type { CardActions, CardContent, CardHost } from '../../components/card-host';

type CreateCardHost = (doc: Document, isDark: () => boolean) => CardHost;

/**
 * A card host whose UI loads when a card is first shown (see `page-ui.ts`). Until then it holds what
 * was asked of it; if the card was hidden before the UI arrived, nothing is shown. A failed load leaves
 * the page as it was and is tried again on the next card.
 */
export function lazyCardHost(load: () => Promise<CreateCardHost>, doc: Document, isDark: () => boolean): CardHost {
  let real: CardHost | null = null;
  let wanted: { anchor: Range; content: CardContent; options?: { focus?: boolean; actions?: CardActions } } | null = null;
  let loading = false;
  const ensure = () => {
    if (real || loading) return;
    loading = true;
    load().then(
      (create) => {
        loading = false;
        real = create(doc, isDark);
        if (wanted) real.show(wanted.anchor, wanted.content, wanted.options);
        wanted = null;
      },
      (error: unknown) => {
        loading = false;
        wanted = null;
        console.debug('[Defense Innovation Lens] the card could not load:', error);
      },
    );
  };
  return {
    show(anchor, content, options) {
      if (real) return real.show(anchor, content, options);
      wanted = { anchor, content, ...(options ? { options } : {}) };
      ensure();
    },
    update(content) {
      if (real) real.update(content);
      else if (wanted) wanted.content = content;
    },
    setActions(actions) {
      if (real) real.setActions(actions);
      else if (wanted) wanted.options = { ...wanted.options, actions };
    },
    hide() {
      if (real) real.hide();
      wanted = null;
    },
    isOpen: () => (real ? real.isOpen() : wanted !== null),
    contains: (event) => real?.contains(event) ?? false,
    isHostEvent: (event) => real?.isHostEvent(event) ?? false,
    box: () => real?.box() ?? null,
  };
}
