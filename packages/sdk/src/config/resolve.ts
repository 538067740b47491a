import { BUILT_IN_CATEGORIES, NECESSARY, isBuiltIn } from '../categories/builtin';
import type { CategoryInfo } from '../types';
import type { ConsentConfig } from './types';

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
}

/** Fills defaults into a valid config: built-ins first in their fixed order, then the site's own categories. */
export function resolveConfig({ categories = {}, cookie = {}, revision = 1, policyUrl, domEvents = true }: ConsentConfig = {}): ResolvedConfig {
  const ids = [...new Set([...BUILT_IN_CATEGORIES, ...Object.keys(categories)])];
  const expiresAfterDays = cookie.expiresAfterDays ?? 182;
  return {
    revision,
    categories: ids
      .filter((id) => categories[id] !== false)
      .map((id) => {
        const { label, description, services = [] } = categories[id] || {};
        return { id, label, description, required: id === NECESSARY, builtIn: isBuiltIn(id), services };
      }),
    cookie: {
      name: 'ck_consent',
      path: '/',
      ...cookie,
      expiresAfterDays,
      refusalExpiresAfterDays: cookie.refusalExpiresAfterDays ?? expiresAfterDays,
    },
    policyUrl,
    domEvents,
  };
}
