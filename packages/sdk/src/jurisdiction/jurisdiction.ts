import type { ConsentRecord } from '../record/types';

/**
 * How consent works where the visitor is.
 * - `opt-in` (GDPR and ePrivacy 5(3) in the EEA, the UK GDPR and PECR, Switzerland's revFADP): nothing optional
 *   runs until the visitor agrees.
 * - `opt-out` (US state privacy laws: CCPA/CPRA, VCDPA, CPA, CTDPA and the like): optional categories run by
 *   default, the visitor may opt out at any time, and a Global Privacy Control signal is an opt-out of the
 *   sale/sharing of personal data and of targeted advertising (CCPA regulations, 11 CCR 7025).
 */
export type Jurisdiction = 'opt-in' | 'opt-out';

/** The config's `jurisdiction`: fixed, or chosen per page view from the region the site passes. */
export type JurisdictionSetting = Jurisdiction | ((region: string | undefined) => Jurisdiction);

const isJurisdiction = (value: unknown): value is Jurisdiction => value === 'opt-in' || value === 'opt-out';

/**
 * The jurisdiction for this page view. A function that throws or answers anything else is reported, and the
 * visitor gets opt-in: asking first is lawful everywhere, running first is not.
 */
export function resolveJurisdiction(setting: JurisdictionSetting | undefined, region: string | undefined): Jurisdiction {
  if (typeof setting !== 'function') return setting ?? 'opt-in';
  let answer: unknown;
  try {
    answer = setting(region);
    if (isJurisdiction(answer)) return answer;
  } catch (error) {
    answer = error;
  }
  console.error(`[ConsentKit] jurisdiction("${region}") must return 'opt-in' or 'opt-out'; using 'opt-in'. It gave:`, answer);
  return 'opt-in';
}

/**
 * What is in force before the visitor chooses. Opt-in: nothing (no key means denied). Opt-out: every optional
 * category, except what the visitor refused in a record that no longer applies (an older revision, or an expired
 * one: an opt-out never lapses into a grant), and advertising when the browser's GPC signal is honored
 * (`gpcHonored`: the instance's, from the signal and the config's `gpc`).
 */
export function defaultChoices(
  jurisdiction: Jurisdiction,
  categoryIds: readonly string[],
  previous: ConsentRecord | null,
  gpcHonored: boolean,
): Record<string, boolean> {
  if (jurisdiction === 'opt-in') return {};
  const choices: Record<string, boolean> = {};
  for (const id of categoryIds) choices[id] = true;
  for (const [key, granted] of Object.entries(previous?.choices ?? {})) if (!granted) choices[key] = false;
  if (gpcHonored && 'advertising' in choices) choices.advertising = false;
  return choices;
}
