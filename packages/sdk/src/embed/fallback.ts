import type { ConsentKit } from '../types';
import { append, BUTTON, FOCUS, shadowHost, textOr } from './shadow';

const ATTRIBUTE = 'data-consentkit-fallback';

/**
 * The choice without the banner UI, for when consentkit-ui.js cannot load (offline, a blocked or missing file, a
 * CSP that refuses it): a plain region with Accept all and Reject all, styled alike, and the policy link. Without
 * it a visitor who once accepted could not withdraw (GDPR Art. 7(3): as easy as consenting) and a first-time
 * visitor could only be refused by default. A few hundred bytes, in the engine because it is needed exactly when
 * the UI's files are not there. Texts are the site's `ui.texts` where given (so translations apply), as text.
 * `focus`: the visitor asked for it (a "Cookie settings" link), so focus moves to the region, not to a button: no
 * answer is preselected, and a second Enter records nothing (on Accept all, it would have accepted everything).
 */
export function showFallback(consent: ConsentKit, texts: Record<string, unknown>, focus: boolean): void {
  if (document.querySelector(`[${ATTRIBUTE}]`)) return;
  const { host, root } = shadowHost(
    ATTRIBUTE,
    // The reopen button's look; the link keeps the browser's blue (9:1 on white).
    `div{padding:0 16px 16px;border-bottom:2px solid;background:#fff;color:#222;font:16px system-ui}button{margin:0 8px 0 0;${BUTTON}}${FOCUS}`,
  );
  // At the top of the page, in its flow: nothing fixed over the page can hide what has focus (WCAG 2.4.11), and it
  // is the first thing a keyboard or screen reader user reaches.
  document.body.prepend(host);
  const region = append(root, 'div');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', typeof texts.bannerTitle == 'string' ? texts.bannerTitle : 'Your privacy choices');
  const paragraph = append(region, 'p');
  textOr(append(paragraph, 'span'), texts.bannerBody, 'We use cookies and similar technologies. Choose what you allow.');
  if (consent.policyUrl) {
    paragraph.append(' ');
    textOr(append(paragraph, 'a'), texts.policyLink, 'Privacy policy').href = consent.policyUrl;
  }
  const stop = consent.on('change', () => {
    stop();
    host.remove();
  });
  for (const [key, label, choose] of [
    ['acceptAll', 'Accept all', consent.acceptAll],
    ['rejectAll', 'Reject all', consent.rejectAll],
  ] as const) {
    // A space before each button: the text the choice is logged with reads "Accept all Reject all", as shown.
    region.append(' ');
    const button = textOr(append(region, 'button'), texts[key], label);
    // Logged with the text it showed, as the banner's choices are (proof of the wording).
    button.onclick = () => choose({ notice: region.innerText });
  }
  if (focus) {
    region.tabIndex = -1;
    region.focus();
  }
}
