// The script-tag entry (consentkit.js): reads config from the tag, creates the instance, replays queued calls,
// exposes window.ConsentKit, and loads the banner UI only when it must show.
import { createConsentWith } from '../consent';
import { DEFAULT_COOKIE_NAME } from '../config/resolve';
import { isRecord } from '../config/schema';
import type { ConsentConfig } from '../config/types';
import { googleConsentMode } from '../integrations/google-consent-mode';
import { cookieStore } from '../store/cookie';
import { showFallback } from './fallback';
import { wireGpp } from './gpp';
import { lazyHandle } from './lazy';
import { loadUi } from './load-ui';
import { lazyPlaceholders } from './placeholders';
import { wireOptOut } from './optout';
import { wirePolicy } from './policy';
import { runQueuedCall } from './queue';
import { wireReopen } from './reopen';
import { readScriptSettings, type ScriptSettings } from './script-config';
import type { EmbedApi, EmbedConfig, UiHandle } from './types';

declare global {
  interface Window {
    ConsentKit?: EmbedApi | unknown[];
    ConsentKitConfig?: EmbedConfig;
  }
}

function start(): void {
  const existing = window.ConsentKit;
  // Loaded twice (two tags, or a tag manager re-injecting it): the first instance stays in charge. Anything else
  // there is not an instance (an element with id="ConsentKit" shows up as window.ConsentKit): it is replaced.
  if (typeof (existing as EmbedApi | undefined)?.hasConsent == 'function') return;
  const script = document.currentScript as HTMLScriptElement | null;
  let settings: ScriptSettings;
  try {
    settings = readScriptSettings(script, window.ConsentKitConfig);
  } catch (error) {
    console.error('[ConsentKit] could not read window.ConsentKitConfig; using the defaults:', error);
    settings = readScriptSettings(script, {});
  }
  // Their defaults must be in place before the tags below this one run; a tag that lets the parser go on (`async`,
  // `defer`, or inserted by a script) runs after them.
  if ((settings.googleConsentMode || settings.gpp) && (script?.async || script?.defer)) {
    console.warn('[ConsentKit] Consent Mode and GPP need this tag without async or defer, above the tags that read them');
  }
  // No consent cookie at all is a first visit whatever the config turns out to be: the UI (and the modal layout's
  // dialogs) start downloading before the config is validated, the instance created and the queued calls replayed
  // (about 40 ms sooner on a 4x-slowed CPU, per `pnpm bench`). Mounting it below reuses this download.
  const early = isFirstVisit(settings.config);
  let firstVisitUi = early ? loadUi(settings.uiSrc) : undefined;
  if (early && settings.ui.layout === 'modal') withDialogs();
  // The delivery of the consent event log is its own module, imported only when there is something to send.
  const consent = createConsentWith(settings.config, () => import(/* @vite-ignore */ settings.deliverySrc));
  // Synchronously, before queued calls replay and before the Google tag below this script: the default first.
  const gcm = settings.googleConsentMode;
  if (gcm) googleConsentMode(consent, gcm === true ? {} : (gcm as never));
  if (settings.gpp) wireGpp(consent, settings.gppSrc, settings.gpp === true ? {} : (settings.gpp as never));
  const options = { ...settings.ui, nonce: settings.nonce };
  const openOptOut = wireOptOut(consent, settings.optOutSrc, options);

  const withBanner = lazyHandle<UiHandle>(() => {
    const module = firstVisitUi ?? loadUi(settings.uiSrc);
    // Used once: after a failed load, the next call downloads again.
    firstVisitUi = undefined;
    return module.then((ui) => ui && ui.mountBanner(consent, { ...options, onOptOut: () => openOptOut('banner') }));
  }, 'banner');
  // The UI could not load: meanwhile the plain fallback lets the visitor choose.
  const withUi = (action: (handle: UiHandle) => void, asked = true) =>
    withBanner(action, () => {
      const { texts } = settings.ui;
      const fallback = () => showFallback(consent, isRecord(texts) ? texts : {}, asked);
      if (document.body) fallback();
      else document.addEventListener('DOMContentLoaded', fallback);
    });

  // The preferences dialog, and the modal layout's first layer, are a chunk the UI imports on demand: where one is
  // about to show, it is fetched together with the UI instead of after it.
  function withDialogs() {
    settings.dialogSrcs.forEach((src) => import(/* @vite-ignore */ src).catch(() => {}));
  }

  // The page's one instance: its UI, reopen control and opt-out link are wired to it, so it has no destroy().
  const { destroy, ...engine } = consent;
  const api: EmbedApi = Object.freeze({
    ...engine,
    showBanner: () => withUi((handle) => handle.showBanner()),
    showPreferences: () => (withDialogs(), withUi((handle) => handle.showPreferences())),
    push: (...calls: unknown[]) => calls.forEach((call) => runQueuedCall(api, call)),
  });
  window.ConsentKit = api;
  if (Array.isArray(existing)) existing.forEach((call) => runQueuedCall(api, call));
  // The banner is due (a first visit, a stored choice that no longer applies, or one forgotten later by reset(),
  // here or in another tab): mounting shows it. Once mounted, the UI follows every change itself.
  const showIfDue = () => {
    if (!consent.needsConsent()) return;
    if (!early && settings.ui.layout === 'modal') withDialogs();
    withUi(() => {}, false);
  };
  showIfDue();
  consent.on('change', showIfDue);
  wireReopen(consent, api.showPreferences, settings.ui);
  // Blocked widgets get click-to-load placeholders; their UI is imported only when a page has one.
  const { placeholder, lang, translations } = settings.ui;
  consent.renderPlaceholders(lazyPlaceholders(consent, settings.placeholderSrc, { lang, translations, ...(placeholder as object) }));
  wirePolicy(consent, () => loadUi(settings.uiSrc), { ...settings.ui, openPreferences: api.showPreferences });
  window.dispatchEvent(new CustomEvent('consentkit:ready', { detail: { consent: api } }));
}

/** No consent cookie under the config's name (or the default one), and no site store that could hold a record. */
function isFirstVisit({ cookie, store }: ConsentConfig): boolean {
  const name = isRecord(cookie) && typeof cookie.name === 'string' ? cookie.name : DEFAULT_COOKIE_NAME;
  return !store && cookieStore({ name }).read() === undefined;
}

try {
  start();
} catch (error) {
  console.error('[ConsentKit] could not start:', error);
}
