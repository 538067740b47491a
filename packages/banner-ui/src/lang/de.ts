// German. A chunk of its own in the script-tag build (consentkit-lang-de.js), loaded only for German readers.
import type { LanguagePack } from '../texts';

const de: LanguagePack = {
  bannerTitle: 'Ihre Wahl zum Datenschutz',
  bannerBody:
    'Wir verwenden Cookies und ähnliche Technologien wie den lokalen HTML5-Speicher und Social-Media-Widgets, um ' +
    'Ihre Einstellungen zu speichern, die Nutzung zu messen und Werbung nach Ihren Interessen zu zeigen. Wählen Sie, ' +
    'was Sie erlauben; Sie können Ihre Entscheidung jederzeit ändern.',
  policyLink: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  settings: 'Einstellungen',
  preferencesTitle: 'Datenschutz-Einstellungen',
  preferencesIntro: 'Wählen Sie, was Sie erlauben. Was Sie ausgeschaltet lassen, bleibt aus.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  savedStatus: 'Einstellungen gespeichert',
  settingsUnavailable: 'Die Einstellungen konnten nicht geladen werden. Bitte versuchen Sie es erneut.',
  moreInformation: 'Weitere Informationen',
  noticeBody:
    'Wir und unser Werbepartner verwenden Cookies und ähnliche Technologien wie den lokalen HTML5-Speicher und ' +
    'Social-Media-Widgets, um Ihre Einstellungen zu speichern, die Nutzung zu messen und Werbung nach Ihren ' +
    'Interessen zu zeigen. Sie können interessenbasierter Werbung jederzeit widersprechen; allgemeine Werbung ' +
    'sehen Sie weiterhin.',
  optOutOfAds: 'Interessenbasierter Werbung widersprechen',
  noticeOk: 'Verstanden',
  optedOut: 'Sie haben interessenbasierter Werbung widersprochen.',
  gpcHonored:
    'Widerspruch berücksichtigt: Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, daher erhalten Sie ' +
    'keine interessenbasierte Werbung.',
  optOut: 'Interessenbasierter Werbung widersprechen',
  categories: {
    necessary: {
      label: 'Unbedingt erforderlich',
      description: 'Hält die Website funktionsfähig und sicher und speichert Ihre Einwilligungsentscheidung.',
    },
    preferences: {
      label: 'Präferenzen (HTML5-Speicher)',
      description:
        'Speichert Einstellungen wie die Lautstärke und für Sie ausgewählte Inhalte im lokalen Speicher Ihres Browsers.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Zählt Besuche und Navigationspfade, damit wir Trends erkennen und die Website verbessern können.',
    },
    advertising: {
      label: 'Interessenbasierte Werbung',
      description:
        'Erlaubt unserem Werbepartner, mit Cookies Werbung nach Ihren Interessen zu zeigen. Ohne diese Einwilligung ' +
        'sehen Sie weiterhin allgemeine Werbung.',
    },
    social: {
      label: 'Soziale Medien',
      description:
        '„Gefällt mir“- und „Teilen“-Schaltflächen und eingebettete Beiträge. Beim Laden werden Ihre IP-Adresse und ' +
        'die besuchte Seite an das soziale Netzwerk übermittelt, das Cookies setzen kann.',
    },
  },
};

export default de;
