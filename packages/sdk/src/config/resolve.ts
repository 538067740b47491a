import { BUILT_IN_CATEGORIES, NECESSARY, isBuiltIn } from '../categories/builtin';
import { type Jurisdiction, resolveJurisdiction } from '../jurisdiction/jurisdiction';
import type { DisclosureConfig } from '../policy/types';
import type { CategoryInfo, DeclaredStorage } from '../types';
import { resolveOptOut, type ResolvedOptOut } from '../optout/config';
import { own } from './schema';
import type { CategoryConfig, ConsentConfig, CookieConfig, StorageDeclarations } from './types';
import { DEFAULT_EXPIRY_DAYS } from './validate';

/** The consent cookie's name when the config names none. */
export const DEFAULT_COOKIE_NAME = 'ck_consent';

/** Config with every default filled in. Only built from a config that `validateConfig` accepted. */
export interface ResolvedConfig {
  readonly revision: number;
  readonly categories: readonly CategoryInfo[];
  readonly cookie: {
    readonly name: string;
    readonly domain?: string;
    readonly path: string;
    readonly expiresAfterDays: number;
    readonly refusalExpiresAfterDays: number;
  };
  readonly policyUrl?: string;
  readonly domEvents: boolean;
  readonly reloadOnWithdrawal: boolean | readonly string[];
  readonly jurisdiction: Jurisdiction;
  readonly disclosure: DisclosureConfig;
  readonly gpc: 'honor' | 'ignore';
  readonly optOut: ResolvedOptOut;
}

/** Declarations as objects (own properties only): a bare string is the name (or key). */
const declared = ({ cookies = [], storage = [], indexedDB = [] }: StorageDeclarations): DeclaredStorage => ({
  cookies: cookies.map((name) => (typeof name == 'string' ? { name } : { ...name })),
  storage: storage.map((key) => (typeof key == 'string' ? { key } : { ...key })),
  indexedDB: indexedDB.map((name) => (typeof name == 'string' ? { name } : { ...name })),
});

/**
 * Fills defaults into a valid config: built-ins first in their fixed order, then the site's own categories.
 * Reads own properties only (spread copies nothing else), so what is applied is exactly what validateConfig
 * checked: an option inherited from a prototype, e.g. a `policyUrl` planted on Object.prototype, is ignored.
 */
export function resolveConfig(config: ConsentConfig = {}): ResolvedConfig {
  const {
    categories = {},
    cookie: ownCookie,
    revision = 1,
    policyUrl,
    domEvents = true,
    reloadOnWithdrawal = false,
    disclosure = {},
    gpc = 'honor',
    optOut,
    jurisdiction,
    region,
  }: ConsentConfig = { ...config };
  const cookie: CookieConfig = { ...ownCookie };
  const ids = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(categories)])];
  const expiresAfterDays = cookie.expiresAfterDays ?? DEFAULT_EXPIRY_DAYS;
  return {
    revision,
    categories: ids
      .filter((id) => own(categories, id) !== false)
      .map((id) => {
        const category: CategoryConfig = { ...(own(categories, id) as CategoryConfig | undefined) };
        const { label, description, services = [] } = category;
        return {
          id,
          label,
          description,
          required: id === NECESSARY,
          builtIn: isBuiltIn(id),
          services: services.map((service) => ({ ...service, ...declared({ ...service }) })),
          ...declared(category),
        };
      }),
    cookie: {
      name: DEFAULT_COOKIE_NAME,
      path: '/',
      ...cookie,
      expiresAfterDays,
      refusalExpiresAfterDays: cookie.refusalExpiresAfterDays ?? expiresAfterDays,
    },
    policyUrl,
    domEvents,
    reloadOnWithdrawal,
    jurisdiction: resolveJurisdiction(jurisdiction, region),
    disclosure,
    gpc,
    optOut: resolveOptOut({ ...optOut }),
  };
}
