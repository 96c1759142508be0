/**
 * Ask the browser to keep the extension's storage under pressure. With `unlimitedStorage` Chrome and Firefox
 * grant it without a prompt; where the API is missing (a service worker has no `persist`) or the browser says
 * no (Firefox for Android may), notes are still kept, only without the guarantee. Returns what the browser says.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage || typeof storage.persisted !== 'function') return false;
  try {
    if (await storage.persisted()) return true;
    return typeof storage.persist === 'function' ? await storage.persist() : false;
  } catch {
    return false;
  }
}
