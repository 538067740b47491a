import { boolean, checkedOptions, rule, shape, wholeNumber } from '../../config/schema';
import { readGpc } from '../../signals/gpc';
import type { ConsentKit } from '../../types';
import { createGppApi, type GppFunction, type GppListener, type GppState } from './api';
import { base64url, idRange, int } from './bits';
import { serveFrames } from './frames';
import { gppWindow } from './page';
import { encodeUsNat, USNAT, USNAT_ID, type UsNatCore } from './usnat';

/**
 * Options of `gpp()`, also accepted as `gpp` in `window.ConsentKitConfig`.
 *
 * @example
 * { mspa: 'opt-out', cmpId: 0 }
 */
export interface GppOptions {
  /**
   * Whether the US National section applies on this page view. @default true under the opt-out jurisdiction (the
   * US profile), false under opt-in: there `applicableSections` is `[-1]` and the string carries no section.
   */
  applies?: boolean;
  /** Whether the site sells personal data (CCPA "sale"); false makes the sale notice and opt-out "not applicable". @default true */
  sale?: boolean;
  /** Whether it shares personal data for cross-context behavioral advertising (CCPA "sharing"). @default true */
  sharing?: boolean;
  /** Whether it processes personal data for targeted advertising. @default true */
  targetedAdvertising?: boolean;
  /**
   * The site's transactions under the IAB Multi-State Privacy Agreement: `false` not covered, or covered in
   * `'opt-out'` (Opt-Out Option Mode) or `'service-provider'` mode. @default false
   */
  mspa?: false | 'opt-out' | 'service-provider';
  /** The CMP id IAB Tech Lab assigned, if any. @default 0 */
  cmpId?: number;
  /** The CMP's version, as the site counts it. @default 1 */
  cmpVersion?: number;
}

const OPTIONS = /* @__PURE__ */ shape({
  applies: boolean,
  sale: boolean,
  sharing: boolean,
  targetedAdvertising: boolean,
  mspa: rule((value) => value === false || value === 'opt-out' || value === 'service-provider', "false, 'opt-out' or 'service-provider'"),
  cmpId: wholeNumber(0, 4095),
  cmpVersion: wholeNumber(0, 4095),
});

// The GPP string's header: type 3, version 1, then the section ids.
const header = (ids: readonly number[]) => base64url(int(3, 6) + int(1, 6) + idRange(ids));

/**
 * Makes the instance an IAB Global Privacy Platform CMP for the US National Privacy section (`usnat`, version 2,
 * with its GPC sub-section): installs `window.__gpp` (CMP API 1.1: ping, addEventListener, removeEventListener,
 * hasSection, getSection, getField), answers vendors in iframes through a `__gppLocator` frame, and replays the
 * calls a stub queued (its listeners too, then told the signal is ready). The sale, sharing and
 * targeted-advertising opt-outs follow the advertising category: opted out (1) when it is denied, did not opt out
 * (2) when granted. An advertising service the visitor allowed on its own does not count: the string is read by
 * every vendor, and says nothing of exceptions. A page that already runs another CMP keeps it: this reports that
 * and installs nothing. Sensitive data and known-child consents are "not applicable". `sectionChange` is sent on every change
 * that alters the string. Returns what uninstalls it. Invalid options are reported with `console.error` and
 * replaced by the defaults; it never throws.
 *
 * @example
 * import { createConsent, gpp } from '@consentkit/sdk';
 * const consent = createConsent({ jurisdiction: 'opt-out' });
 * gpp(consent, { mspa: 'opt-out' });
 * // Vendors, on the page or in its frames: 'DBABLA~CVQqAAAAAABY.QA' before any choice
 * __gpp('ping', (ping) => console.log(ping.gppString));
 */
