import { LensDatabase } from '../../utils/db/db';
import { builtBy } from '../../utils/build-id';
import { ActiveDataset } from './active-dataset';
import { installBundledDataset } from './bundled-dataset';
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
  const ready = installBundledDataset(db);
  const dataset = new ActiveDataset(db, ready, builtBy(browser.runtime.getManifest().version));
  // A dataset just installed (first run, extension update): compile its matcher now, not on the first page.
  void ready.then((result) => {
    if ('outcome' in result && (result.outcome === 'installed' || result.outcome === 'upgraded')) dataset.prepareNow();
  });
  registerDatasetHandlers(db, dataset);
  registerLibraryHandlers(db, dataset);
  registerDatasetUpdates(db, dataset);
  registerPageCommands();
  registerPdfViewerHandlers();
  registerReaderStateHandlers();
});
