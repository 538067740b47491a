// ConsentKit settings shared by every page of the example site, read by consentkit.js (loaded after this file).
// It declares what each category stores, so ConsentKit deletes it when consent is missing or withdrawn, and names
// the services behind the ad and social categories. Merged into what other scripts set (the QA banner options).
window.ConsentKitConfig = Object.assign(window.ConsentKitConfig || {}, {
  categories: {
    preferences: {
      storage: [
        { key: 'caseloop.volume', type: 'local', description: 'Volume of notification sounds.', lifetime: 'Until you clear it' },
        { key: 'caseloop.recent', type: 'local', description: 'Pages you viewed recently, to show them again.', lifetime: 'Until you clear it' },
      ],
    },
    analytics: {
      cookies: [
        { name: '_cla_id', description: 'Tells visits from the same browser apart.', lifetime: '13 months', provider: 'Caseloop' },
        { name: '_cla_ses', description: 'Groups page views into one visit.', lifetime: '30 minutes', provider: 'Caseloop' },
      ],
      storage: [{ key: 'cla_pageviews', type: 'local', description: 'Pages viewed, for navigation-path reports.', lifetime: 'Until you clear it' }],
      indexedDB: [{ name: 'caseloop-analytics', description: 'Page views waiting to be reported.' }],
    },
    advertising: {
      services: [
        {
          id: 'adpartner',
          label: 'AdPartner',
          description: 'Shows ads based on your browsing interests.',
          cookies: [{ name: '_adp_uid', description: 'Recognises your browser for interest-based ads.', lifetime: '90 days', provider: 'AdPartner' }],
          storage: [{ key: 'adp_*', type: 'local', description: 'Interest segments.', provider: 'AdPartner' }],
        },
      ],
    },
    social: {
      services: [
        {
          id: 'chirp',
          label: 'Chirp',
          description: 'Like and Share buttons and embedded posts.',
          cookies: [{ name: 'chirp_id', description: 'Recognises you on Chirp.', lifetime: '1 year', provider: 'Chirp', thirdParty: true }],
        },
      ],
    },
  },
  // The ad tag keeps running once loaded; a reload is the only way to stop it when advertising is withdrawn.
  reloadOnWithdrawal: ['advertising'],
});
