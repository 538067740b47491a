// The click-to-load placeholder in French (consentkit-placeholder-fr.js in the script-tag build).
import type { PlaceholderTexts } from '../placeholder-texts';

const fr: PlaceholderTexts = {
  title: 'Contenu de {provider}',
  body: 'Le charger envoie votre adresse IP et l’adresse de cette page à {provider}, qui peut déposer des cookies.',
  cookies: 'Cookies qu’il peut déposer\u00a0: {cookies}.',
  loadOnce: 'Charger une fois',
  allow: 'Autoriser {category}',
  categories: {
    social: 'les réseaux sociaux',
    analytics: 'la mesure d’audience',
    advertising: 'la publicité ciblée',
    preferences: 'les préférences',
  },
};

export default fr;
