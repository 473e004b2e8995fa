/** Where find stands: the current result (1-based; 0 before the first step), of how many, on which page. */
export interface FindPosition {
  index: number;
  total: number;
  page?: number;
}

/**
 * The find box's status line. While pages are still being read or searched, results can only grow, and
 * the line says the count is so far (find searches again as each batch of pages arrives); with nothing
 * found yet, it says which of the two it is still doing (`searching`: pages read but not all searched).
 */
export function findStatusText(query: string, position: FindPosition | null, stillReading: boolean, searching = false): string {
  if (!query.trim()) return '';
  if (!position || position.total === 0) return searching ? 'Searching…' : stillReading ? 'Not found yet (reading pages…)' : 'Not found';
  const where = position.index > 0 ? `${position.index} of ${position.total}` : `${position.total} found`;
  return `${where}${stillReading || searching ? ' so far' : ''}${position.page ? ` (page ${position.page})` : ''}`;
}
