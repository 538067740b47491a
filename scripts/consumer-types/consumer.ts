// A consumer of both packages, checked as an ES module (copied to use.mts) and as CommonJS (use.cts, compiled to
// require()): every line must type-check, and every @ts-expect-error must find its error, which it would not if
// the packages' types failed to resolve and everything were `any`.
import { createConsent, decodeConsent, memoryStore, type BlockedWidget, type ConsentRecord } from '@consentkit/sdk';
import { mountBanner, mountOptOutPanel } from '@consentkit/banner-ui';

const consent = createConsent({ revision: 2, store: memoryStore() });
const allowed: boolean = consent.hasConsent('analytics');
const record: ConsentRecord | null = decodeConsent('1.x');
mountBanner(consent, { layout: 'modal' }).showPreferences();
// The opt-out jurisdiction's notice is worded through the same texts as the banner, and its translations.
mountBanner(consent, { texts: { acceptAll: 'Accept', optOutOfAds: 'Do not sell or share' }, translations: { de: { noticeOk: 'OK' } } });
mountOptOutPanel(consent, { lang: 'de', optOutTexts: { optOut: 'Widersprechen' } });
// @ts-expect-error a text no piece of the banner has
mountBanner(consent, { texts: { noSuchText: 'x' } });
// @ts-expect-error not a method of the instance
consent.noSuchMethod();
// @ts-expect-error decodeConsent gives a record or null
const wrong: number = decodeConsent('1.x');
// With the DOM lib, a blocked widget's element is the DOM's Element.
const element = (widget: BlockedWidget): Element => widget.element;
export { allowed, element, record, wrong };
