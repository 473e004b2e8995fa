/** A small bar chart of mentions per month (a picture, with a text alternative for screen readers). */
export function MentionsTimeline({ months, label }: { months: { month: string; count: number }[]; label: string }) {
  if (months.length === 0) return null;
  const width = 640;
  const height = 140;
  const barArea = height - 28;
  const max = Math.max(1, ...months.map((m) => m.count));
  const step = width / months.length;
  const summary = months.map((m) => `${m.month}: ${m.count}`).join(', ');
  return (
    <svg class="timeline" viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${label}. ${summary}`}>
      {months.map((m, i) => {
        const h = (m.count / max) * (barArea - 14);
        return (
          <g key={m.month}>
            <rect x={i * step + step * 0.15} y={barArea - h} width={step * 0.7} height={h}>
              <title>{`${m.month}: ${m.count}`}</title>
            </rect>
            {m.count > 0 ? (
              <text x={i * step + step / 2} y={barArea - h - 3} text-anchor="middle">
                {m.count}
              </text>
            ) : null}
            {months.length <= 24 || i % Math.ceil(months.length / 12) === 0 ? (
              <text x={i * step + step / 2} y={height - 8} text-anchor="middle">
                {m.month}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
