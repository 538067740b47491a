import type { ConsentKit } from '../types';

const SELECTOR = '[data-consentkit-open]';

/**
 * Makes the choice reopenable at any time, as withdrawing must be as easy as consenting (GDPR Art. 7(3)):
 * every `[data-consentkit-open]` element (a footer "Cookie settings" link) opens the preferences dialog, and a
 * page with none gets a small floating "Privacy settings" button once a choice exists (`reopenButton`: true
 * always adds it, false never).
 */
export function wireReopen(consent: ConsentKit, open: () => void, { reopenButton, reopenLabel }: Record<string, unknown>): void {
  const addButton = () => {
    if (reopenButton === false || (reopenButton !== true && document.querySelector(SELECTOR))) return;
    const host = document.body.appendChild(document.createElement('div'));
    host.setAttribute('data-consentkit-reopen', '');
    const root = host.attachShadow({ mode: 'open' });
    const button = root.appendChild(document.createElement('button'));
    button.textContent = typeof reopenLabel === 'string' ? reopenLabel : 'Privacy settings';
    button.onclick = open;
    // Adopted, not inline, so a strict style-src allows it; 44px tall, 3:1+ contrast, visible focus. Browsers
    // without constructable stylesheets (Safari < 16.4) get a plain, still working, button.
    if (root.adoptedStyleSheets) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        'button{position:fixed;bottom:8px;inset-inline-start:8px;min-height:44px;padding:0 16px;border:2px solid;border-radius:22px;background:#fff;color:#222;font:600 14px system-ui;z-index:2147483000}button:focus-visible{outline:3px solid #1d4ed8}',
      );
      root.adoptedStyleSheets = [sheet];
    }
    const sync = () => (host.hidden = consent.needsConsent());
    sync();
    consent.on('change', sync);
  };
  document.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.(SELECTOR)) {
      event.preventDefault();
      open();
    }
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', addButton);
  else addButton();
}
