// klaro 0.7: one service per purpose for the four optional categories, grouped by purpose, English.
var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  privacyPolicy: '/privacy',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  groupByPurpose: true,
  lang: 'en',
  translations: {
    en: {
      consentNotice: {
        description: 'We use cookies and similar technologies to remember your settings, measure traffic, show interest-based ads and load social media features. Choose what you allow.',
      },
      purposes: {
        preferences: 'Preferences',
        analytics: 'Analytics',
        marketing: 'Interest-based advertising',
        social: 'Social media',
      },
    },
  },
  services: [
    { name: 'preferences', title: 'Preferences', purposes: ['preferences'] },
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'] },
    { name: 'advertising', title: 'Ad partner', purposes: ['marketing'] },
    { name: 'social', title: 'Social widgets', purposes: ['social'] },
  ],
};
