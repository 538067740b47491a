/**
 * Deletes the IndexedDB databases whose name `remove` accepts. Where the browser lists databases
 * (`indexedDB.databases()`: Chromium, Safari, Firefox 126+) patterns work; elsewhere the literal names are
 * deleted. A deletion completes once every open connection closes: the browser sends those a `versionchange`
 * event, and a page that ignores it keeps the database until it closes. Never throws.
 */
export function deleteDatabases(remove: (name: string) => boolean, names: readonly string[]): void {
  try {
    const drop = (name: string | undefined) => name && remove(name) && indexedDB.deleteDatabase(name);
    if (indexedDB.databases) indexedDB.databases().then((list) => list.forEach(({ name }) => drop(name)), () => {});
    else names.filter((name) => !name.includes('*')).forEach(drop);
  } catch {
    // No IndexedDB (disabled, sandboxed): nothing of ours can be in it.
  }
}
