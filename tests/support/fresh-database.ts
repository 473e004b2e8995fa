import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { LensDatabase } from '../../utils/db/db';

/** A new, empty LensDatabase per call (fake-indexeddb), closed and deleted after each test. */
export function useFreshDatabases(prefix: string): (name?: string) => LensDatabase {
  const open: LensDatabase[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return (name = `${prefix}-${Math.random()}`) => {
    const db = new LensDatabase(name);
    open.push(db);
    return db;
  };
}
