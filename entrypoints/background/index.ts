import { LensDatabase } from '../../utils/db/db';
import { installDataset } from '../../utils/db/install-dataset';
import { onMessage } from '../../utils/messaging';
import { registerDatasetHandlers } from './dataset-handlers';
import { registerLibraryHandlers } from './library-handlers';

export default defineBackground(() => {
  const db = new LensDatabase();
  // Runs at every service-worker start, which covers install and update too; installDataset is
  // idempotent, so the dataset is stored once and replaced only by a newer version.
  const ready = fetch(browser.runtime.getURL('/dataset-bundle.json'))
    .then((response) => response.json())
    .then((bundle: unknown) => installDataset(db, bundle))
    .catch((error: unknown) => {
      console.error('[Defense Innovation Lens] bundled dataset not installed:', error);
    });
  registerDatasetHandlers(onMessage, db, ready);
  registerLibraryHandlers(db, ready);
});
