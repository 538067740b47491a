// A stand-in for the Google tag snippet on the QA page: it queues its commands on window.dataLayer exactly as the
// real snippet does, but gtag.js itself is never loaded, so nothing leaves this machine. ConsentKit, loaded before
// it, has already pushed the consent default (and the update, for a returning visitor).
window.dataLayer = window.dataLayer || [];
function gtag() {
  window.dataLayer.push(arguments);
}
gtag('js', new Date());
gtag('config', 'G-EXAMPLE');
