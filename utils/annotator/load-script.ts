/**
 * Loads one of the extension's own scripts into the content script's (isolated) world on first use and
 * returns what it left in `globalName`: how a web page gets code it needs only now and then (the
 * annotator once the page names something, the card UI, article extraction) without paying for it on
 * every page load. Loaded once per frame; rejects, and lets the next call try again, when the script
 * cannot be loaded (the extension was updated under an open page) or left nothing.
 */
export function scriptLoader<T>(url: () => string, globalName: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= (async () => {
      const slot = globalThis as unknown as Record<string, T | undefined>;
      if (!slot[globalName]) await import(/* @vite-ignore */ url());
      const exports = slot[globalName];
      if (!exports) throw new Error(`The script ${globalName} loaded without its exports`);
      return exports;
    })();
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}
