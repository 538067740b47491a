import { describe, expect, it } from 'vitest';
import { readScriptSettings } from '../../src/embed/script-config';

const tag = (attributes: Record<string, string>, src = 'https://cdn.example.com/ck/consentkit.js') => {
  const script = document.createElement('script');
  script.src = src;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
};

describe('readScriptSettings', () => {
  it('reads data attributes over window.ConsentKitConfig and splits engine from UI options', () => {
    const settings = readScriptSettings(
      tag({ 'data-policy-url': '/privacy', 'data-revision': '3', 'data-cookie-name': 'consent', 'data-expires-after-days': '90' }),
      { revision: 1, cookie: { domain: 'example.com' }, ui: { texts: { acceptAll: 'Allow all' } } },
    );
    expect(settings.config).toEqual({ revision: 3, policyUrl: '/privacy', cookie: { domain: 'example.com', name: 'consent', expiresAfterDays: 90 } });
    expect(settings.ui).toEqual({ texts: { acceptAll: 'Allow all' } });
  });

  it('passes data-lang, data-theme and data-layout to the banner, over window.ConsentKitConfig.ui', () => {
    const settings = readScriptSettings(tag({ 'data-lang': 'ar', 'data-theme': 'dark', 'data-layout': 'modal' }), {
      ui: { lang: 'fr', layout: 'box', texts: { acceptAll: 'Allow all' } },
    });
    expect(settings.ui).toEqual({ lang: 'ar', theme: 'dark', layout: 'modal', texts: { acceptAll: 'Allow all' } });
    expect(settings.config).toEqual({});
  });

  it('reads the region and jurisdiction a server rendered into the tag', () => {
    const settings = readScriptSettings(tag({ 'data-region': 'US-CA', 'data-jurisdiction': 'opt-out' }), { region: 'DE' });
    expect(settings.config).toEqual({ region: 'US-CA', jurisdiction: 'opt-out' });
  });

  it('takes Google Consent Mode out of the engine config: from the global, or data-google-consent-mode', () => {
    const options = { waitForUpdate: 800 };
    const fromGlobal = readScriptSettings(tag({}), { revision: 2, googleConsentMode: options });
    expect(fromGlobal.googleConsentMode).toBe(options);
    expect(fromGlobal.config).toEqual({ revision: 2 });
    expect(readScriptSettings(tag({ 'data-google-consent-mode': '' }), undefined).googleConsentMode).toBe(true);
    expect(readScriptSettings(tag({ 'data-google-consent-mode': 'false' }), { googleConsentMode: true }).googleConsentMode).toBe(false);
    expect(readScriptSettings(tag({}), undefined).googleConsentMode).toBeUndefined();
  });

  it('loads the UI from next to the embed unless told otherwise', () => {
    expect(readScriptSettings(tag({}), undefined).uiSrc).toBe('https://cdn.example.com/ck/consentkit-ui.js');
    expect(readScriptSettings(tag({ 'data-ui-src': '/ui.js' }), undefined).uiSrc).toBe('/ui.js');
    expect(readScriptSettings(tag({}), { uiSrc: '/other.js' }).uiSrc).toBe('/other.js');
  });

  it('carries the nonce from the tag', () => {
    const script = tag({});
    script.nonce = 'abc123';
    expect(readScriptSettings(script, undefined).nonce).toBe('abc123');
    expect(readScriptSettings(tag({ 'data-nonce': 'xyz' }), undefined).nonce).toBe('xyz');
  });

  it('passes bad attribute values on for validation instead of guessing', () => {
    expect(readScriptSettings(tag({ 'data-revision': 'two' }), undefined).config.revision).toBeNaN();
  });

  it('ignores a global config that is not an object, and works without a script tag', () => {
    expect(readScriptSettings(null, 'nonsense').config).toEqual({});
    expect(readScriptSettings(null, undefined).uiSrc).toBe('consentkit-ui.js');
  });
});

describe('readScriptSettings: the opt-out', () => {
  it('reads the collector endpoint and the GPC setting, keeping the rest of window.ConsentKitConfig.optOut', () => {
    const global = { optOut: { batchSize: 5 } };
    const settings = readScriptSettings(tag({ 'data-optout-endpoint': '/api/consent-log', 'data-gpc': 'ignore' }), global);
    expect(settings.config).toEqual({ optOut: { batchSize: 5, endpoint: '/api/consent-log' }, gpc: 'ignore' });
    expect(global).toEqual({ optOut: { batchSize: 5 } }); // the site's object is not modified
  });

  it('finds the opt-out panel next to the UI and the delivery module next to the embed', () => {
    const settings = readScriptSettings(tag({ 'data-ui-src': 'https://ui.example.com/v1/consentkit-ui.js' }), undefined);
    expect(settings.optOutSrc).toBe('https://ui.example.com/v1/consentkit-optout.js');
    expect(settings.deliverySrc).toBe('https://cdn.example.com/ck/consentkit.delivery.js');
  });

  it("finds the UI's dialogs chunk and its texts next to the UI", () => {
    const settings = readScriptSettings(tag({ 'data-ui-src': 'https://ui.example.com/v1/consentkit-ui.js' }), undefined);
    expect(settings.dialogSrcs).toEqual(['https://ui.example.com/v1/consentkit-dialogs.js', 'https://ui.example.com/v1/consentkit-dialog-texts.js']);
  });
});
