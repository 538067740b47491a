// Consent QA page: browser signals and tags, set up before the embed through window.ConsentKitConfig, as a site
// would. ?region=US-CA (or any region) is handed to ConsentKit with the site's own rule: US states get the opt-out
// jurisdiction, everywhere else opt-in. Google Consent Mode is on; google-tag.js, after the embed, stands in for
// the Google tag. The IAB GPP CMP is on too: its US National section applies under the opt-out jurisdiction.
(function () {
  'use strict';
  var config = (window.ConsentKitConfig = window.ConsentKitConfig || {});
  // Only a region code, as a site's geolocation gives one: anything else in the address would make the whole config
  // invalid (ConsentKit then falls back to its defaults), which is not what a tester trying a region means.
  var region = new URLSearchParams(location.search).get('region');
  if (region && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(region)) config.region = region;
  config.jurisdiction = function (visitorRegion) {
    return /^US(-|$)/.test(visitorRegion || '') ? 'opt-out' : 'opt-in';
  };
  config.googleConsentMode = true;
  config.gpp = true;
})();
