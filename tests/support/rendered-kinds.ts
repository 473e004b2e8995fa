/**
 * The page `rendered-kinds.html` in both browsers: what is highlighted at first (as
 * `<id of nearest element>:<text>`, see `placedHighlightTexts`), and each change the page's
 * `window.kinds` makes with what is highlighted after it.
 */
export const RENDERED_KINDS_INITIAL = [
  'block-lines:European DefenceFund',
  'closed-text:ARX Robotics',
  'copy-original:TEKEVER',
  'copy-original:drones',
  'flex-lines:ARXRobotics',
  'inline-hidden:NATO Innovation Fund',
  'lead:DIANA',
  'rehide-display:Shield AI',
  'rehide-visibility:Saronic',
];

export const RENDERED_KINDS_STEPS: readonly [string, (now: string[]) => string[]][] = [
  ['revealOwnContentVisibility', (now) => [...now, 'own-cv:Helsing']],
  ['revealInlineSpan', (now) => [...now, 'hidden-span:Anduril']],
  ['disableHidingSheet', (now) => [...now, 'sheet-text:Palantir']],
  ['renderCopyInShadow', (now) => [...now.filter((t) => !t.startsWith('copy-original:')), 'shadow-copy:DIANA', 'shadow-copy:TEKEVER', 'shadow-copy:drones']],
  ['rehideByDisplay', (now) => now.filter((t) => !t.startsWith('rehide-display:'))],
  ['rehideByVisibility', (now) => now.filter((t) => !t.startsWith('rehide-visibility:'))],
];

/** Runs inside the page: one of its changes by name. */
export function runKind(name: string): void {
  (window as unknown as { kinds: Record<string, () => void> }).kinds[name]!();
}
