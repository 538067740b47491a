import type { CategoryInfo, DeclaredStorage } from '../types';
import { deleteCookies } from './cookies';
import { deleteDatabases } from './databases';
import { clearStorage } from './storage';
import { QUEUE_PREFIX } from '../optout/queue';
import { matcher } from './patterns';

/**
 * Deletes what every category and service without consent declares: cookies (all path and domain variants),
 * web storage keys, IndexedDB databases. A name that a granted category or service also declares is kept, as are
 * the consent cookie and the event log's undelivered events (a declared `*` or `ck_*` must not lose an opt-out).
 * Third-party cookies are declared for disclosure only: a page cannot delete them.
 */
export function clearDenied(granted: (id: string) => boolean, categories: readonly CategoryInfo[], consentCookie: string): void {
  const denied: DeclaredStorage[] = [];
  const kept: DeclaredStorage[] = [];
  for (const category of categories) {
    (granted(category.id) ? kept : denied).push(category);
    for (const service of category.services) (granted(`${category.id}:${service.id}`) ? kept : denied).push(service);
  }
  // Most pages of most sites: nothing declared, nothing to read or touch.
  if (!denied.some(({ cookies, storage, indexedDB }) => cookies.length + storage.length + indexedDB.length)) return;
  const only = (names: (declared: DeclaredStorage) => string[]) => {
    const remove = matcher(denied.flatMap(names));
    const keep = matcher(kept.flatMap(names));
    return (name: string) => remove(name) && !keep(name);
  };
  const cookies = only(({ cookies }) => cookies.filter((cookie) => !cookie.thirdParty).map((cookie) => cookie.name));
  deleteCookies((name) => name !== consentCookie && cookies(name));
  for (const type of ['local', 'session'] as const) {
    const keys = only(({ storage }) => storage.filter((item) => (item.type ?? type) === type).map((item) => item.key));
    clearStorage(type, (key) => !key.startsWith(QUEUE_PREFIX) && keys(key));
  }
  const databases = ({ indexedDB }: DeclaredStorage) => indexedDB.map((database) => database.name);
  deleteDatabases(only(databases), denied.flatMap(databases));
}
