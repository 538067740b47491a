// The opt-out panel and GPC notice in French (consentkit-optout-fr.js in the script-tag build).
import type { OptOutTexts } from '../optout/texts';

const fr: OptOutTexts = {
  title: 'Publicité ciblée',
  body:
    'Notre partenaire publicitaire utilise des cookies pour déduire vos centres d’intérêt des pages que vous ' +
    'consultez, ici et sur d’autres sites, et vous montre des publicités fondées sur ces centres d’intérêt.',
  generic: 'Refuser n’arrête pas la publicité\u00a0: vous verrez toujours des publicités génériques, qui ne sont pas fondées sur vos centres d’intérêt.',
  optOut: 'Refuser la publicité ciblée',
  optIn: 'Autoriser la publicité ciblée',
  optedOut: 'Vous avez refusé la publicité ciblée sur ce site.',
  recorded: 'Refus enregistré',
  allowed: 'Publicité ciblée autorisée',
  industry: 'Vous pouvez aussi refuser en une fois la publicité ciblée de nombreuses entreprises\u00a0:',
  nai: 'Page de refus de la Network Advertising Initiative (NAI)',
  daa: 'Page de refus de la Digital Advertising Alliance (DAA)',
  close: 'Fermer',
  gpcHonored: 'Demande de refus respectée',
  gpcBody:
    'Votre navigateur a envoyé un signal Global Privacy Control\u00a0: ce site n’utilise donc pas vos données pour ' +
    'la publicité ciblée. Vous verrez toujours des publicités génériques.',
  details: 'Détails',
};

export default fr;
