// The click-to-load placeholder in German (consentkit-placeholder-de.js in the script-tag build).
import type { PlaceholderTexts } from '../placeholder-texts';

const de: PlaceholderTexts = {
  title: 'Inhalt von {provider}',
  body: 'Beim Laden werden Ihre IP-Adresse und die Adresse dieser Seite an {provider} übermittelt; dabei können Cookies gesetzt werden.',
  cookies: 'Cookies, die gesetzt werden können: {cookies}.',
  loadOnce: 'Einmal laden',
  allow: '{category} erlauben',
  categories: {
    social: 'Soziale Medien',
    analytics: 'Statistik',
    advertising: 'Interessenbasierte Werbung',
    preferences: 'Präferenzen',
  },
};

export default de;
