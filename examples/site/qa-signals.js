// Consent QA page: browser signals and tags, set up before the embed through window.ConsentKitConfig, as a site
// would. ?region=US-CA (or any region) is handed to ConsentKit with the site's own rule: US states get the opt-out
// jurisdiction, everywhere else opt-in. Google Consent Mode is on; google-tag.js, after the embed, stands in for
// the Google tag. The IAB GPP CMP is on too: its US National section applies under the opt-out jurisdiction.
(function () {
  'use strict';
  var config = (window.ConsentKitConfig = window.ConsentKitConfig || {});
  var region = new URLSearchParams(location.search).get('region');
  if (region) config.region = region;
  config.jurisdiction = function (visitorRegion) {
    return /^US(-|$)/.test(visitorRegion || '') ? 'opt-out' : 'opt-in';
  };
  config.googleConsentMode = true;
  config.gpp = true;
})();
