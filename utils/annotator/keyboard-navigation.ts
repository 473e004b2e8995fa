import type { PageMention } from './page-mention';

/** Alt+Shift+. and Alt+Shift+, step through mentions like find-in-page, opening each card. */
export function mentionStepFor(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  if (event.code === 'Period') return 1;
  if (event.code === 'Comma') return -1;
  return 0;
}

export function steppedMention(mentions: readonly PageMention[], current: PageMention | null, step: 1 | -1): PageMention | undefined {
  if (mentions.length === 0) return undefined;
  const index = current ? mentions.indexOf(current) : -1;
  const next = index === -1 ? (step === 1 ? 0 : mentions.length - 1) : (index + step + mentions.length) % mentions.length;
  return mentions[next];
}
