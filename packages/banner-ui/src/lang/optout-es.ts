// The opt-out panel and GPC notice in Spanish (consentkit-optout-es.js in the script-tag build). Informal (tú), as
// the banner.
import type { OptOutTexts } from '../optout/texts';

const es: OptOutTexts = {
  title: 'Publicidad basada en intereses',
  body:
    'Nuestro socio publicitario usa cookies para conocer tus intereses a partir de las páginas que visitas, aquí y ' +
    'en otros sitios web, y te muestra anuncios basados en esos intereses.',
  generic: 'Excluirte no elimina los anuncios: seguirás viendo anuncios genéricos, que no se basan en tus intereses.',
  optOut: 'Excluirme de la publicidad basada en intereses',
  optIn: 'Permitir la publicidad basada en intereses',
  optedOut: 'Te has excluido de la publicidad basada en intereses en este sitio.',
  recorded: 'Exclusión registrada',
  allowed: 'Publicidad basada en intereses permitida',
  industry: 'También puedes excluirte a la vez de la publicidad basada en intereses de muchas empresas:',
  nai: 'Página de exclusión de la Network Advertising Initiative (NAI)',
  daa: 'Página de exclusión de la Digital Advertising Alliance (DAA)',
  close: 'Cerrar',
  gpcHonored: 'Solicitud de exclusión atendida',
  gpcBody:
    'Tu navegador envió una señal de Global Privacy Control, así que este sitio no usa tus datos para ' +
    'publicidad basada en intereses. Seguirás viendo anuncios genéricos.',
  details: 'Detalles',
};

export default es;
