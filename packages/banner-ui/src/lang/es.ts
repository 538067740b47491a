// Spanish. A chunk of its own in the script-tag build (consentkit-lang-es.js), loaded only for Spanish readers.
// Informal (tú) throughout, as the opt-out panel and the placeholders.
import type { LanguagePack } from '../texts';

const es: LanguagePack = {
  bannerTitle: 'Tus opciones de privacidad',
  bannerBody:
    'Usamos cookies y tecnologías similares, como el almacenamiento local HTML5 y los widgets de redes sociales, ' +
    'para recordar tus ajustes, medir el tráfico y mostrar anuncios según tus intereses. Elige qué permites; puedes ' +
    'cambiar de opinión en cualquier momento.',
  policyLink: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  settings: 'Configuración',
  preferencesTitle: 'Configuración de privacidad',
  preferencesIntro: 'Elige qué permites. Lo que dejes desactivado seguirá desactivado.',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysOn: 'Siempre activas',
  savedStatus: 'Preferencias guardadas',
  settingsUnavailable: 'No se pudo cargar la configuración. Inténtalo de nuevo.',
  moreInformation: 'Más información',
  noticeBody:
    'Nosotros y nuestro socio publicitario usamos cookies y tecnologías similares, como el almacenamiento local ' +
    'HTML5 y widgets de redes sociales, para recordar tus ajustes, medir el tráfico y mostrar anuncios según' +
    ' tus intereses. Puedes excluirte de la publicidad basada en intereses en cualquier momento; seguirás viendo ' +
    'anuncios genéricos.',
  optOutOfAds: 'Excluirme de la publicidad basada en intereses',
  noticeOk: 'Entendido',
  optedOut: 'Te has excluido de la publicidad basada en intereses.',
  gpcHonored:
    'Solicitud de exclusión atendida: tu navegador envió una señal de Global Privacy Control, así que quedas ' +
    'excluido de la publicidad basada en intereses.',
  optOut: 'Excluirme de la publicidad basada en intereses',
  categories: {
    necessary: {
      label: 'Estrictamente necesarias',
      description: 'Mantienen el sitio en funcionamiento y seguro, y recuerdan tu elección de consentimiento.',
    },
    preferences: {
      label: 'Preferencias (almacenamiento HTML5)',
      description:
        'Recuerdan ajustes como el volumen y el contenido elegido para ti, en el almacenamiento local de tu navegador.',
    },
    analytics: {
      label: 'Analítica',
      description: 'Cuenta las visitas y las rutas de navegación para ver tendencias y mejorar el sitio.',
    },
    advertising: {
      label: 'Publicidad basada en intereses',
      description:
        'Permite a nuestro socio publicitario usar cookies para mostrar anuncios según tus intereses. Sin ella seguirás ' +
        'viendo anuncios genéricos.',
    },
    social: {
      label: 'Redes sociales',
      description:
        'Botones Me gusta y Compartir, y publicaciones insertadas. Al cargarlos se envían tu dirección IP y la página ' +
        'que visitas a la red social, que puede instalar cookies.',
    },
  },
};

export default es;
