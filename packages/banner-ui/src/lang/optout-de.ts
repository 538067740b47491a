// The opt-out panel and GPC notice in German (consentkit-optout-de.js in the script-tag build).
import type { OptOutTexts } from '../optout/texts';

const de: OptOutTexts = {
  title: 'Interessenbasierte Werbung',
  body:
    'Unser Werbepartner verwendet Cookies, um aus den Seiten, die Sie hier und auf anderen Websites besuchen, auf ' +
    'Ihre Interessen zu schließen, und zeigt Ihnen darauf beruhende Werbung.',
  generic: 'Ein Widerspruch beendet die Werbung nicht: Sie sehen weiterhin allgemeine Werbung, die nicht auf Ihren Interessen beruht.',
  optOut: 'Interessenbasierter Werbung widersprechen',
  optIn: 'Interessenbasierte Werbung erlauben',
  optedOut: 'Sie haben interessenbasierter Werbung auf dieser Website widersprochen.',
  recorded: 'Widerspruch gespeichert',
  allowed: 'Interessenbasierte Werbung erlaubt',
  industry: 'Sie können auch der interessenbasierten Werbung vieler Unternehmen auf einmal widersprechen:',
  nai: 'Widerspruchsseite der Network Advertising Initiative (NAI)',
  daa: 'Widerspruchsseite der Digital Advertising Alliance (DAA)',
  close: 'Schließen',
  gpcHonored: 'Widerspruch berücksichtigt',
  gpcBody:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, daher nutzt diese Website Ihre Daten nicht für ' +
    'interessenbasierte Werbung. Sie sehen weiterhin allgemeine Werbung.',
  details: 'Details',
};

export default de;
