// French. A chunk of its own in the script-tag build (consentkit-lang-fr.js), loaded only for French readers.
import type { BannerTexts } from '../texts';

const fr: BannerTexts = {
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
  optOut: "Refuser la publicité basée sur les centres d'intérêt",
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
