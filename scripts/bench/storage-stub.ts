// Stands in for `wxt/utils/storage` in the page bundle: the benchmark pages are plain web pages
// with no extension storage, and only the settings defaults (not the stored items) are needed.
export const storage = {
  defineItem: () => ({}),
};
