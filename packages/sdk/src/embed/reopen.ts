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
      `button{position:fixed;bottom:8px;inset-inline-start:8px;z-index:2147483000;${BUTTON}}.aside{opacity:0;pointer-events:none}${FOCUS}`,
    );
    const button = textOr(append(root, 'button'), reopenLabel, 'Privacy settings');
    button.onclick = open;
    // Tab scrolls a page control into view at the viewport's bottom edge, where the button is: while a control it
    // could hide (no taller than itself) has focus under it, the button steps aside (transparent, click-through),
    // so it never hides it (WCAG 2.4.11). Measured a frame later, once the browser has scrolled the control into
    // view; back as soon as focus leaves, so a large focused region (a <main>, a textarea) never keeps it away.
    const aside = (on: boolean) => button.classList.toggle('aside', on);
    document.addEventListener('focusout', () => aside(false));
    document.addEventListener('focusin', ({ target }) =>
      requestAnimationFrame(() => {
        if (host.hidden || target == host || document.activeElement != target) return;
        const [a, b] = [(target as Element).getBoundingClientRect(), button.getBoundingClientRect()];
        aside(a.height <= b.height && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top);
      }),
    );
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
