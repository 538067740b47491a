// French. A chunk of its own in the script-tag build (consentkit-lang-fr.js), loaded only for French readers.
import type { LanguagePack } from '../texts';

const fr: LanguagePack = {
  bannerTitle: 'Vos choix en matière de confidentialité',
  bannerBody:
    'Nous utilisons des cookies et des technologies similaires, comme le stockage local HTML5 et les widgets de ' +
    'réseaux sociaux, pour mémoriser vos réglages, mesurer l’audience et afficher des publicités selon vos centres ' +
    'd’intérêt. Choisissez ce que vous autorisez\u00a0; vous pouvez changer d’avis à tout moment.',
  policyLink: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  settings: 'Paramètres',
  preferencesTitle: 'Paramètres de confidentialité',
  preferencesIntro: 'Choisissez ce que vous autorisez. Ce que vous laissez désactivé le reste.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actif',
  savedStatus: 'Préférences enregistrées',
  settingsUnavailable: 'Impossible de charger les paramètres. Veuillez réessayer.',
  moreInformation: 'Plus d’informations',
  noticeBody:
    'Nous et notre partenaire publicitaire utilisons des cookies et des technologies similaires, comme le ' +
    'stockage local HTML5 et les widgets de réseaux sociaux, pour mémoriser vos réglages, mesurer l’audience et ' +
    'afficher des publicités selon vos centres d’intérêt. Vous pouvez refuser la publicité ciblée à tout moment ;' +
    ' vous verrez toujours des publicités génériques.',
  optOutOfAds: 'Refuser la publicité ciblée',
  noticeOk: 'D’accord',
  optedOut: 'Vous avez refusé la publicité ciblée.',
  gpcHonored:
    'Demande de refus respectée : votre navigateur a envoyé un signal Global Privacy Control, la publicité ciblée' +
    ' est donc désactivée pour vous.',
  optOut: 'Refuser la publicité ciblée',
  categories: {
    necessary: {
      label: 'Strictement nécessaires',
      description: 'Assurent le fonctionnement et la sécurité du site, et mémorisent votre choix de consentement.',
    },
    preferences: {
      label: 'Préférences (stockage HTML5)',
      description:
        'Mémorisent des réglages comme le volume et les contenus choisis pour vous, dans le stockage local de votre navigateur.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description: 'Compte les visites et les parcours de navigation pour suivre les tendances et améliorer le site.',
    },
    advertising: {
      label: 'Publicité ciblée',
      description:
        'Permet à notre partenaire publicitaire d’utiliser des cookies pour afficher des publicités selon vos centres ' +
        'd’intérêt. Sans cela, vous voyez toujours des publicités génériques.',
    },
    social: {
      label: 'Réseaux sociaux',
      description:
        'Boutons J’aime et Partager, et publications intégrées. Les charger envoie votre adresse IP et la page ' +
        'consultée au réseau social, qui peut déposer des cookies.',
    },
  },
};

export default fr;
