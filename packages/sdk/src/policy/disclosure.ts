import type { ResolvedConfig } from '../config/resolve';
import type { Disclosure } from './types';

/** The default DNT statement: the site does not respond, and says so (CalOPPA). ConsentKit never acts on DNT. */
export const DNT_STATEMENT = 'This site does not respond to Do Not Track (DNT) signals.';

// The GPC spec and the CCPA regulations (11 CCR 7025) make GPC an opt-out of sale/sharing, which
// interest-based advertising is; the jurisdiction and opt-out code honor it as such.
const GPC_HONORED = 'This site honors Global Privacy Control (GPC) signals as an opt-out of interest-based advertising.';
const GPC_IGNORED = 'This site does not respond to Global Privacy Control (GPC) signals.';

// The industry opt-out pages the site's policy offers (NAI and DAA, the US self-regulatory programs).
const INDUSTRY_OPT_OUT = [
  { label: 'Network Advertising Initiative (NAI)', url: 'https://optout.networkadvertising.org/' },
  { label: 'Digital Advertising Alliance (DAA)', url: 'https://optout.aboutads.info/' },
];

/**
 * The disclosure, from the resolved config. It reuses the resolved categories as they are: what a rendering needs
 * (rows per cookie, providers) is derived where it is rendered, so the engine every page view loads stays small.
 */
export function buildDisclosure(
  { revision, policyUrl, jurisdiction, categories, cookie, disclosure }: ResolvedConfig,
  gpcHonored = true,
): Disclosure {
  return {
    revision,
    policyUrl,
    jurisdiction,
    categories,
    consentCookie: { name: cookie.name, expiresAfterDays: cookie.expiresAfterDays, refusalExpiresAfterDays: cookie.refusalExpiresAfterDays },
    signals: {
      dnt: { honored: false, statement: disclosure.dntStatement ?? DNT_STATEMENT },
      gpc: { honored: gpcHonored, statement: disclosure.gpcStatement ?? (gpcHonored ? GPC_HONORED : GPC_IGNORED) },
    },
    industryOptOut: disclosure.industryOptOut ?? INDUSTRY_OPT_OUT,
  };
}
