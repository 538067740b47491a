// The click-to-load placeholder in Spanish (consentkit-placeholder-es.js in the script-tag build). Informal (tú),
// as the banner's first layer and the social category it grants.
import type { PlaceholderTexts } from '../placeholder-texts';

const es: PlaceholderTexts = {
  title: 'Contenido de {provider}',
  body: 'Al cargarlo se envían tu dirección IP y la dirección de esta página a {provider}, que puede instalar cookies.',
  cookies: 'Cookies que puede instalar: {cookies}.',
  loadOnce: 'Cargar una vez',
  allow: 'Permitir {category}',
  categories: {
    social: 'redes sociales',
    analytics: 'analítica',
    advertising: 'publicidad basada en intereses',
    preferences: 'preferencias',
  },
};

export default es;
