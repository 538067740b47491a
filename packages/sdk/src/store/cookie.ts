import Cookies from 'js-cookie';
import type { RecordStore } from './types';

/** Where the consent cookie is written. */
export interface CookieStoreOptions {
  /** Cookie name. */
  name: string;
  /** Domain to share the cookie across subdomains. @default the current host only */
  domain?: string;
  /** @default '/' */
  path?: string;
}

/**
 * Keeps the record in a first-party cookie: `SameSite=Lax` (sent on top-level navigations, so the server sees
 * the choice), `Secure` on https. Reads and writes never throw: cookies disabled means no record.
 *
 * @example
 * createConsent({ store: cookieStore({ name: 'consent', domain: 'example.com' }) })
 */
export function cookieStore({ name, domain, path = '/' }: CookieStoreOptions): RecordStore {
  const attributes = () => ({
    path,
    sameSite: 'Lax' as const,
    secure: typeof location !== 'undefined' && location.protocol === 'https:',
    ...(domain ? { domain } : {}),
  });
  return {
    read() {
      try {
        return Cookies.get(name);
      } catch {
        return undefined;
      }
    },
    write(value, days) {
      try {
        Cookies.set(name, value, { ...attributes(), expires: days });
      } catch {
        // Cookies blocked: the choice holds for this page view only.
      }
    },
    clear() {
      try {
        Cookies.remove(name, attributes());
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}
