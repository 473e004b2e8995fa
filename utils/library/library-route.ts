/**
 * The library page's address fragment: which view is open. One place writes and reads it, so links from
 * the save toast, the popup and the library's own lists agree.
 *
 * Shapes: `#` → the list; `#article:<URL-encoded article URL>`; `#entity:<URL-encoded entity id>`.
 */
export type LibraryRoute = { view: 'list' } | { view: 'article'; url: string } | { view: 'entity'; id: string };

/** The fragment (without `#`) for a route. */
export function routeHash(route: LibraryRoute): string {
  if (route.view === 'list') return '';
  return `${route.view}:${encodeURIComponent(route.view === 'article' ? route.url : route.id)}`;
}

/** Reads a fragment (with or without `#`); anything unknown or malformed is the list. */
export function parseRouteHash(hash: string): LibraryRoute {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return { view: 'list' };
  }
  const [view, value] = decoded.split(/:(.*)/s);
  if (view === 'article' && value) return { view: 'article', url: value };
  if (view === 'entity' && value) return { view: 'entity', id: value };
  return { view: 'list' };
}
