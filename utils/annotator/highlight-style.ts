import type { Category } from '../dataset/schema';
import type { HighlightStyle } from '../settings';

const COLOURS: Record<Category, { background: string; line: string; decoration: string }> = {
  program: { background: 'rgb(59 130 246 / 0.2)', line: 'rgb(37 99 235 / 0.9)', decoration: 'solid' },
  firm: { background: 'rgb(249 115 22 / 0.2)', line: 'rgb(234 88 12 / 0.95)', decoration: 'dotted' },
  edt: { background: 'rgb(16 185 129 / 0.2)', line: 'rgb(5 150 105 / 0.95)', decoration: 'dashed' },
};

/**
 * The page-level CSS for the chosen highlight style. It is applied as an adopted stylesheet of the
 * document, which changes no node of the page (nothing for its framework to trip over).
 */
export function highlightStyleCss(style: HighlightStyle): string {
  return (Object.keys(COLOURS) as Category[])
    .map((category) => {
      const { background, line, decoration } = COLOURS[category];
      const bg = style === 'underline' ? 'transparent' : background;
      const underline = style === 'background' ? 'none' : `underline 2px ${decoration} ${line}`;
      return `::highlight(defense-innovation-lens-${category}) { background-color: ${bg}; text-decoration: ${underline}; text-underline-offset: 3px; }
mark.defense-innovation-lens-mark[data-category='${category}'] { background-color: ${bg}; text-decoration: ${underline}; text-underline-offset: 3px; }
.defense-innovation-lens-box[data-category='${category}'] > * { background-color: ${bg}; border-bottom: ${style === 'background' ? 'none' : `2px ${decoration} ${line}`}; }`;
    })
    .join('\n');
}
