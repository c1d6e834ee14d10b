/**
 * A transaction held open on a journal from a connection of its own (as another tab's long write
 * would): it keeps itself alive with one small read after another until released, so anything of
 * the journal that needs those stores waits behind it, for as long as the test likes.
 */

/** A readwrite transaction on `stores` of database `name`, held until `release()` (which resolves once it has finished). */
export async function holdTransaction(name: string, stores: string[]): Promise<{ release: () => Promise<void> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(stores, 'readwrite');
  const finished = new Promise<void>((resolve) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => resolve();
  });
  let held = true;
  const spin = () => {
    const request = tx.objectStore(stores[0]!).count();
    request.onsuccess = () => {
      if (held) spin();
    };
  };
  spin();
  return {
    release: async () => {
      held = false;
      await finished;
      db.close();
    },
  };
}
