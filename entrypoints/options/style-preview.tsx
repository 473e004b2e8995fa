import { useEffect, useRef } from 'preact/hooks';
import { highlightStyleCss } from '../../utils/annotator/highlight-style';
import type { Category } from '../../utils/dataset/schema';
import type { HighlightStyle } from '../../utils/settings';

const SAMPLE: [string, Category | null][] = [
  ['NATO', 'program'],
  ['’s ', null],
  ['DIANA', 'program'],
  [' accelerator backs ', null],
  ['TEKEVER', 'firm'],
  [' and start-ups in ', null],
  ['quantum sensing', 'edt'],
  ['.', null],
];

/** A sample sentence highlighted live in the chosen style, with the same CSS the pages get. */
export function StylePreview({ style }: { style: HighlightStyle }) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const root = paragraph.current;
    if (!root || typeof Highlight !== 'function') return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightStyleCss(style));
    document.adoptedStyleSheets = [sheet];
    const byCategory = new Map<Category, Highlight>();
    Array.from(root.childNodes).forEach((node, i) => {
      const category = SAMPLE[i]?.[1];
      if (!category) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (!byCategory.has(category)) byCategory.set(category, new Highlight());
      byCategory.get(category)!.add(range);
    });
    for (const [category, highlight] of byCategory) CSS.highlights.set(`defense-innovation-lens-${category}`, highlight);
    return () => {
      for (const category of byCategory.keys()) CSS.highlights.delete(`defense-innovation-lens-${category}`);
    };
  }, [style]);
  return (
    <p class="preview" ref={paragraph} aria-label="Preview of the highlight style" data-testid="style-preview">
      {SAMPLE.map(([text]) => (
        <span key={text}>{text}</span>
      ))}
    </p>
  );
}
