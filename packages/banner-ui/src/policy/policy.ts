// The cookie declaration, a chunk of its own (consentkit-policy.js in the script-tag build): imported by
// consentkit-ui.js for [data-consentkit-policy] elements and for "More information" in the preferences dialog.
export { mountPolicy } from './mount';
export { Summary } from './Summary';
