// The script-tag entry (consentkit.js): reads config from the tag, creates the instance, replays queued calls,
// exposes window.ConsentKit, and loads the banner UI only when it must show.
import { createConsentWith } from '../consent';
import { googleConsentMode } from '../integrations/google-consent-mode';
import { showFallback } from './fallback';
import { loadUi } from './load-ui';
import { lazyPlaceholders } from './placeholders';
import { wireOptOut } from './optout';
import { wirePolicy } from './policy';
import { runQueuedCall } from './queue';
import { wireReopen } from './reopen';
import { readScriptSettings } from './script-config';
import type { EmbedApi, EmbedConfig, UiHandle } from './types';

declare global {
  interface Window {
    ConsentKit?: EmbedApi | unknown[];
    ConsentKitConfig?: EmbedConfig;
  }
}

function start(): void {
  const existing = window.ConsentKit;
  // Loaded twice (two tags, or a tag manager re-injecting it): the first instance stays in charge.
  if (existing && !Array.isArray(existing)) return;
  const settings = readScriptSettings(document.currentScript as HTMLScriptElement | null, window.ConsentKitConfig);
  // The delivery of the consent event log is its own module, imported only when there is something to send.
  const consent = createConsentWith(settings.config, () => import(/* @vite-ignore */ settings.deliverySrc));
  // Synchronously, before queued calls replay and before the Google tag below this script: the default first.
  const gcm = settings.googleConsentMode;
  if (gcm) googleConsentMode(consent, gcm === true ? {} : (gcm as never));
  const options = { ...settings.ui, nonce: settings.nonce };
  const openOptOut = wireOptOut(consent, settings.optOutSrc, options);

  let ui: Promise<UiHandle | null> | undefined;
  const withUi = (action: (handle: UiHandle) => void, asked = true) => {
    ui ??= loadUi(settings.uiSrc).then((module) =>
      module ? module.mountBanner(consent, { ...options, onOptOut: () => openOptOut('banner') }) : null,
    );
    ui.then((handle) => {
      if (handle) return action(handle);
      // The UI could not load: the next call tries again, and meanwhile the plain fallback lets the visitor choose.
      ui = undefined;
      const fallback = () => showFallback(consent, settings.ui, asked);
      if (document.body) fallback();
      else document.addEventListener('DOMContentLoaded', fallback);
    }).catch((error) => console.error('[ConsentKit] banner failed:', error));
  };

  // The preferences dialog, and the modal layout's first layer, are a chunk the UI imports on demand: where one is
  // about to show, it is fetched together with the UI instead of after it.
  const withDialogs = () => settings.dialogSrcs.forEach((src) => import(/* @vite-ignore */ src).catch(() => {}));

  const api: EmbedApi = Object.freeze({
    ...consent,
    showBanner: () => withUi((handle) => handle.showBanner()),
    showPreferences: () => (withDialogs(), withUi((handle) => handle.showPreferences())),
    push: (...calls: unknown[]) => calls.forEach((call) => runQueuedCall(api, call)),
  });
  window.ConsentKit = api;
  (existing ?? []).forEach((call) => runQueuedCall(api, call));
  // First visit: start fetching the UI at once, so lazy loading costs no time to banner. Mounting shows it.
  if (consent.needsConsent()) {
    if (settings.ui.layout === 'modal') withDialogs();
    withUi(() => {}, false);
  }
  wireReopen(consent, api.showPreferences, settings.ui);
  // Blocked widgets get click-to-load placeholders; their UI is imported only when a page has one.
  const { placeholder, lang } = settings.ui;
  consent.renderPlaceholders(lazyPlaceholders(api, settings.placeholderSrc, { lang, ...(placeholder as object) }));
  wirePolicy(api, () => loadUi(settings.uiSrc), { ...settings.ui, openPreferences: api.showPreferences });
  window.dispatchEvent(new CustomEvent('consentkit:ready', { detail: { consent: api } }));
}

try {
  start();
} catch (error) {
  console.error('[ConsentKit] could not start:', error);
}
