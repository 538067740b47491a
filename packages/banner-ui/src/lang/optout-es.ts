// The opt-out panel and GPC notice in Spanish (consentkit-optout-es.js in the script-tag build). Formal (usted),
// as the banner's opt-out notice and the cookie declaration.
import type { OptOutTexts } from '../optout/texts';

const es: OptOutTexts = {
  title: 'Publicidad basada en intereses',
  body:
    'Nuestro socio publicitario usa cookies para conocer sus intereses a partir de las páginas que usted visita, ' +
    'aquí y en otros sitios web, y le muestra anuncios basados en esos intereses.',
  generic: 'Excluirse no elimina los anuncios: seguirá viendo anuncios genéricos, que no se basan en sus intereses.',
  optOut: 'Excluirse de la publicidad basada en intereses',
  optIn: 'Permitir la publicidad basada en intereses',
  optedOut: 'Se ha excluido de la publicidad basada en intereses en este sitio.',
  recorded: 'Exclusión registrada',
  allowed: 'Publicidad basada en intereses permitida',
  industry: 'También puede excluirse a la vez de la publicidad basada en intereses de muchas empresas:',
  nai: 'Página de exclusión de la Network Advertising Initiative (NAI)',
  daa: 'Página de exclusión de la Digital Advertising Alliance (DAA)',
  close: 'Cerrar',
  gpcHonored: 'Solicitud de exclusión atendida',
  gpcBody:
    'Su navegador envió una señal de Global Privacy Control, por lo que este sitio no usa sus datos para ' +
    'publicidad basada en intereses. Seguirá viendo anuncios genéricos.',
  details: 'Detalles',
};

export default es;