export function gpp(consent: ConsentKit, options: GppOptions = {}): () => void {
  try {
    const { applies = consent.jurisdiction === 'opt-out', sale = true, sharing = true, targetedAdvertising = true, mspa = false, cmpId = 0, cmpVersion = 1 } =
      checkedOptions(OPTIONS, options, 'gpp', 'GPP');
    const notice = (done: boolean) => (done ? 1 : 0);
    const optOut = (done: boolean) => (done ? (consent.hasConsent('advertising') ? 2 : 1) : 0);

    const state = (): GppState => {
      const core: UsNatCore = {
        Version: 2,
        // The notice of processing at all (the site's policy), not of sharing alone.
        SharingNotice: 1,
        SaleOptOutNotice: notice(sale),
        SharingOptOutNotice: notice(sharing),
        TargetedAdvertisingOptOutNotice: notice(targetedAdvertising),
        SensitiveDataProcessingOptOutNotice: 0,
        SensitiveDataLimitUseNotice: 0,
        SaleOptOut: optOut(sale),
        SharingOptOut: optOut(sharing),
        TargetedAdvertisingOptOut: optOut(targetedAdvertising),
        SensitiveDataProcessing: Array(16).fill(0),
        KnownChildSensitiveDataConsents: [0, 0, 0],
        PersonalDataConsents: 0,
        MspaCoveredTransaction: mspa ? 1 : 2,
        MspaOptOutOptionMode: mspa ? (mspa === 'opt-out' ? 1 : 2) : 0,
        MspaServiceProviderMode: mspa ? (mspa === 'service-provider' ? 1 : 2) : 0,
      };
      const gpc = { SubsectionType: 1 as const, Gpc: readGpc() === true };
      const ids = applies ? [USNAT_ID] : [];
      return {
        gppVersion: '1.1',
        cmpStatus: 'loaded',
        cmpDisplayStatus: consent.needsConsent() ? 'visible' : 'hidden',
        signalStatus: 'ready',
        supportedAPIs: [`${USNAT_ID}:${USNAT}`],
        cmpId,
        cmpVersion,
        sectionList: ids,
        applicableSections: applies ? ids : [-1],
        gppString: [header(ids), ...(applies ? [encodeUsNat(core, gpc)] : [])].join('~'),
        parsedSections: applies ? { [USNAT]: [core, gpc] } : {},
      };
    };

    const page = gppWindow();
    const existing = page.__gpp;
    let running = false;
    try {
      existing?.('ping', (ping: Partial<GppState> | null) => (running = !!ping && ping.cmpStatus !== 'stub'));
    } catch {
      // A broken function is no CMP: replaced.
    }
    if (running) {
      console.error('[ConsentKit] another GPP CMP runs on this page (window.__gpp); ConsentKit leaves it in charge');
      return () => {};
    }
    const api = createGppApi(state);
    page.__gpp = api.call;
    const stopFrames = serveFrames(api.call);
    // A stub's listeners, with the ids it gave them, then the calls it queued, in order; each on its own, so one
    // that throws loses nothing else. Listeners registered before now heard "not ready": they hear "ready".
    const { queue, events } = existing ?? {};
    if (Array.isArray(events)) {
      api.adopt(events.filter((event): event is GppListener => typeof event?.id == 'number' && typeof event.callback == 'function'));
    }
    for (const args of Array.isArray(queue) ? queue : []) {
      try {
        if (Array.isArray(args)) api.call(...(args as Parameters<GppFunction>));
      } catch (error) {
        console.error('[ConsentKit] a queued GPP call failed:', error);
      }
    }
    if (existing) {
      api.emit('cmpStatus', 'loaded');
      api.emit('signalStatus', 'ready');
    }
    // On a change: the display status if the UI came or went; for a new string, "not ready", the section's
    // change, then "ready" (CMP API 1.1: signalStatus opens and closes every chain of changes).
    let last = state();
    const stop = consent.on('change', () => {
      const now = state();
      if (now.cmpDisplayStatus !== last.cmpDisplayStatus) api.emit('cmpDisplayStatus', now.cmpDisplayStatus, now);
      if (now.gppString !== last.gppString) {
        const changing = { ...now, signalStatus: 'not ready' as const };
        api.emit('signalStatus', 'not ready', changing);
        api.emit('sectionChange', USNAT, changing);
        api.emit('signalStatus', 'ready', now);
      }
      last = now;
    });
    const uninstall = () => {
      stop();
      stopOnDestroy();
      stopFrames();
      if (page.__gpp === api.call) delete page.__gpp;
    };
    // A destroyed instance's CMP would keep answering vendors with a string nothing updates any more.
    const stopOnDestroy = consent.on('destroy', uninstall);
    return uninstall;
  } catch (error) {
    console.error('[ConsentKit] GPP failed:', error);
    return () => {};
  }
}
