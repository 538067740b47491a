import type { CategoryInfo, ConsentKit } from '@consentkit/sdk';

/**
 * The switches of an open preferences dialog, by category id and by `category:service`. A service without an
 * entry follows its category's switch, as the engine's `hasConsent` does; it gets an entry once set on its own
 * (now, or in the stored record). Save sends the draft as it is: services that follow are left to follow.
 */
export type DraftChoices = Readonly<Record<string, boolean>>;

export const serviceKey = (category: CategoryInfo, serviceId: string): string => `${category.id}:${serviceId}`;

/**
 * Switches as the engine answers now: all off before any choice (nothing pre-ticked). When the stored choice no
 * longer applies (an older revision, an expired one), they show that previous choice as it was: nothing of it is in
 * force, and nothing changes until the visitor saves.
 */
export function draftFrom(consent: ConsentKit): DraftChoices {
  const draft: Record<string, boolean> = {};
  // The engine has a previous record only while none is in force.
  const previous = consent.getPreviousConsent()?.choices;
  const stored = consent.getConsent()?.choices ?? previous ?? {};
  const granted = (key: string, category: string) => (previous ? (previous[key] ?? previous[category]) === true : consent.hasConsent(key));
  for (const category of consent.getCategories()) {
    if (category.required) continue;
    draft[category.id] = granted(category.id, category.id);
    for (const service of category.services) {
      const key = serviceKey(category, service.id);
      if (key in stored) draft[key] = granted(key, category.id);
    }
  }
  return draft;
}
