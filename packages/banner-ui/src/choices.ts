import type { CategoryInfo, ConsentKit } from '@consentkit/sdk';

/**
 * The switches of an open preferences dialog, by category id and by `category:service`. A service without an
 * entry follows its category's switch, as the engine's `hasConsent` does; it gets an entry once set on its own
 * (now, or in the stored record). Save sends the draft as it is: services that follow are left to follow.
 */
export type DraftChoices = Readonly<Record<string, boolean>>;

export const serviceKey = (category: CategoryInfo, serviceId: string): string => `${category.id}:${serviceId}`;

/** Switches as the engine answers now: all off before any choice (nothing pre-ticked). */
export function draftFrom(consent: ConsentKit): DraftChoices {
  const draft: Record<string, boolean> = {};
  const stored = consent.getConsent()?.choices ?? {};
  for (const category of consent.getCategories()) {
    if (category.required) continue;
    draft[category.id] = consent.hasConsent(category.id);
    for (const service of category.services) {
      const key = serviceKey(category, service.id);
      if (key in stored) draft[key] = consent.hasConsent(key);
    }
  }
  return draft;
}
