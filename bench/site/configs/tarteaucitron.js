// tarteaucitron 1.34: categories come from services, so one site-defined service in each of the four
// categories (preferences -> "other", analytics -> "analytic", advertising -> "ads", social -> "social").
tarteaucitron.init({
  privacyUrl: '/privacy',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  groupServices: true,
  showAlertSmall: false,
  cookieslist: false,
  showIcon: false,
  highPrivacy: true,
  handleBrowserDNTRequest: false,
  AcceptAllCta: true,
  DenyAllCta: true,
  removeCredit: true,
  moreInfoLink: true,
  useExternalCss: false,
  mandatory: true,
  mandatoryCta: false,
});
[
  ['ckpreferences', 'other', 'Preferences'],
  ['ckanalytics', 'analytic', 'Analytics'],
  ['ckadvertising', 'ads', 'Interest-based advertising'],
  ['cksocial', 'social', 'Social media'],
].forEach(function (service) {
  tarteaucitron.services[service[0]] = {
    key: service[0],
    type: service[1],
    name: service[2],
    uri: '/privacy',
    needConsent: true,
    cookies: [],
    js: function () {},
    fallback: function () {},
  };
  (tarteaucitron.job = tarteaucitron.job || []).push(service[0]);
});
