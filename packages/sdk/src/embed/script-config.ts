import { isRecord } from '../config/validate';
import type { ConsentConfig } from '../config/types';
import type { EmbedConfig } from './types';

/** Config and loading details read from the embed's own `<script>` tag and `window.ConsentKitConfig`. */
export interface ScriptSettings {
  /** For `createConsent`. */
  config: ConsentConfig;
  /** For the banner's `mountBanner`. */
  ui: Record<string, unknown>;
  uiSrc: string;
  nonce: string | undefined;
}

const number = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value));

/**
 * Reads `data-*` attributes (they win) over `window.ConsentKitConfig`. Attribute values stay raw strings or
 * numbers here: `validateConfig` reports anything wrong with its path, like any other config.
 *
 * `<script src="/consentkit.js" data-policy-url="/privacy" data-revision="2" data-cookie-name="consent"
 *   data-cookie-domain="example.com" data-expires-after-days="365" data-ui-src="/ui.js"></script>`
 */
export function readScriptSettings(script: HTMLScriptElement | null, global: unknown): ScriptSettings {
  const base: EmbedConfig = isRecord(global) ? { ...(global as EmbedConfig) } : {};
  const data = script?.dataset ?? {};
  const cookie = { ...base.cookie };
  if (data.cookieName !== undefined) cookie.name = data.cookieName;
  if (data.cookieDomain !== undefined) cookie.domain = data.cookieDomain;
  if (data.expiresAfterDays !== undefined) cookie.expiresAfterDays = number(data.expiresAfterDays);
  const config: EmbedConfig = { ...base };
  if (Object.keys(cookie).length) config.cookie = cookie;
  if (data.policyUrl !== undefined) config.policyUrl = data.policyUrl;
  if (data.revision !== undefined) config.revision = number(data.revision);
  const { ui, uiSrc, ...engine } = config;
  const nextToScript = script?.src ? new URL('consentkit-ui.js', script.src).href : 'consentkit-ui.js';
  return {
    config: engine,
    ui: isRecord(ui) ? ui : {},
    uiSrc: data.uiSrc ?? (typeof uiSrc === 'string' ? uiSrc : nextToScript),
    nonce: script?.nonce || data.nonce || undefined,
  };
}
