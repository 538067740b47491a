// What a stored record means under this page view's config: whether it is still the answer, and what it grants.
import { NECESSARY } from '../categories/builtin';
import type { ResolvedConfig } from '../config/resolve';
import { own } from '../config/schema';
import type { ConsentRecord } from './types';

/** Granted ids under a config and the choices in force: what `hasConsent` answers from, without parsing anything per call. */
export function grantedBy(config: ResolvedConfig, choices: Readonly<Record<string, boolean>>): Set<string> {
  const granted = new Set([NECESSARY]);
  for (const { id, required, services } of config.categories) {
    // Own keys only: a choice inherited from a polluted Object.prototype was never made.
    const category = own(choices, id) === true;
    if (category) granted.add(id);
    for (const service of services) {
      const key = `${id}:${service.id}`;
      // A service of `necessary` (a sign-in, a load balancer) is always on, as its category: nothing stores it.
      if (required || ((own(choices, key) as boolean | undefined) ?? category)) granted.add(key);
    }
  }
  return granted;
}

/** A record made under the opt-out jurisdiction, read on an opt-in page view: its grants were that jurisdiction's defaults. */
export const optOutDefaultsOnOptIn = (record: ConsentRecord | null, { jurisdiction }: ResolvedConfig): boolean =>
  record?.jurisdiction === 'opt-out' && jurisdiction === 'opt-in';

/**
 * A stored record answers this config when it has its revision, is within its lifetime (refusals may be shorter),
 * and, on an opt-in page view, was not made under the opt-out jurisdiction (where its grants were defaults).
 */
export function isCurrent(config: ResolvedConfig, record: ConsentRecord): boolean {
  const { revision, cookie } = config;
  const granted = Object.values(record.choices).some(Boolean);
  const days = granted ? cookie.expiresAfterDays : cookie.refusalExpiresAfterDays;
  return (
    record.revision === revision &&
    Date.now() - Date.parse(record.updatedAt) < days * 864e5 &&
    !optOutDefaultsOnOptIn(record, config)
  );
}
