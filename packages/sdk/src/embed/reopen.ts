import type { ConsentKit } from '../types';

const SELECTOR = '[data-consentkit-open]';

// A tiny stylesheet for the fallback button, adopted (not inline) so strict CSP allows it.
const BUTTON_CSS =
  'button{position:fixed;bottom:12px;inset-inline-start:12px;z-index:2147483000;min-height:44px;padding:0 16px;' +
  'border:2px solid #1f2937;border-radius:22px;background:#fff;color:#1f2937;font:600 14px/1 system-ui,sans-serif;cursor:pointer}' +
  'button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}';

/**
 * Makes the choice reopenable at any time, which withdrawal as easy as consent requires (GDPR Art. 7(3)):
 * every `[data-consentkit-open]` element (a footer "Cookie settings" link) opens the preferences dialog, and a
 * page with no such element gets a small floating "Privacy settings" button once a choice exists.
 */
export function wireReopen(consent: ConsentKit, open: () => void, options: { reopenButton?: unknown; label?: unknown }): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest(SELECTOR) : null;
    if (!target) return;
    event.preventDefault();
    open();
  });
  if (options.reopenButton === false) return;
  const whenReady = (run: () => void) =>
    document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', run, { once: true }) : run();
  whenReady(() => {
    if (options.reopenButton !== true && document.querySelector(SELECTOR)) return;
    const host = document.createElement('div');
    host.setAttribute('data-consentkit-reopen', '');
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = typeof options.label === 'string' ? options.label : 'Privacy settings';
    button.addEventListener('click', open);
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(BUTTON_CSS);
      root.adoptedStyleSheets = [sheet];
    }
    root.appendChild(button);
    const sync = () => (host.hidden = consent.needsConsent());
    sync();
    consent.on('change', sync);
    document.body.appendChild(host);
  });
}
