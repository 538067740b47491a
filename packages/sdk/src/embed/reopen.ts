import type { ConsentKit } from '../types';
import { append, BUTTON, FOCUS, shadowHost, textOr } from './shadow';

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
    const { host, root } = shadowHost(
      'data-consentkit-reopen',
      `button{position:fixed;bottom:8px;inset-inline-start:8px;z-index:2147483000;${BUTTON}}${FOCUS}`,
    );
    const button = textOr(append(root, 'button'), reopenLabel, 'Privacy settings');
    button.onclick = open;
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
