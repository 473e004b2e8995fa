import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';

/** Renders an Observable Plot figure into a container, replacing it when its inputs change. */
function PlotFigure({ make, label }: { make: () => Element; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = make();
    container.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [make]);
  return <div class="chart" role="group" aria-label={label} ref={container} />;
}

/**
 * Articles and mentions per month of publication, as grouped bars with labelled axes (Observable Plot).
 * Months with nothing stay on the axis, so gaps show.
 */
export function MentionsTimelineChart({ months, name }: { months: { month: string; articles: number; mentions: number }[]; name: string }) {
  if (months.length === 0) return null;
  const rows = months.flatMap((m) => [
    { month: m.month, measure: 'Articles', value: m.articles },
    { month: m.month, measure: 'Mentions', value: m.mentions },
  ]);
  const most = Math.max(1, ...months.map((m) => Math.max(m.articles, m.mentions)));
  const make = () =>
    Plot.plot({
      width: Math.max(360, Math.min(900, months.length * 70)),
      height: months.length > 8 ? 250 : 220,
      marginBottom: months.length > 8 ? 78 : 48,
      color: { legend: true, domain: ['Articles', 'Mentions'], range: ['#94a3b8', '#1d4ed8'] },
      fx: { label: 'Month of publication', labelOffset: months.length > 8 ? 72 : 40, tickRotate: months.length > 8 ? -40 : 0, padding: 0.15 },
      x: { axis: null, domain: ['Articles', 'Mentions'] },
      // Whole numbers only: a count of 0.5 articles means nothing.
      y: { label: 'Count', grid: true, ticks: Math.min(most, 5), tickFormat: 'd' },
      marks: [
        Plot.barY(rows, { fx: 'month', x: 'measure', y: 'value', fill: 'measure', title: (d: (typeof rows)[number]) => `${d.month}: ${d.value} ${d.measure.toLowerCase()}` }),
        Plot.text(rows, { fx: 'month', x: 'measure', y: 'value', text: (d: (typeof rows)[number]) => (d.value > 0 ? String(d.value) : ''), dy: -6, fontSize: 10 }),
        Plot.ruleY([0]),
      ],
    });
  return <PlotFigure make={make} label={`Articles and mentions of ${name} per month of publication`} />;
}

/** The entities most often in the same articles, as bars that open each entity's view. */
export function CoMentionsChart({ items, href }: { items: { id: string; name: string; articles: number }[]; href: (id: string) => string }) {
  if (items.length === 0) return null;
  const make = () =>
    Plot.plot({
      width: 640,
      height: 40 + items.length * 26,
      marginLeft: 220,
      x: { label: 'Articles mentioning both', grid: true, ticks: Math.min(Math.max(...items.map((i) => i.articles)), 5), tickFormat: 'd' },
      // A long name is cut to what the margin holds, at a word, with "…" (its bar's title has it whole): cut by
      // the margin it lost its start ("…fense Advanced Research Projects Agency": a newcomer's trial, session 28).
      y: { label: null, domain: items.map((i) => i.name), tickFormat: (name: string) => shortLabel(name) },
      marks: [
        Plot.barX(items, { x: 'articles', y: 'name', fill: '#1d4ed8', href: (d: (typeof items)[number]) => href(d.id), title: (d: (typeof items)[number]) => `${d.name}: ${d.articles} article(s) — open` }),
        Plot.text(items, { x: 'articles', y: 'name', text: (d: (typeof items)[number]) => String(d.articles), dx: 8, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    });
  return <PlotFigure make={make} label="Entities most often mentioned in the same articles" />;
}

/** A chart's axis label of at most `max` characters: cut at a word where it can be, with "…". */
export function shortLabel(name: string, max = 32): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:&–—-]+$/u, '')}…`;
}
