import { openDB, type IDBPDatabase } from 'idb';

/** An IndexedDB database of one out-of-line-keyed object store, opened once on first use. */
export function singleStoreDb(name: string, store: string): () => Promise<IDBPDatabase> {
  let db: Promise<IDBPDatabase> | null = null;
  return () => {
    db ??= openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore(store);
      },
    });
    return db;
  };
}
