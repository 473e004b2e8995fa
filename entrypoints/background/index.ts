import { LensDatabase } from '../../utils/db/db';
import { installDataset } from '../../utils/db/install-dataset';
import { builtBy } from '../../utils/build-id';
import { SHIPPED_BUNDLE_PATH, readGzipJson } from '../../utils/dataset/shipped-bundle';
import { ActiveDataset } from './active-dataset';
import { registerDatasetHandlers } from './dataset-handlers';
import { registerDatasetUpdates } from './dataset-updates';
import { registerLibraryHandlers } from './library-handlers';
import { registerPageCommands } from './page-commands';
import { registerPdfViewerHandlers } from './pdf-viewer-handlers';
import { registerReaderStateHandlers } from './reader-state-handlers';

export default defineBackground(() => {
  const db = new LensDatabase();
  // Runs at every service-worker start, which covers install and update too; installDataset is
  // idempotent, so the bundled dataset is stored once and replaces only an older one.
  // The build writes the compressed bundle, which is not among the public files WXT types getURL with.
  const ready = fetch((browser.runtime.getURL as (path: string) => string)(SHIPPED_BUNDLE_PATH))
    .then(readGzipJson)
    .then((bundle: unknown) => installDataset(db, bundle))
    .catch((error: unknown) => {
      console.error('[Defense Innovation Lens] bundled dataset not installed:', error instanceof Error ? `${error.name}: ${error.message}` : error);
    });
  const dataset = new ActiveDataset(db, ready, builtBy(browser.runtime.getManifest().version));
  // A dataset just installed (first run, extension update): compile its matcher now, not on the first page.
  void ready.then((outcome) => {
    if (outcome === 'installed' || outcome === 'upgraded') dataset.prepareNow();
  });
  registerDatasetHandlers(db, dataset);
  registerLibraryHandlers(db, dataset);
  registerDatasetUpdates(db, dataset);
  registerPageCommands();
  registerPdfViewerHandlers();
  registerReaderStateHandlers();
});
