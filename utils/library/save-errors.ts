/** What the reader is told when a save fails: what happened, and that the library is intact. */
export function describeSaveError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: the browser’s storage for the extension is full. Your earlier articles are intact.';
  }
  if (/Receiving end does not exist|Could not establish connection/i.test(String((error as Error)?.message))) {
    return 'Not saved: this page cannot be read by the extension (reload it, or it is a browser page).';
  }
  return `Not saved: ${(error as Error)?.message ?? String(error)}`;
}
