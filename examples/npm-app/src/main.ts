// The npm way: bundle the engine and the banner, create one instance, mount the banner and the widget
// placeholders, react to changes.
import { createConsent } from '@consentkit/sdk';
import { mountBanner, mountOptOutPanel, mountPlaceholders } from '@consentkit/banner-ui';

const consent = createConsent({
  revision: 1,
  policyUrl: '/privacy.html',
  categories: {
    // What the rest of the site (the script-tag pages, same origin) stores, so a withdrawal made here deletes it
    // too; their own config (site-config.js) says what each item is for.
    preferences: { storage: ['caseloop.volume', 'caseloop.recent'] },
    analytics: { cookies: ['_cla_id', '_cla_ses'], storage: ['cla_pageviews'], indexedDB: ['caseloop-analytics'] },
    advertising: { services: [{ id: 'adpartner', label: 'AdPartner', cookies: ['_adp_uid'], storage: ['adp_*'] }] },
    social: { services: [{ id: 'chirp', label: 'Chirp', cookies: [{ name: 'chirp_id', provider: 'Chirp', thirdParty: true }] }] },
  },
  // Every choice and opt-out is logged and delivered to the example's collector (examples/collector).
  optOut: { endpoint: '/api/consent-log' },
});
// The opt-out panel stays hidden until opened; the banner's preferences dialog opens it too.
const optOutPanel = mountOptOutPanel(consent);
// Shows the banner when the visitor has not chosen yet; otherwise waits to be reopened.
const banner = mountBanner(consent, { onOptOut: () => optOutPanel.open('banner') });
// Click-to-load placeholders for the page's blocked widgets (the Chirp Like button below).
mountPlaceholders(consent);

const status = document.getElementById('consent-status');

function showStatus(): void {
  if (!status) return;
  if (!consent.getConsent()) {
    status.textContent = 'No choice yet: only strictly necessary cookies are in use.';
    return;
  }
  const granted = consent
    .getCategories()
    .filter((category) => consent.hasConsent(category.id))
    .map((category) => category.id);
  status.textContent = `Granted: ${granted.join(', ')}`;
}

consent.on('change', showStatus);
showStatus();

document.getElementById('cookie-settings')?.addEventListener('click', () => banner.showPreferences());
document.getElementById('ads-optout')?.addEventListener('click', () => optOutPanel.open('link'));
