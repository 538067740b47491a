import { BUILT_IN_CATEGORIES, NECESSARY, isBuiltIn } from '../categories/builtin';
import type { CategoryInfo } from '../types';
import type { CategoryConfig, ConsentConfig } from './types';

/** Config with every default filled in. Only built from a config that `validateConfig` accepted. */
export interface ResolvedConfig {
  readonly revision: number;
  readonly categories: readonly CategoryInfo[];
  readonly cookie: {
    readonly name: string;
    readonly domain: string | undefined;
    readonly path: string;
    readonly expiresAfterDays: number;
    readonly refusalExpiresAfterDays: number;
  };
  readonly policyUrl: string | undefined;
  readonly domEvents: boolean;
}

export const DEFAULT_COOKIE_NAME = 'ck_consent';
export const DEFAULT_EXPIRY_DAYS = 182;

const toInfo = (id: string, category: CategoryConfig | undefined): CategoryInfo =>
  Object.freeze({
    id,
    label: category?.label,
    description: category?.description,
    required: id === NECESSARY,
    builtIn: isBuiltIn(id),
    services: Object.freeze((category?.services ?? []).map((service) => Object.freeze({ ...service }))),
  });

/** Fills defaults into a valid config: built-ins first in their fixed order, then the site's own categories. */
export function resolveConfig(config: ConsentConfig = {}): ResolvedConfig {
  const given = config.categories ?? {};
  const entry = (id: string) => (Object.prototype.hasOwnProperty.call(given, id) ? given[id] : undefined);
  const builtIns = BUILT_IN_CATEGORIES.filter((id) => entry(id) !== false).map((id) => toInfo(id, entry(id) || undefined));
  const custom = Object.keys(given)
    .filter((id) => !isBuiltIn(id) && given[id] !== false)
    .map((id) => toInfo(id, given[id] || undefined));
  const expiresAfterDays = config.cookie?.expiresAfterDays ?? DEFAULT_EXPIRY_DAYS;
  return Object.freeze({
    revision: config.revision ?? 1,
    categories: Object.freeze([...builtIns, ...custom]),
    cookie: Object.freeze({
      name: config.cookie?.name ?? DEFAULT_COOKIE_NAME,
      domain: config.cookie?.domain,
      path: config.cookie?.path ?? '/',
      expiresAfterDays,
      refusalExpiresAfterDays: Math.min(config.cookie?.refusalExpiresAfterDays ?? expiresAfterDays, expiresAfterDays),
    }),
    policyUrl: config.policyUrl,
    domEvents: config.domEvents ?? true,
  });
}
